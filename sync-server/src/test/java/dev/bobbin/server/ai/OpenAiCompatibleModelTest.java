package dev.bobbin.server.ai;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.server.config.AiConfig;
import dev.bobbin.server.config.Secret;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Our client against a local fake of an OpenAI-compatible server. */
class OpenAiCompatibleModelTest {
  private static final String KEY = "sk-test-very-secret-key-0123456789";
  private final ObjectMapper json = new ObjectMapper();
  private final MockWebServer server = new MockWebServer();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  @BeforeEach
  void start() throws IOException {
    server.start();
    logs.start();
    ((Logger) LoggerFactory.getLogger(OpenAiCompatibleModel.class)).addAppender(logs);
  }

  @AfterEach
  void stop() {
    ((Logger) LoggerFactory.getLogger(OpenAiCompatibleModel.class)).detachAppender(logs);
    server.close();
  }

  private OpenAiCompatibleModel model(Duration timeout) {
    return new OpenAiCompatibleModel(
        new AiConfig.Model(
            URI.create(server.url("/v1").toString()),
            "small-model",
            Optional.of(new Secret(KEY)),
            timeout,
            new BigDecimal("0.50"),
            new BigDecimal("1.50")),
        json);
  }

  private static MockResponse answer(String text, int promptTokens, int completionTokens) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(
            "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
                + text
                + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":"
                + promptTokens
                + ",\"completion_tokens\":"
                + completionTokens
                + "}}")
        .build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{\"error\":\"no\"}").build();
  }

  @Test
  void aSummaryComesBackWithItsTokensAndCost() throws Exception {
    server.enqueue(answer(" 300 totes by 4 December, 2,142.00 EUR. ", 50, 20));

    Optional<Completion> summary =
        model(Duration.ofSeconds(5)).summarise("Summarise this quote.", "{\"total\":\"2142.00\"}");

    assertThat(summary).isPresent();
    assertThat(summary.get().text()).isEqualTo("300 totes by 4 December, 2,142.00 EUR.");
    assertThat(summary.get().promptTokens()).isEqualTo(50);
    assertThat(summary.get().completionTokens()).isEqualTo(20);
    // 50 × 0.50 / 1000 + 20 × 1.50 / 1000
    assertThat(summary.get().cost()).isEqualByComparingTo("0.055");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    JsonNode body = json.readTree(request.getBody().utf8());
    assertThat(body.path("model").asText()).isEqualTo("small-model");
    assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
    assertThat(body.path("messages").get(0).path("content").asText())
        .contains("never invent")
        .contains("Summarise this quote.");
    assertThat(body.path("messages").get(1).path("content").asText()).contains("2142.00");
  }

  @Test
  void aModelSlowerThanTheTimeoutGivesNothingAndIsNotAskedAgain() throws Exception {
    server.enqueue(answer("late", 1, 1).newBuilder().headersDelay(5, TimeUnit.SECONDS).build());

    Optional<Completion> summary = model(Duration.ofMillis(400)).summarise("Summarise.", "{}");

    assertThat(summary).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(messages()).anyMatch(m -> m.contains("timed out after 400 ms"));
  }

  @Test
  void a500IsRetriedOnceThenGivesUp() {
    server.enqueue(status(500));
    server.enqueue(status(503));

    assertThat(model(Duration.ofSeconds(5)).summarise("Summarise.", "{}")).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(messages()).anyMatch(m -> m.contains("HTTP 503"));
  }

  @Test
  void aPassing500IsCoveredByTheRetry() {
    server.enqueue(status(502));
    server.enqueue(answer("Fine now.", 10, 3));

    assertThat(model(Duration.ofSeconds(5)).summarise("Summarise.", "{}"))
        .map(Completion::text)
        .contains("Fine now.");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void malformedAnswersGiveNothingAndAreNotRetried() {
    OpenAiCompatibleModel model = model(Duration.ofSeconds(5));
    server.enqueue(new MockResponse.Builder().code(200).body("{\"choices\": [ {\"mess").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"object\":\"list\"}").build());
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null}}]}")
            .build());

    assertThat(model.summarise("Summarise.", "{}")).isEmpty();
    assertThat(model.summarise("Summarise.", "{}")).isEmpty();
    assertThat(model.summarise("Summarise.", "{}")).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(messages())
        .anyMatch(m -> m.contains("not JSON"))
        .anyMatch(m -> m.contains("no choices"))
        .anyMatch(m -> m.contains("no text"));
  }

  @Test
  void aModelThatKeepsFailingIsLeftAloneForAWhile() {
    OpenAiCompatibleModel model = model(Duration.ofSeconds(5));
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(400));
      assertThat(model.summarise("Summarise.", "{}")).isEmpty();
    }
    assertThat(model.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
    server.enqueue(answer("unused", 1, 1));

    assertThat(model.summarise("Summarise.", "{}")).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void theModelCanCallReadOnlyToolsBeforeAnswering() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(
                "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null,"
                    + "\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":"
                    + "{\"name\":\"stock_lookup\",\"arguments\":\"{\\\"query\\\":\\\"red"
                    + " balloons\\\"}\"}}]}}],\"usage\":{\"prompt_tokens\":80,"
                    + "\"completion_tokens\":12}}")
            .build());
    server.enqueue(answer("You have 1,200 red balloons.", 120, 9));
    List<String> asked = new java.util.ArrayList<>();
    LanguageModel.Tool stock =
        new LanguageModel.Tool() {
          @Override
          public String name() {
            return "stock_lookup";
          }

          @Override
          public String description() {
            return "On-hand stock of items matching a query";
          }

          @Override
          public String parametersSchema() {
            return "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"}}}";
          }

          @Override
          public String run(String argumentsJson) throws IOException {
            asked.add(new ObjectMapper().readTree(argumentsJson).path("query").asText());
            return "{\"items\":[{\"name\":\"Red balloon 11in\",\"onHand\":1200}]}";
          }
        };

    Optional<Completion> answer =
        model(Duration.ofSeconds(5))
            .answer("Answer from the tools only.", "how many red balloons?", List.of(stock));

    assertThat(answer).map(Completion::text).contains("You have 1,200 red balloons.");
    assertThat(answer.get().totalTokens()).isEqualTo(80 + 12 + 120 + 9);
    assertThat(asked).containsExactly("red balloons");
    JsonNode first = json.readTree(server.takeRequest().getBody().utf8());
    assertThat(first.path("tools").get(0).path("function").path("name").asText())
        .isEqualTo("stock_lookup");
    JsonNode second = json.readTree(server.takeRequest().getBody().utf8());
    JsonNode toolReply = second.path("messages").get(3);
    assertThat(toolReply.path("role").asText()).isEqualTo("tool");
    assertThat(toolReply.path("tool_call_id").asText()).isEqualTo("call_1");
    assertThat(toolReply.path("content").asText()).contains("1200");
  }

  @Test
  void theKeyNeverAppearsInTheLog() {
    server.enqueue(status(401));

    assertThat(model(Duration.ofSeconds(5)).summarise("Summarise.", "{}")).isEmpty();

    assertThat(messages()).anyMatch(m -> m.contains("HTTP 401"));
    assertThat(messages()).noneMatch(m -> m.contains(KEY));
  }

  private List<String> messages() {
    return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }
}
