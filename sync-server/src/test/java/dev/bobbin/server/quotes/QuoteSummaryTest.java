package dev.bobbin.server.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import dev.bobbin.server.config.AiConfig;
import dev.bobbin.server.config.Secret;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * With an operator's model configured (a local fake of an OpenAI-compatible server), a quote gains
 * its written summary and the call log its tokens; a failing or slow model leaves the built-in
 * answer whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteSummaryTest {
  private final MockWebServer model = new MockWebServer();
  private TestServer test;
  private TestServer.Session admin;
  private TestServer.Session manager;
  private UUID shirt;

  @BeforeAll
  void start() throws Exception {
    model.start();
    AiConfig.Model llm =
        new AiConfig.Model(
            URI.create(model.url("/v1").toString()),
            "small-model",
            Optional.of(new Secret("sk-quote-test")),
            Duration.ofMillis(800),
            new BigDecimal("0.50"),
            new BigDecimal("1.50"));
    test = TestServer.configured(c -> c.withAi(AiConfig.defaults().withModel(llm)));
    admin = test.bootstrap("Summaries", "admin@summaries.example.com");
    manager = test.createUser(admin, Role.MANAGER);
    try (Connection c = test.ownerConnection()) {
      QuoteSeed seed = new QuoteSeed(c, admin.orgId());
      UUID twill = seed.item("FAB-TWILL-NAVY", "FABRIC", "#1B2A4A", "M", "4.50", "300");
      shirt = seed.design("D-001", "Work shirt", twill, "1.2");
      seed.workflow("Garments", "Cutting", "Sewing");
    }
  }

  @AfterAll
  void stop() throws IOException {
    test.close();
    model.close();
  }

  private TestHttp.Reply quote() throws IOException {
    return test.http.postJson(
        "/api/v1/ai/quote",
        "{\"designId\": \"" + shirt + "\", \"quantity\": 40}",
        manager.accessToken());
  }

  @Test
  void theModelsSummaryIsAddedAndItsTokensAndCostAreLogged() throws Exception {
    model.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(
                "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"40 work shirts"
                    + " at the quoted price, ready in about two weeks.\"}}],"
                    + "\"usage\":{\"prompt_tokens\":50,\"completion_tokens\":20}}")
            .build());

    TestHttp.Reply reply = quote();

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = test.body(reply);
    assertThat(body.path("engine").asText()).isEqualTo("built-in+model");
    assertThat(body.path("summary").asText()).startsWith("40 work shirts");
    assertThat(body.path("quote").path("breakdown").path("total").path("amount").isMissingNode())
        .isFalse();
    assertThat(reply.header("Bobbin-AI-Engine")).contains("built-in+model");
    JsonNode sent = test.json.readTree(model.takeRequest().getBody().utf8());
    assertThat(sent.path("messages").get(1).path("content").asText()).contains("unitPrice");
    JsonNode call =
        test.body(test.http.get("/api/v1/admin/ai/calls?limit=1", admin.accessToken()))
            .path("calls")
            .get(0);
    assertThat(call.path("route").asText()).isEqualTo("/ai/quote");
    assertThat(call.path("engine").asText()).isEqualTo("built-in+model");
    assertThat(call.path("promptTokens").asInt()).isEqualTo(50);
    assertThat(call.path("completionTokens").asInt()).isEqualTo(20);
    assertThat(call.path("cost").decimalValue()).isEqualByComparingTo("0.055");
  }

  @Test
  void aFailingOrSlowModelLeavesTheBuiltInAnswerWhole() throws Exception {
    model.enqueue(new MockResponse.Builder().code(500).build());
    model.enqueue(new MockResponse.Builder().code(503).build());
    TestHttp.Reply failing = quote();
    model.enqueue(
        new MockResponse.Builder()
            .code(200)
            .headersDelay(3, TimeUnit.SECONDS)
            .body("{\"choices\":[]}")
            .build());
    TestHttp.Reply slow = quote();

    for (TestHttp.Reply reply : new TestHttp.Reply[] {failing, slow}) {
      assertThat(reply.status()).isEqualTo(200);
      JsonNode body = test.body(reply);
      assertThat(body.path("engine").asText()).isEqualTo("built-in");
      assertThat(body.has("summary")).isFalse();
      assertThat(
              body.path("quote").path("breakdown").path("unitPrice").path("amount").decimalValue())
          .isPositive();
    }
  }
}
