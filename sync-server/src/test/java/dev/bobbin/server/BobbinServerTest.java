package dev.bobbin.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.server.auth.Bootstrap;
import dev.bobbin.server.config.SecurityConfig;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.metrics.ServerMetrics;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The server as an operator runs it with no database configured: on embedded Postgres. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BobbinServerTest {
  private Path dataDir;
  private ServerMetrics metrics;
  private BobbinServer server;
  private TestHttp http;
  private int port;

  @BeforeAll
  void startOnEmbeddedPostgres(@TempDir Path dir) throws Exception {
    dataDir = dir;
    metrics = new ServerMetrics();
    server = new BobbinServer(embeddedConfig(dataDir), metrics, "dev");
    port = server.start();
    http = new TestHttp(port);
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
    metrics.close();
  }

  @Test
  void startsEmbeddedPostgresInTheDataDirAndMigratesTheSchema() throws SQLException {
    assertThat(dataDir.resolve("pg").resolve("PG_VERSION")).exists();
    assertThat(tables())
        .contains(
            "organisation",
            "org_version",
            "app_user",
            "tombstone",
            "item",
            "stock_movement",
            "item_balance",
            "design",
            "design_bom_line",
            "workflow_template",
            "workflow_stage_template",
            "production_order",
            "production_stage",
            "reservation",
            "customer",
            "supplier",
            "quote",
            "invoice",
            "invoice_line");
  }

  @Test
  void healthAnswersUpWithVersionsAndDatabaseLatency() throws Exception {
    TestHttp.Reply reply = http.get("/api/v1/health");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    JsonNode json = new ObjectMapper().readTree(reply.body());
    assertThat(json.path("status").asText()).isEqualTo("UP");
    assertThat(json.path("version").asText()).isEqualTo("dev");
    assertThat(json.path("schemaVersion").asText()).isEqualTo(TestPostgres.latestMigration());
    assertThat(json.path("database").path("reachable").asBoolean()).isTrue();
    assertThat(json.path("database").path("latencyMs").isIntegralNumber()).isTrue();
  }

  @Test
  void embeddedPostgresKeepsFsyncOnBecauseItHoldsRealData() throws SQLException {
    try (Connection connection = server.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("show fsync")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("on");
    }
  }

  @Test
  void embeddedServerServesRequestsAsAnAppRoleThatCannotBypassRowLevelSecurity()
      throws SQLException {
    try (Connection connection = server.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select current_user, rolsuper, rolbypassrls from pg_roles"
                    + " where rolname = current_user")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("bobbin_app");
      assertThat(rows.getBoolean(2)).isFalse();
      assertThat(rows.getBoolean(3)).isFalse();
    }
    assertThat(dataDir.resolve("secrets").resolve("db-app-password")).exists();
  }

  @Test
  void embeddedDataSurvivesARestart(@TempDir Path otherDataDir) throws Exception {
    ServerConfig config = embeddedConfig(otherDataDir);
    try (ServerMetrics firstMetrics = new ServerMetrics();
        BobbinServer first = new BobbinServer(config, firstMetrics, "dev")) {
      first.start();
      first
          .auth()
          .bootstrap()
          .createFirstAdmin(
              new Bootstrap.FirstAdmin("Atelier", "ada@atelier.test", "Ada"), "spindle-lantern-93");
    }
    try (ServerMetrics secondMetrics = new ServerMetrics();
        BobbinServer second = new BobbinServer(config, secondMetrics, "dev")) {
      TestHttp secondHttp = new TestHttp(second.start());
      assertThat(second.auth().bootstrap().isBootstrapped()).isTrue();
      TestHttp.Reply login =
          secondHttp.postJson(
              "/api/v1/auth/login",
              "{\"email\":\"ada@atelier.test\",\"password\":\"spindle-lantern-93\"}",
              null);
      assertThat(login.status()).isEqualTo(200);
      assertThat(login.body()).contains("\"name\":\"Atelier\"");
    }
  }

  @Test
  void startFailsWithAnExceptionWhenThePortIsTakenAndClosesWhatItOpened(@TempDir Path otherDir)
      throws Exception {
    ServerConfig samePort = TestPostgres.serverConfig(otherDir).withPort(port);
    try (ServerMetrics otherMetrics = new ServerMetrics()) {
      BobbinServer second = new BobbinServer(samePort, otherMetrics, "dev");

      assertThatThrownBy(second::start).isInstanceOf(RuntimeException.class);
      second.close();
      assertThatThrownBy(second::dataSource).isInstanceOf(IllegalStateException.class);
    }
    assertThat(http.get("/api/v1/health").status()).isEqualTo(200);
  }

  private static ServerConfig embeddedConfig(Path dataDir) {
    return new ServerConfig(
        0,
        dataDir,
        Optional.empty(),
        Optional.empty(),
        4,
        ServerConfig.DEFAULT_MAX_BODY_BYTES,
        Duration.ofSeconds(2),
        false,
        SecurityConfig.defaults());
  }

  private List<String> tables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = server.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select table_name from information_schema.tables"
                    + " where table_schema = 'public'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }
}
