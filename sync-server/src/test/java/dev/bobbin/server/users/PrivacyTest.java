package dev.bobbin.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Export of everything held about a user, and erasure that keeps business records. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyTest {
  private TestServer test;
  private TestServer.Session admin;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    admin = test.bootstrap("Atelier", "admin@atelier.example.com");
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  @Test
  void exportHoldsProfileSessionsAndAuditEntriesButNoSecrets() throws Exception {
    TestServer.Session user = test.createUser(admin, Role.DESIGNER);
    test.http.postJson("/api/v1/customers", "{\"name\":\"Made by the user\"}", user.accessToken());

    TestHttp.Reply reply =
        test.http.get("/api/v1/admin/users/" + user.userId() + "/export", admin.accessToken());

    assertThat(reply.status()).isEqualTo(200);
    JsonNode export = test.body(reply);
    assertThat(export.path("user").path("email").asText()).isEqualTo(user.email());
    assertThat(export.path("sessions")).isNotEmpty();
    assertThat(export.path("auditEntries").findValuesAsText("action"))
        .contains("user.created", "auth.login", "customer.created");
    assertThat(reply.body())
        .doesNotContain("password_hash")
        .doesNotContain("$argon2id")
        .doesNotContain(user.refreshToken());
  }

  @Test
  void erasurePseudonymisesTheUserAndKeepsWhatTheyDid() throws Exception {
    TestServer.Session user = test.createUser(admin, Role.DESIGNER);
    test.http.postJson("/api/v1/customers", "{\"name\":\"Kept customer\"}", user.accessToken());

    TestHttp.Reply erased =
        test.http.postJson(
            "/api/v1/admin/users/" + user.userId() + "/erase", "{}", admin.accessToken());

    assertThat(erased.status()).isEqualTo(200);
    JsonNode body = test.body(erased);
    assertThat(body.path("email").asText()).endsWith("@erased.invalid");
    assertThat(body.path("displayName").asText()).startsWith("Former user ");
    assertThat(body.path("active").asBoolean()).isFalse();
    assertThat(test.loginReply(user.email(), TestServer.PASSWORD).status()).isEqualTo(401);
    assertThat(test.http.get("/api/v1/auth/me", user.accessToken()).status()).isEqualTo(401);
    JsonNode customers = test.body(test.http.get("/api/v1/customers", admin.accessToken()));
    assertThat(customers.path("customers").findValuesAsText("name")).contains("Kept customer");
    JsonNode audit = test.body(test.http.get("/api/v1/audit?limit=500", admin.accessToken()));
    assertThat(audit.path("entries").findValuesAsText("actorUserId"))
        .contains(user.userId().toString());
    JsonNode export =
        test.body(
            test.http.get("/api/v1/admin/users/" + user.userId() + "/export", admin.accessToken()));
    assertThat(export.toString()).doesNotContain(user.email());
  }

  @Test
  void anErasedAddressCanBeGivenToANewAccount() throws Exception {
    TestServer.Session user = test.createUser(admin, Role.FLOOR);
    test.http.postJson(
        "/api/v1/admin/users/" + user.userId() + "/erase", "{}", admin.accessToken());

    TestHttp.Reply again =
        test.http.postJson(
            "/api/v1/admin/users",
            test.json.writeValueAsString(
                java.util.Map.of(
                    "email",
                    user.email(),
                    "displayName",
                    "Returning",
                    "role",
                    "FLOOR",
                    "password",
                    TestServer.PASSWORD)),
            admin.accessToken());

    assertThat(again.status()).isEqualTo(201);
  }

  @Test
  void anAdminCannotEraseThemselves() throws Exception {
    TestHttp.Reply reply =
        test.http.postJson(
            "/api/v1/admin/users/" + admin.userId() + "/erase", "{}", admin.accessToken());

    assertThat(reply.status()).isEqualTo(409);
  }
}
