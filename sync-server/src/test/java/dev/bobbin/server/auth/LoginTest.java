package dev.bobbin.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginTest {
  private TestServer test;
  private static final String ADMIN = "admin@atelier.example.com";

  @BeforeAll
  void start() throws Exception {
    test = new TestServer(security -> security.withLoginThrottle(3, 1_000, Duration.ofMinutes(15)));
    test.bootstrap("Atelier", ADMIN);
  }

  /** Signs the admin in afresh: tests move the clock past earlier tokens' expiry. */
  private TestServer.Session admin() throws Exception {
    return test.login(ADMIN, TestServer.PASSWORD);
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  @Test
  void correctPasswordSignsInWithAShortLivedAccessTokenAndARefreshToken() throws Exception {
    TestServer.Session floor = test.createUser(admin(), Role.FLOOR);

    TestHttp.Reply reply = test.loginReply(floor.email(), TestServer.PASSWORD);

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = test.body(reply);
    assertThat(body.path("tokenType").asText()).isEqualTo("Bearer");
    assertThat(body.path("expiresIn").asInt()).isEqualTo(900);
    assertThat(body.path("accessToken").asText()).startsWith("eyJ");
    assertThat(body.path("refreshToken").asText()).startsWith("bobbin_rt_");
    assertThat(body.path("user").path("role").asText()).isEqualTo("FLOOR");
    assertThat(body.path("organisation").path("name").asText()).isEqualTo("Atelier");
    assertThat(test.http.get("/api/v1/auth/me", body.path("accessToken").asText()).status())
        .isEqualTo(200);
  }

  @Test
  void emailIsMatchedWithoutRegardToCase() throws Exception {
    TestServer.Session designer = test.createUser(admin(), Role.DESIGNER);

    TestHttp.Reply reply =
        test.loginReply(designer.email().toUpperCase(Locale.ROOT), TestServer.PASSWORD);

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
    TestServer.Session floor = test.createUser(admin(), Role.FLOOR);

    TestHttp.Reply wrongPassword = test.loginReply(floor.email(), "not-the-password-1");
    TestHttp.Reply unknownEmail = test.loginReply("nobody@nowhere.example", "not-the-password-1");

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownEmail.status()).isEqualTo(401);
    assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
    assertThat(wrongPassword.header("WWW-Authenticate")).contains("Bearer realm=\"bobbin\"");
    assertThat(test.body(wrongPassword).path("type").asText())
        .isEqualTo("urn:bobbin:problem:invalid-credentials");
  }

  @Test
  void accountIsLockedAfterRepeatedFailuresAndUnlocksByItself() throws Exception {
    TestServer.Session floor = test.createUser(admin(), Role.FLOOR);
    for (int i = 0; i < 3; i++) {
      assertThat(test.loginReply(floor.email(), "wrong-password-" + i).status()).isEqualTo(401);
    }

    TestHttp.Reply locked = test.loginReply(floor.email(), TestServer.PASSWORD);

    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.header("Retry-After")).contains("900");
    assertThat(test.body(locked).path("type").asText())
        .isEqualTo("urn:bobbin:problem:sign-in-locked");

    test.clock.advance(Duration.ofMinutes(15).plusSeconds(1));

    assertThat(test.loginReply(floor.email(), TestServer.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void unknownEmailIsLockedJustLikeAKnownOneSoLockingRevealsNothing() throws Exception {
    String unknown = "ghost@nowhere.example";
    for (int i = 0; i < 3; i++) {
      test.loginReply(unknown, "wrong-password-" + i);
    }

    TestHttp.Reply reply = test.loginReply(unknown, "wrong-password-x");

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).isPresent();
  }

  @Test
  void failuresOutsideTheWindowDoNotAddUp() throws Exception {
    TestServer.Session floor = test.createUser(admin(), Role.FLOOR);
    test.loginReply(floor.email(), "wrong-password-1");
    test.loginReply(floor.email(), "wrong-password-2");
    test.clock.advance(Duration.ofMinutes(16));

    test.loginReply(floor.email(), "wrong-password-3");

    assertThat(test.loginReply(floor.email(), TestServer.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void deactivatedUserCannotSignInAndGetsTheGenericAnswer() throws Exception {
    TestServer.Session floor = test.createUser(admin(), Role.FLOOR);
    test.http.patchJson(
        "/api/v1/admin/users/" + floor.userId(), "{\"active\":false}", admin().accessToken());

    TestHttp.Reply reply = test.loginReply(floor.email(), TestServer.PASSWORD);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(test.body(reply).path("type").asText())
        .isEqualTo("urn:bobbin:problem:invalid-credentials");
    assertThat(test.http.get("/api/v1/auth/me", floor.accessToken()).status()).isEqualTo(401);
  }

  @Test
  void expiredAccessTokenIsRefusedWith401() throws Exception {
    TestServer.Session floor = test.createUser(admin(), Role.FLOOR);
    test.clock.advance(Duration.ofMinutes(15));

    TestHttp.Reply reply = test.http.get("/api/v1/auth/me", floor.accessToken());

    assertThat(reply.status()).isEqualTo(401);
    assertThat(test.body(reply).path("type").asText())
        .isEqualTo("urn:bobbin:problem:unauthenticated");
  }

  @Test
  void tamperedAccessTokenIsRefused() throws Exception {
    String token = admin().accessToken();
    String tampered = token.substring(0, token.length() - 3) + "AAA";

    assertThat(test.http.get("/api/v1/auth/me", tampered).status()).isEqualTo(401);
    assertThat(test.http.get("/api/v1/auth/me", "not-a-token").status()).isEqualTo(401);
  }

  @Test
  void aFailedSignInToAnExistingAccountIsAuditedWithItsReason() throws Exception {
    TestServer.Session floor = test.createUser(admin(), Role.FLOOR);
    test.loginReply(floor.email(), "wrong-password-audit");

    JsonNode entries = test.body(test.http.get("/api/v1/audit?limit=50", admin().accessToken()));

    boolean found = false;
    for (JsonNode entry : entries.path("entries")) {
      if (entry.path("action").asText().equals("auth.login-failed")
          && entry.path("targetId").asText().equals(floor.userId().toString())) {
        found = true;
        assertThat(entry.path("details").path("reason").asText()).isEqualTo("password");
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void successfulLoginIsWrittenToTheAuditLog() throws Exception {
    TestServer.Session manager = test.createUser(admin(), Role.MANAGER);

    JsonNode entries = test.body(test.http.get("/api/v1/audit?limit=50", admin().accessToken()));

    assertThat(entries.path("entries").findValuesAsText("action")).contains("auth.login");
    assertThat(entries.path("entries").findValuesAsText("actorUserId"))
        .contains(manager.userId().toString());
  }

  @Test
  void changingOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
    TestServer.Session floor = test.createUser(admin(), Role.FLOOR);
    TestServer.Session otherDevice = test.login(floor.email(), TestServer.PASSWORD);

    TestHttp.Reply reply =
        test.http.postJson(
            "/api/v1/auth/password",
            test.json.writeValueAsString(
                Map.of(
                    "currentPassword", TestServer.PASSWORD, "newPassword", "velvet-orchard-417")),
            floor.accessToken());

    assertThat(reply.status()).isEqualTo(204);
    assertThat(test.http.get("/api/v1/auth/me", floor.accessToken()).status()).isEqualTo(200);
    assertThat(test.http.get("/api/v1/auth/me", otherDevice.accessToken()).status()).isEqualTo(401);
    assertThat(test.loginReply(floor.email(), "velvet-orchard-417").status()).isEqualTo(200);
  }

  @Test
  void weakNewPasswordIsRejectedWithTheReason() throws Exception {
    TestServer.Session floor = test.createUser(admin(), Role.FLOOR);

    TestHttp.Reply reply =
        test.http.postJson(
            "/api/v1/auth/password",
            test.json.writeValueAsString(
                Map.of("currentPassword", TestServer.PASSWORD, "newPassword", "password123")),
            floor.accessToken());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(test.body(reply).path("type").asText())
        .isEqualTo("urn:bobbin:problem:weak-password");
    assertThat(test.body(reply).path("detail").asText()).contains("commonly used");
  }
}
