package dev.bobbin.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** General request limits per client address, per caller, and on the sign-in routes. */
class RateLimitsTest {

  @Test
  void everyAnswerCarriesRateLimitHeaders() throws Exception {
    try (TestServer test = new TestServer()) {
      TestHttp.Reply reply = test.http.get("/api/v1/health");

      assertThat(reply.header("RateLimit-Limit")).isPresent();
      assertThat(reply.header("RateLimit-Remaining")).isPresent();
      assertThat(reply.header("RateLimit-Reset")).isPresent();
    }
  }

  @Test
  void aClientOverItsLimitGets429WithRetryAfter() throws Exception {
    try (TestServer test = new TestServer(security -> security.withRateLimits(5, 1_000, 1_000))) {
      for (int i = 0; i < 5; i++) {
        assertThat(test.http.get("/api/v1/health").status()).isEqualTo(200);
      }

      TestHttp.Reply limited = test.http.get("/api/v1/health");

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.contentType()).startsWith("application/problem+json");
      assertThat(limited.header("Retry-After"))
          .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
      assertThat(limited.header("RateLimit-Remaining")).contains("0");
      assertThat(test.body(limited).path("type").asText())
          .isEqualTo("urn:bobbin:problem:rate-limited");
    }
  }

  @Test
  void signInRoutesHaveTheirOwnStricterBucket() throws Exception {
    try (TestServer test = new TestServer(security -> security.withRateLimits(1_000, 1_000, 3))) {
      for (int i = 0; i < 3; i++) {
        test.loginReply("nobody@example.com", "wrong-password-" + i);
      }

      assertThat(test.loginReply("nobody@example.com", "wrong-password-x").status()).isEqualTo(429);
      assertThat(test.http.get("/api/v1/health").status()).isEqualTo(200);
    }
  }

  @Test
  void aSignedInUserHasALimitOfTheirOwn() throws Exception {
    try (TestServer test = new TestServer(security -> security.withRateLimits(1_000, 4, 1_000))) {
      TestServer.Session admin = test.bootstrap("Atelier", "admin@atelier.example.com");
      for (int i = 0; i < 4; i++) {
        assertThat(test.http.get("/api/v1/auth/me", admin.accessToken()).status()).isEqualTo(200);
      }

      TestHttp.Reply limited = test.http.get("/api/v1/auth/me", admin.accessToken());

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isPresent();
    }
  }

  @Test
  void corsIsOffByDefault() throws Exception {
    try (TestServer test = new TestServer()) {
      TestHttp.Reply reply = test.http.send(withOrigin(test, "https://shop.example.com"));

      assertThat(reply.header("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void corsAllowsOnlyTheConfiguredOrigins() throws Exception {
    try (TestServer test =
        new TestServer(security -> security.withCorsOrigins(List.of("https://shop.example.com")))) {
      TestHttp.Reply allowed = test.http.send(withOrigin(test, "https://shop.example.com"));
      TestHttp.Reply other = test.http.send(withOrigin(test, "https://evil.example.com"));

      assertThat(allowed.header("Access-Control-Allow-Origin"))
          .contains("https://shop.example.com");
      assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  private static Request withOrigin(TestServer test, String origin) {
    return new Request.Builder()
        .url(test.http.url("/api/v1/health"))
        .header("Origin", origin)
        .get()
        .build();
  }
}
