package dev.bobbin.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.server.BobbinServer;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestPostgres;
import dev.bobbin.server.config.ExternalDatabase;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.metrics.ServerMetrics;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthControllerTest {

  @Test
  void healthIs503AndDownOnceThePostgresProcessHasStopped(@TempDir Path dataDir) throws Exception {
    // A Postgres of this test's own, so that stopping it harms no other test.
    EmbeddedPostgres postgres = EmbeddedPostgres.start();
    TestPostgres.createAppRole(postgres);
    ServerConfig base =
        TestPostgres.serverConfig(
            dataDir,
            new ExternalDatabase(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                Optional.of("postgres"),
                Optional.empty()));
    ServerConfig config =
        new ServerConfig(
            0,
            dataDir,
            base.externalDatabase(),
            base.migrationDatabase(),
            2,
            ServerConfig.DEFAULT_MAX_BODY_BYTES,
            Duration.ofMillis(500),
            false,
            base.security());
    try (ServerMetrics metrics = new ServerMetrics();
        BobbinServer server = new BobbinServer(config, metrics, "dev")) {
      TestHttp http = new TestHttp(server.start());
      assertThat(http.get("/api/v1/health").status()).isEqualTo(200);

      postgres.close();
      TestHttp.Reply reply = http.get("/api/v1/health");

      assertThat(reply.status()).isEqualTo(503);
      JsonNode json = new ObjectMapper().readTree(reply.body());
      assertThat(json.path("status").asText()).isEqualTo("DOWN");
      assertThat(json.path("schemaVersion").asText()).isEqualTo(TestPostgres.latestMigration());
      assertThat(json.path("database").path("reachable").asBoolean()).isFalse();
    }
  }
}
