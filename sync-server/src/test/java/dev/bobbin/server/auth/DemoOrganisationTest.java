package dev.bobbin.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.server.BobbinServer;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestPostgres;
import dev.bobbin.server.config.ExternalDatabase;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.metrics.ServerMetrics;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoOrganisationTest {

  @Test
  void demoModeCreatesOneUserPerRoleOnceAndTheyCanSignIn(@TempDir Path dataDir) throws Exception {
    ExternalDatabase database = TestPostgres.newDatabase();
    ServerConfig base = TestPostgres.serverConfig(dataDir, database);
    ServerConfig demo =
        new ServerConfig(
            0,
            dataDir,
            base.externalDatabase(),
            base.migrationDatabase(),
            base.dbPoolSize(),
            base.maxBodyBytes(),
            base.dbConnectTimeout(),
            true,
            base.security());
    for (int start = 0; start < 2; start++) {
      try (ServerMetrics metrics = new ServerMetrics();
          BobbinServer server = new BobbinServer(demo, metrics, "dev")) {
        TestHttp http = new TestHttp(server.start());
        for (String role : new String[] {"admin", "manager", "designer", "floor"}) {
          TestHttp.Reply reply =
              http.postJson(
                  "/api/v1/auth/login",
                  new com.fasterxml.jackson.databind.ObjectMapper()
                      .writeValueAsString(
                          Map.of(
                              "email",
                              role + "@" + DemoOrganisation.DOMAIN,
                              "password",
                              DemoOrganisation.PASSWORD)),
                  null);
          assertThat(reply.status()).as(role).isEqualTo(200);
          assertThat(reply.body())
              .contains("\"role\":\"" + role.toUpperCase(java.util.Locale.ROOT));
        }
        assertThat(server.auth().bootstrap().setupTokenIfNeeded()).isEmpty();
      }
    }
  }
}
