package dev.bobbin.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Refresh-token rotation, reuse detection and sign-out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsTest {
  private TestServer test;
  private static final String ADMIN = "admin@atelier.example.com";

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
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
  void refreshRotatesTheRefreshTokenAndIssuesANewAccessToken() throws Exception {
    TestServer.Session user = test.createUser(admin(), Role.DESIGNER);

    TestHttp.Reply reply = refresh(user.refreshToken());

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = test.body(reply);
    assertThat(body.path("refreshToken").asText()).isNotEqualTo(user.refreshToken());
    assertThat(test.http.get("/api/v1/auth/me", body.path("accessToken").asText()).status())
        .isEqualTo(200);
    assertThat(refresh(body.path("refreshToken").asText()).status()).isEqualTo(200);
  }

  @Test
  void reusingARotatedRefreshTokenRevokesTheWholeSession() throws Exception {
    TestServer.Session user = test.createUser(admin(), Role.DESIGNER);
    JsonNode rotated = test.body(refresh(user.refreshToken()));

    TestHttp.Reply reuse = refresh(user.refreshToken());

    assertThat(reuse.status()).isEqualTo(401);
    assertThat(test.body(reuse).path("type").asText())
        .isEqualTo("urn:bobbin:problem:refresh-token-reused");
    assertThat(refresh(rotated.path("refreshToken").asText()).status()).isEqualTo(401);
    assertThat(test.http.get("/api/v1/auth/me", rotated.path("accessToken").asText()).status())
        .isEqualTo(401);
    JsonNode audit = test.body(test.http.get("/api/v1/audit", admin().accessToken()));
    assertThat(audit.path("entries").findValuesAsText("action"))
        .contains("auth.refresh-token-reused");
  }

  @Test
  void reuseRevokesOnlyThatSessionNotTheUsersOtherDevices() throws Exception {
    TestServer.Session user = test.createUser(admin(), Role.DESIGNER);
    TestServer.Session otherDevice = test.login(user.email(), TestServer.PASSWORD);
    refresh(user.refreshToken());

    refresh(user.refreshToken());

    assertThat(refresh(otherDevice.refreshToken()).status()).isEqualTo(200);
  }

  @Test
  void logoutEndsTheSessionAtOnceForBothTokens() throws Exception {
    TestServer.Session user = test.createUser(admin(), Role.FLOOR);

    TestHttp.Reply logout = test.http.postJson("/api/v1/auth/logout", "{}", user.accessToken());

    assertThat(logout.status()).isEqualTo(204);
    assertThat(test.http.get("/api/v1/auth/me", user.accessToken()).status()).isEqualTo(401);
    assertThat(refresh(user.refreshToken()).status()).isEqualTo(401);
  }

  @Test
  void expiredRefreshTokenIsRefused() throws Exception {
    TestServer.Session user = test.createUser(admin(), Role.FLOOR);
    test.clock.advance(Duration.ofDays(31));

    assertThat(refresh(user.refreshToken()).status()).isEqualTo(401);
  }

  @Test
  void malformedOrForeignRefreshTokensAreRefused() throws Exception {
    assertThat(refresh("bobbin_rt_nonsense").status()).isEqualTo(401);
    String forged =
        "bobbin_rt_" + admin().orgId().toString().replace("-", "") + "_" + "A".repeat(43);
    assertThat(refresh(forged).status()).isEqualTo(401);
  }

  @Test
  void refreshTokensAreStoredOnlyAsHashes() throws Exception {
    TestServer.Session user = test.createUser(admin(), Role.FLOOR);
    try (var owner = test.ownerConnection();
        var query =
            owner.prepareStatement(
                "select count(*) from refresh_token where encode(token_hash, 'escape') like ?")) {
      query.setString(1, "%" + user.refreshToken().substring(45) + "%");
      try (var row = query.executeQuery()) {
        row.next();
        assertThat(row.getLong(1)).isZero();
      }
    }
  }

  private TestHttp.Reply refresh(String token) throws Exception {
    return test.http.postJson(
        "/api/v1/auth/refresh", test.json.writeValueAsString(Map.of("refreshToken", token)), null);
  }
}
