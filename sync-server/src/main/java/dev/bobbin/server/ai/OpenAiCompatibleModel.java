package dev.bobbin.server.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobbin.server.config.AiConfig;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's model, spoken to through the OpenAI chat-completions API that most servers offer
 * (OpenAI, Azure, vLLM, llama.cpp, Ollama…).
 *
 * <p>Every call is bounded by the configured timeout, retries included. Connection errors, {@code
 * 429} and {@code 5xx} are retried once after a short pause; other answers are not. A circuit
 * breaker stops calling a model that keeps failing (half of the last 10 calls, at least 4) for 30
 * seconds, so that a dead model costs the built-in answer nothing. Failures are logged by their
 * reason only: the key is sent as a header and never appears in a log line or a message.
 */
public final class OpenAiCompatibleModel implements LanguageModel {
  private static final Logger log = LoggerFactory.getLogger(OpenAiCompatibleModel.class);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int MAX_RESPONSE_BYTES = 1 << 20;
  private static final int MAX_TOOL_ROUNDS = 4;
  private static final int MAX_TOOL_RESULT_CHARS = 16_000;
  private static final Duration RETRY_PAUSE = Duration.ofMillis(200);
  private static final Duration MIN_ATTEMPT = Duration.ofMillis(100);
  private static final String SUMMARY_RULES =
      "You write for the staff of a garment factory. Use only the facts given; never invent a"
          + " figure, a date or a name. Answer in at most three short sentences, plain text.";

  private final AiConfig.Model config;
  private final ObjectMapper json;
  private final OkHttpClient http;
  private final CircuitBreaker breaker;
  private final Retry retry;

  public OpenAiCompatibleModel(AiConfig.Model config, ObjectMapper json) {
    this.config = config;
    this.json = json;
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(config.timeout())
            .readTimeout(config.timeout())
            .writeTimeout(config.timeout())
            .retryOnConnectionFailure(false)
            .build();
    this.breaker =
        CircuitBreaker.of(
            "language-model",
            CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(ModelFailure.class)
                .build());
    this.retry =
        Retry.of(
            "language-model",
            RetryConfig.custom()
                .maxAttempts(2)
                .waitDuration(RETRY_PAUSE)
                .retryOnException(e -> e instanceof ModelFailure f && f.retryable)
                .build());
  }

  @Override
  public boolean configured() {
    return true;
  }

  /** The breaker's state, for tests and the health of the AI routes. */
  public CircuitBreaker.State circuitState() {
    return breaker.getState();
  }

  @Override
  public Optional<Completion> summarise(String instruction, String facts) {
    ArrayNode messages = json.createArrayNode();
    messages.add(message("system", SUMMARY_RULES + " " + instruction));
    messages.add(message("user", facts));
    return guarded(
        () -> {
          Round round = round(messages, List.of(), deadline());
          return round.text().map(text -> completion(text, round.promptTokens, round.outputTokens));
        });
  }

  @Override
  public Optional<Completion> answer(String system, String question, List<Tool> tools) {
    Map<String, Tool> byName =
        tools.stream().collect(Collectors.toMap(Tool::name, Function.identity()));
    return guarded(
        () -> {
          long deadline = deadline();
          ArrayNode messages = json.createArrayNode();
          messages.add(message("system", system));
          messages.add(message("user", question));
          int promptTokens = 0;
          int outputTokens = 0;
          for (int i = 0; i < MAX_TOOL_ROUNDS; i++) {
            Round round = round(messages, tools, deadline);
            promptTokens += round.promptTokens;
            outputTokens += round.outputTokens;
            if (round.toolCalls.isEmpty()) {
              int p = promptTokens;
              int o = outputTokens;
              return round.text().map(text -> completion(text, p, o));
            }
            messages.add(round.message);
            for (JsonNode call : round.toolCalls) {
              ObjectNode reply = message("tool", runTool(byName, call));
              reply.put("tool_call_id", call.path("id").asText());
              messages.add(reply);
            }
          }
          log.warn("Language model still calling tools after {} rounds; ignored", MAX_TOOL_ROUNDS);
          return Optional.empty();
        });
  }

  private interface ModelCall {
    Optional<Completion> run() throws ModelFailure;
  }

  private Optional<Completion> guarded(ModelCall call) {
    try {
      return breaker.executeCheckedSupplier(call::run);
    } catch (CallNotPermittedException e) {
      log.debug("Language model circuit is open; answering from the built-in engine");
      return Optional.empty();
    } catch (ModelFailure e) {
      log.warn("Language model failed ({}); answering from the built-in engine", e.getMessage());
      return Optional.empty();
    } catch (Throwable e) {
      log.warn("Language model failed ({}); answering from the built-in engine", e.toString());
      return Optional.empty();
    }
  }

  private long deadline() {
    return System.nanoTime() + config.timeout().toNanos();
  }

  /** One request to the model, retried once on a transient failure, within the deadline. */
  private Round round(ArrayNode messages, List<Tool> tools, long deadline) throws ModelFailure {
    ObjectNode body = json.createObjectNode();
    body.put("model", config.name());
    body.set("messages", messages);
    body.put("temperature", 0.2);
    body.put("max_tokens", 400);
    if (!tools.isEmpty()) {
      ArrayNode specs = body.putArray("tools");
      for (Tool tool : tools) {
        ObjectNode function = specs.addObject().put("type", "function").putObject("function");
        function.put("name", tool.name()).put("description", tool.description());
        try {
          function.set("parameters", json.readTree(tool.parametersSchema()));
        } catch (IOException e) {
          throw new IllegalArgumentException("Tool " + tool.name() + " has a bad schema", e);
        }
      }
    }
    byte[] payload;
    try {
      payload = json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    try {
      return retry.executeCheckedSupplier(() -> send(payload, deadline));
    } catch (ModelFailure e) {
      throw e;
    } catch (Throwable e) {
      throw new ModelFailure(e.toString(), false);
    }
  }

  private Round send(byte[] payload, long deadline) throws ModelFailure {
    long remaining = deadline - System.nanoTime();
    if (remaining < MIN_ATTEMPT.toNanos()) {
      throw new ModelFailure("timed out after " + config.timeout().toMillis() + " ms", false);
    }
    Request.Builder request =
        new Request.Builder()
            .url(config.baseUrl() + "/chat/completions")
            .post(RequestBody.create(payload, JSON));
    config.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key.value()));
    Call call = http.newCall(request.build());
    call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
    try (Response response = call.execute()) {
      int code = response.code();
      if (code == 429 || code >= 500) {
        throw new ModelFailure("HTTP " + code, true);
      }
      if (code != 200) {
        throw new ModelFailure("HTTP " + code, false);
      }
      return parse(readCapped(response.body()));
    } catch (IOException e) {
      boolean timedOut = System.nanoTime() - deadline >= 0 || call.isCanceled();
      throw new ModelFailure(
          timedOut ? "timed out after " + config.timeout().toMillis() + " ms" : e.toString(),
          !timedOut);
    }
  }

  private static byte[] readCapped(ResponseBody body) throws IOException, ModelFailure {
    try (InputStream in = body.byteStream()) {
      byte[] bytes = in.readNBytes(MAX_RESPONSE_BYTES + 1);
      if (bytes.length > MAX_RESPONSE_BYTES) {
        throw new ModelFailure("answer larger than " + MAX_RESPONSE_BYTES + " bytes", false);
      }
      return bytes;
    }
  }

  private Round parse(byte[] bytes) throws ModelFailure {
    JsonNode root;
    try {
      root = json.readTree(bytes);
    } catch (IOException e) {
      throw new ModelFailure("answer is not JSON", false);
    }
    JsonNode message = root == null ? null : root.path("choices").path(0).path("message");
    if (message == null || !message.isObject()) {
      throw new ModelFailure("answer has no choices[0].message", false);
    }
    JsonNode calls = message.path("tool_calls");
    List<JsonNode> toolCalls = calls.isArray() ? List.copyOf(listOf(calls)) : List.of();
    JsonNode content = message.path("content");
    if (toolCalls.isEmpty() && !content.isTextual()) {
      throw new ModelFailure("answer has no text", false);
    }
    JsonNode usage = root.path("usage");
    return new Round(
        (ObjectNode) message,
        content.isTextual() ? content.asText().trim() : "",
        toolCalls,
        usage.path("prompt_tokens").asInt(0),
        usage.path("completion_tokens").asInt(0));
  }

  private static List<JsonNode> listOf(JsonNode array) {
    java.util.ArrayList<JsonNode> list = new java.util.ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  private String runTool(Map<String, Tool> tools, JsonNode call) {
    String name = call.path("function").path("name").asText();
    Tool tool = tools.get(name);
    if (tool == null) {
      return "{\"error\":\"no such tool\"}";
    }
    try {
      String result = tool.run(call.path("function").path("arguments").asText("{}"));
      return result.length() > MAX_TOOL_RESULT_CHARS
          ? result.substring(0, MAX_TOOL_RESULT_CHARS)
          : result;
    } catch (Exception e) {
      log.debug("Tool {} failed for the language model", name, e);
      return json.createObjectNode().put("error", "the tool could not answer").toString();
    }
  }

  private ObjectNode message(String role, String content) {
    return json.createObjectNode().put("role", role).put("content", content);
  }

  private Completion completion(String text, int promptTokens, int outputTokens) {
    BigDecimal cost =
        config
            .inputCostPerThousandTokens()
            .multiply(BigDecimal.valueOf(promptTokens))
            .add(config.outputCostPerThousandTokens().multiply(BigDecimal.valueOf(outputTokens)))
            .divide(BigDecimal.valueOf(1000), 6, RoundingMode.HALF_UP);
    return new Completion(text, promptTokens, outputTokens, cost);
  }

  /** One answer of the model: either text, or tools it wants run first. */
  private record Round(
      ObjectNode message,
      String content,
      List<JsonNode> toolCalls,
      int promptTokens,
      int outputTokens) {
    Optional<String> text() {
      return content.isEmpty() ? Optional.empty() : Optional.of(content);
    }
  }

  /** Why a call to the model failed, and whether trying again may help. */
  static final class ModelFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final boolean retryable;

    ModelFailure(String reason, boolean retryable) {
      super(reason);
      this.retryable = retryable;
    }
  }
}
