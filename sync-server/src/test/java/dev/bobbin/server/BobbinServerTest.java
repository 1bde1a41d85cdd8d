package dev.bobbin.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    assertThat(json.path("schemaVersion").asText()).isEqualTo("1");
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
  void embeddedDataSurvivesARestart(@TempDir Path otherDataDir) throws Exception {
    ServerConfig config = embeddedConfig(otherDataDir);
    try (ServerMetrics firstMetrics = new ServerMetrics();
        BobbinServer first = new BobbinServer(config, firstMetrics, "dev")) {
      first.start();
      execute(
          first,
          "insert into organisation (id, name) values"
              + " ('0190a1b2-0000-7000-8000-000000000001', 'Atelier')");
    }
    try (ServerMetrics secondMetrics = new ServerMetrics();
        BobbinServer second = new BobbinServer(config, secondMetrics, "dev")) {
      second.start();
      try (Connection connection = second.dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select name from organisation")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("Atelier");
      }
    }
  }

  @Test
  void startFailsWithAnExceptionWhenThePortIsTakenAndClosesWhatItOpened(@TempDir Path otherDir)
      throws Exception {
    ServerConfig base = TestPostgres.serverConfig(otherDir);
    ServerConfig samePort =
        new ServerConfig(
            port,
            base.dataDir(),
            base.externalDatabase(),
            base.dbPoolSize(),
            base.maxBodyBytes(),
            base.dbConnectTimeout(),
            false);
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
        4,
        ServerConfig.DEFAULT_MAX_BODY_BYTES,
        Duration.ofSeconds(2),
        false);
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

  private static void execute(BobbinServer server, String sql) throws SQLException {
    try (Connection connection = server.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
