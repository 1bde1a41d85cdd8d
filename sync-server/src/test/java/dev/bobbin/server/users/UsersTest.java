package dev.bobbin.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Admins manage their organisation's users. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersTest {
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
  void changingARoleTakesEffectOnTheNextRequestWithTheSameToken() throws Exception {
    TestServer.Session user = test.createUser(admin, Role.FLOOR);
    assertThat(test.http.get("/api/v1/audit", user.accessToken()).status()).isEqualTo(403);

    TestHttp.Reply promoted =
        test.http.patchJson(
            "/api/v1/admin/users/" + user.userId(), "{\"role\":\"MANAGER\"}", admin.accessToken());

    assertThat(promoted.status()).isEqualTo(200);
    assertThat(test.body(promoted).path("role").asText()).isEqualTo("MANAGER");
    assertThat(test.http.get("/api/v1/audit", user.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void deactivatingAUserEndsTheirSessions() throws Exception {
    TestServer.Session user = test.createUser(admin, Role.DESIGNER);

    test.http.patchJson(
        "/api/v1/admin/users/" + user.userId(), "{\"active\":false}", admin.accessToken());

    assertThat(test.http.get("/api/v1/auth/me", user.accessToken()).status()).isEqualTo(401);
    assertThat(
            test.http
                .postJson(
                    "/api/v1/auth/refresh",
                    test.json.writeValueAsString(Map.of("refreshToken", user.refreshToken())),
                    null)
                .status())
        .isEqualTo(401);
  }

  @Test
  void theLastActiveAdminCannotBeDemotedOrDeactivated() throws Exception {
    TestServer.Session lone = test.addOrganisation("Solo studio", "solo@studio.example.com");

    TestHttp.Reply demote =
        test.http.patchJson(
            "/api/v1/admin/users/" + lone.userId(), "{\"role\":\"MANAGER\"}", lone.accessToken());
    TestHttp.Reply deactivate =
        test.http.patchJson(
            "/api/v1/admin/users/" + lone.userId(), "{\"active\":false}", lone.accessToken());

    assertThat(demote.status()).isEqualTo(409);
    assertThat(test.body(demote).path("type").asText()).isEqualTo("urn:bobbin:problem:last-admin");
    assertThat(deactivate.status()).isEqualTo(409);
  }

  @Test
  void anEmailAddressCanBelongToOneAccountOnlyAndTheFailedAttemptLeavesNoAuditEntry()
      throws Exception {
    TestServer.Session user = test.createUser(admin, Role.FLOOR);
    int entriesBefore = auditActions().size();

    TestHttp.Reply duplicate =
        test.http.postJson(
            "/api/v1/admin/users",
            test.json.writeValueAsString(
                Map.of(
                    "email",
                    user.email().toUpperCase(java.util.Locale.ROOT),
                    "displayName",
                    "Twin",
                    "role",
                    "FLOOR",
                    "password",
                    TestServer.PASSWORD)),
            admin.accessToken());

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(auditActions()).hasSize(entriesBefore);
  }

  @Test
  void anAddressUsedInAnotherOrganisationIsAlsoTaken() throws Exception {
    test.addOrganisation("Elsewhere", "boss@elsewhere.example.com");

    TestHttp.Reply reply =
        test.http.postJson(
            "/api/v1/admin/users",
            test.json.writeValueAsString(
                Map.of(
                    "email", "boss@elsewhere.example.com",
                    "displayName", "Boss",
                    "role", "FLOOR",
                    "password", TestServer.PASSWORD)),
            admin.accessToken());

    assertThat(reply.status()).isEqualTo(409);
  }

  @Test
  void weakInitialPasswordIsRejectedWithTheReason() throws Exception {
    TestHttp.Reply reply =
        test.http.postJson(
            "/api/v1/admin/users",
            test.json.writeValueAsString(
                Map.of(
                    "email", "weak@example.com",
                    "displayName", "Weak",
                    "role", "FLOOR",
                    "password", "short")),
            admin.accessToken());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(test.body(reply).path("detail").asText()).contains("at least 10 characters");
  }

  @Test
  void userChangesAreAuditedWithActorAndTarget() throws Exception {
    TestServer.Session user = test.createUser(admin, Role.FLOOR);
    test.http.patchJson(
        "/api/v1/admin/users/" + user.userId(), "{\"role\":\"DESIGNER\"}", admin.accessToken());

    JsonNode entries = test.body(test.http.get("/api/v1/audit", admin.accessToken()));

    JsonNode update = null;
    for (JsonNode entry : entries.path("entries")) {
      if (entry.path("action").asText().equals("user.updated")
          && entry.path("targetId").asText().equals(user.userId().toString())) {
        update = entry;
      }
    }
    assertThat(update).isNotNull();
    assertThat(update.path("actorUserId").asText()).isEqualTo(admin.userId().toString());
    assertThat(update.path("details").path("role").asText()).isEqualTo("DESIGNER");
    assertThat(update.path("ip").asText()).isNotBlank();
  }

  private java.util.List<String> auditActions() throws Exception {
    return test.body(test.http.get("/api/v1/audit?limit=500", admin.accessToken()))
        .path("entries")
        .findValuesAsText("action");
  }
}
