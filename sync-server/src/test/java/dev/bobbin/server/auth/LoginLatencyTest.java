package dev.bobbin.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.server.TestServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures what Argon2id (OWASP parameters) costs a sign-in on this machine, end to end over HTTP.
 * Prints p50/p95 (to target/surefire-reports/…-output.txt); asserts only that logins succeed, never
 * a time.
 */
class LoginLatencyTest {
  private static final int WARM_UP = 20;
  private static final int LOGINS = 50;

  @Test
  void measuresLoginLatency() throws Exception {
    try (TestServer test = new TestServer()) {
      test.bootstrap("Atelier", "admin@atelier.example.com");
      for (int i = 0; i < WARM_UP; i++) {
        test.login("admin@atelier.example.com", TestServer.PASSWORD);
      }
      List<Double> millis = new ArrayList<>();
      for (int i = 0; i < LOGINS; i++) {
        long start = System.nanoTime();
        assertThat(test.loginReply("admin@atelier.example.com", TestServer.PASSWORD).status())
            .isEqualTo(200);
        millis.add((System.nanoTime() - start) / 1e6);
      }
      long hashStart = System.nanoTime();
      test.server.auth().hasher().hash(TestServer.PASSWORD);
      double hashMillis = (System.nanoTime() - hashStart) / 1e6;
      Collections.sort(millis);
      System.out.printf(
          "Login latency over %d logins (Argon2id m=19456 KiB, t=2, p=1): p50 %.1f ms,"
              + " p95 %.1f ms, max %.1f ms; one hash alone %.1f ms%n",
          LOGINS,
          millis.get(LOGINS / 2),
          millis.get((int) Math.ceil(LOGINS * 0.95) - 1),
          millis.get(LOGINS - 1),
          hashMillis);
    }
  }
}
