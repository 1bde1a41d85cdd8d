package dev.bobbin.server.config;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the AI routes.
 *
 * @param rateLimitPerUser AI calls per minute of one user or API key
 * @param conversationRetention how long "Ask Bobbin" conversations are kept
 * @param model the operator's OpenAI-compatible language model; empty means built-in engines only
 */
public record AiConfig(
    int rateLimitPerUser, Duration conversationRetention, Optional<Model> model) {
  public static final int DEFAULT_RATE_LIMIT_PER_USER = 60;
  public static final Duration DEFAULT_CONVERSATION_RETENTION = Duration.ofDays(90);
  public static final Duration DEFAULT_MODEL_TIMEOUT = Duration.ofSeconds(10);

  /**
   * An OpenAI-compatible chat-completions endpoint.
   *
   * @param baseUrl e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1};
   *     requests go to {@code <baseUrl>/chat/completions}
   * @param name the model's name, e.g. {@code gpt-4o-mini}
   * @param apiKey sent as a bearer token; empty for local models that need none
   * @param timeout the longest one call may take, retries included
   * @param inputCostPerThousandTokens what 1,000 prompt tokens cost, for the call log
   * @param outputCostPerThousandTokens what 1,000 completion tokens cost
   */
  public record Model(
      URI baseUrl,
      String name,
      Optional<Secret> apiKey,
      Duration timeout,
      BigDecimal inputCostPerThousandTokens,
      BigDecimal outputCostPerThousandTokens) {
    public Model {
      Objects.requireNonNull(baseUrl, "baseUrl");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(apiKey, "apiKey");
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(inputCostPerThousandTokens, "inputCostPerThousandTokens");
      Objects.requireNonNull(outputCostPerThousandTokens, "outputCostPerThousandTokens");
    }

    /** A model with no price and the default timeout, for tests and local models. */
    public static Model free(URI baseUrl, String name) {
      return new Model(
          baseUrl, name, Optional.empty(), DEFAULT_MODEL_TIMEOUT, BigDecimal.ZERO, BigDecimal.ZERO);
    }
  }

  public AiConfig {
    Objects.requireNonNull(conversationRetention, "conversationRetention");
    Objects.requireNonNull(model, "model");
  }

  public static AiConfig defaults() {
    return new AiConfig(
        DEFAULT_RATE_LIMIT_PER_USER, DEFAULT_CONVERSATION_RETENTION, Optional.empty());
  }

  public AiConfig withModel(Model newModel) {
    return new AiConfig(rateLimitPerUser, conversationRetention, Optional.of(newModel));
  }

  public AiConfig withRateLimitPerUser(int perMinute) {
    return new AiConfig(perMinute, conversationRetention, model);
  }
}
