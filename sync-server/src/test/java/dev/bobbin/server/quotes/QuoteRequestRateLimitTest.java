package dev.bobbin.server.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One client address may send a limited number of quote requests to an organisation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteRequestRateLimitTest {
  private TestServer test;
  private TestServer.Session admin;
  private TestServer.Session other;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    admin = test.bootstrap("Busy", "admin@busy.example.com");
    other = test.addOrganisation("Quiet", "admin@quiet.example.com");
  }

  @AfterAll
  void stop() throws IOException {
    test.close();
  }

  private TestHttp.Reply send(TestServer.Session org) throws IOException {
    return test.http.postJson(
        "/api/v1/public/quote-requests/" + org.orgId(),
        "{\"name\": \"Bot\", \"phone\": \"123\", \"productType\": \"Tee\", \"quantity\": 5}",
        null);
  }

  @Test
  void theRequestAfterTheHourlyAllowanceIsRefusedWithRetryAfter() throws IOException {
    for (int i = 0; i < QuoteRequestController.PER_HOUR; i++) {
      assertThat(send(admin).status()).as("request %d", i + 1).isEqualTo(201);
    }

    TestHttp.Reply refused = send(admin);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After"))
        .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    assertThat(refused.body()).contains("Too many quote requests from this address");
    // Another organisation's form is counted on its own.
    assertThat(send(other).status()).isEqualTo(201);
  }
}
