package dev.bobbin.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.http.Route;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every route group against every kind of caller: 401 without credentials, 403 when the role (or
 * API-key scope) may not, otherwise the route's own answer. "ok" means neither 401 nor 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {
  private TestServer test;
  private TestServer.Session admin;
  private final Map<Role, String> tokens = new EnumMap<>(Role.class);
  private String readKey;
  private String writeKey;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    admin = test.bootstrap("Atelier", "admin@atelier.example.com");
    tokens.put(Role.ADMIN, admin.accessToken());
    for (Role role : new Role[] {Role.MANAGER, Role.DESIGNER, Role.FLOOR}) {
      tokens.put(role, test.createUser(admin, role).accessToken());
    }
    readKey = apiKey("READ");
    writeKey = apiKey("READ_WRITE");
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  @ParameterizedTest(
      name =
          "{0} {1} → admin {2}, manager {3}, designer {4}, floor {5}, read key {6}, write key {7}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GET   | /api/v1/auth/me                | ok | ok  | ok  | ok  | 403 | 403
          POST  | /api/v1/auth/totp/enrol        | ok | ok  | ok  | ok  | 403 | 403
          GET   | /api/v1/organisation           | ok | ok  | ok  | ok  | ok  | ok
          PATCH | /api/v1/admin/organisation     | ok | 403 | 403 | 403 | 403 | 403
          GET   | /api/v1/admin/users            | ok | 403 | 403 | 403 | 403 | 403
          POST  | /api/v1/admin/users            | ok | 403 | 403 | 403 | 403 | 403
          PATCH | /api/v1/admin/users/{admin}    | ok | 403 | 403 | 403 | 403 | 403
          GET   | /api/v1/admin/users/{admin}/export | ok | 403 | 403 | 403 | 403 | 403
          POST  | /api/v1/admin/users/{random}/erase  | ok | 403 | 403 | 403 | 403 | 403
          GET   | /api/v1/admin/api-keys         | ok | 403 | 403 | 403 | 403 | 403
          POST  | /api/v1/admin/api-keys         | ok | 403 | 403 | 403 | 403 | 403
          DELETE| /api/v1/admin/api-keys/{random} | ok | 403 | 403 | 403 | 403 | 403
          GET   | /api/v1/audit                  | ok | ok  | 403 | 403 | 403 | 403
          GET   | /api/v1/customers              | ok | ok  | ok  | 403 | ok  | ok
          POST  | /api/v1/customers              | ok | ok  | ok  | 403 | 403 | ok
          """)
  void eachCallerGetsWhatItsRoleAllows(
      String method,
      String path,
      String adminExpected,
      String managerExpected,
      String designerExpected,
      String floorExpected,
      String readKeyExpected,
      String writeKeyExpected)
      throws Exception {
    String resolved =
        path.replace("{admin}", admin.userId().toString())
            .replace("{random}", UUID.randomUUID().toString());
    assertThat(call(method, resolved, null).status()).as("no credentials").isEqualTo(401);
    check(method, resolved, "Bearer " + tokens.get(Role.ADMIN), adminExpected, "admin");
    check(method, resolved, "Bearer " + tokens.get(Role.MANAGER), managerExpected, "manager");
    check(method, resolved, "Bearer " + tokens.get(Role.DESIGNER), designerExpected, "designer");
    check(method, resolved, "Bearer " + tokens.get(Role.FLOOR), floorExpected, "floor");
    check(method, resolved, "Bearer " + readKey, readKeyExpected, "read key");
    check(method, resolved, "Bearer " + writeKey, writeKeyExpected, "write key");
  }

  @Test
  void everyRouteThatIsNotPublicAnswers401WithoutCredentials() throws Exception {
    for (Route route : test.server.routes()) {
      if (route.access().isPublic()) {
        continue;
      }
      String path = route.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
      TestHttp.Reply reply = call(route.method().name(), path, null);
      assertThat(reply.status()).as(route.key()).isEqualTo(401);
      assertThat(reply.header("WWW-Authenticate")).as(route.key()).isPresent();
    }
  }

  @Test
  void onlyHealthMetricsSignInAndTheQuoteRequestFormArePublic() {
    assertThat(
            test.server.routes().stream()
                .filter(route -> route.access().isPublic())
                .map(Route::key))
        .containsExactlyInAnyOrder(
            "GET /api/v1/health",
            "GET /metrics",
            "POST /api/v1/auth/bootstrap",
            "POST /api/v1/auth/login",
            "POST /api/v1/auth/refresh",
            // A website's form: rate-limited per address, size-limited, lands in the inbox only.
            "POST /api/v1/public/quote-requests/{organisationId}");
  }

  @Test
  void aForbiddenAnswerNamesTheMissingPermission() throws Exception {
    TestHttp.Reply reply = call("GET", "/api/v1/admin/users", "Bearer " + tokens.get(Role.FLOOR));

    JsonNode problem = test.body(reply);
    assertThat(problem.path("type").asText()).isEqualTo("urn:bobbin:problem:forbidden");
    assertThat(problem.path("detail").asText()).contains("FLOOR").contains("MANAGE_USERS");
  }

  private void check(String method, String path, String authorization, String expected, String who)
      throws Exception {
    TestHttp.Reply reply = call(method, path, authorization);
    if (expected.equals("ok")) {
      assertThat(reply.status())
          .as("%s %s as %s: %s", method, path, who, reply.body())
          .isNotIn(401, 403);
    } else {
      assertThat(reply.status())
          .as("%s %s as %s", method, path, who)
          .isEqualTo(Integer.parseInt(expected));
    }
  }

  private TestHttp.Reply call(String method, String path, String authorization) throws Exception {
    Request.Builder request = new Request.Builder().url(test.http.url(path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    RequestBody empty = RequestBody.create("{}", okhttp3.MediaType.get("application/json"));
    switch (method) {
      case "GET" -> request.get();
      case "DELETE" -> request.delete();
      default -> request.method(method, empty);
    }
    return test.http.send(request.build());
  }

  private String apiKey(String scope) throws Exception {
    TestHttp.Reply reply =
        test.http.postJson(
            "/api/v1/admin/api-keys",
            "{\"name\":\"shop " + scope + "\",\"scope\":\"" + scope + "\"}",
            admin.accessToken());
    assertThat(reply.status()).isEqualTo(201);
    return test.body(reply).path("key").asText();
  }
}
