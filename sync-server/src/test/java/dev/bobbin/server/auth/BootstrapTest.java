package dev.bobbin.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The one-time creation of the first organisation and its admin. */
class BootstrapTest {

  @Test
  void bootstrapCreatesTheOrganisationAndSignsItsAdminInExactlyOnce() throws Exception {
    try (TestServer test = new TestServer()) {
      assertThat(test.server.auth().bootstrap().setupTokenIfNeeded())
          .contains(TestServer.SETUP_TOKEN);

      TestServer.Session admin = test.bootstrap("Atelier", "owner@atelier.example.com");

      JsonNode me = test.body(test.http.get("/api/v1/auth/me", admin.accessToken()));
      assertThat(me.path("user").path("role").asText()).isEqualTo("ADMIN");
      assertThat(me.path("organisation").path("name").asText()).isEqualTo("Atelier");
      TestHttp.Reply again =
          post(test, body("Second", "second@example.com", TestServer.SETUP_TOKEN));
      assertThat(again.status()).isEqualTo(409);
      assertThat(test.body(again).path("type").asText())
          .isEqualTo("urn:bobbin:problem:already-bootstrapped");
      assertThat(test.server.auth().bootstrap().setupTokenIfNeeded()).isEmpty();
      JsonNode audit = test.body(test.http.get("/api/v1/audit", admin.accessToken()));
      assertThat(audit.path("entries").findValuesAsText("action"))
          .contains("organisation.bootstrapped");
    }
  }

  @Test
  void aWrongSetupTokenIsRefused() throws Exception {
    try (TestServer test = new TestServer()) {
      TestHttp.Reply reply = post(test, body("Atelier", "owner@example.com", "not-the-token-123"));

      assertThat(reply.status()).isEqualTo(401);
      assertThat(test.server.auth().bootstrap().isBootstrapped()).isFalse();
    }
  }

  @Test
  void aWeakAdminPasswordIsRefusedWithTheReason() throws Exception {
    try (TestServer test = new TestServer()) {
      Map<String, String> weak = body("Atelier", "owner@example.com", TestServer.SETUP_TOKEN);
      weak.put("password", "qwerty123456");

      TestHttp.Reply reply = post(test, weak);

      assertThat(reply.status()).isEqualTo(400);
      assertThat(test.body(reply).path("detail").asText()).contains("commonly used");
      assertThat(test.server.auth().bootstrap().isBootstrapped()).isFalse();
    }
  }

  @Test
  void concurrentBootstrapsCreateOneOrganisation() throws Exception {
    try (TestServer test = new TestServer()) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          Map<String, String> request =
              body("Atelier " + i, "owner" + i + "@example.com", TestServer.SETUP_TOKEN);
          Callable<Integer> call = () -> post(test, request).status();
          results.add(pool.submit(call));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
          statuses.add(result.get());
        }
        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void theConfiguredSetupTokenIsTheOneAccepted() throws Exception {
    try (TestServer test =
        new TestServer(security -> security.withBootstrapToken("operator-chosen-token-42"))) {
      assertThat(post(test, body("A", "a@example.com", TestServer.SETUP_TOKEN)).status())
          .isEqualTo(401);
      assertThat(post(test, body("A", "a@example.com", "operator-chosen-token-42")).status())
          .isEqualTo(201);
    }
  }

  private static Map<String, String> body(String organisation, String email, String token) {
    Map<String, String> body = new HashMap<>();
    body.put("token", token);
    body.put("organisationName", organisation);
    body.put("email", email);
    body.put("displayName", "Owner");
    body.put("password", TestServer.PASSWORD);
    return body;
  }

  private static TestHttp.Reply post(TestServer test, Map<String, String> body) throws Exception {
    return test.http.postJson("/api/v1/auth/bootstrap", test.json.writeValueAsString(body), null);
  }
}
