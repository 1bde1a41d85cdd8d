package dev.bobbin.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The AI settings: built-in only by default, a model only when fully and sanely described. */
class AiSettingsTest {
  private static ServerConfig load(Map<String, String> env) {
    return new ConfigLoader(env, Path.of("/var/lib/bobbin/server"))
        .load(new CliOptions(Optional.empty(), Optional.empty(), Optional.empty(), false));
  }

  @Test
  void withNothingSetOnlyTheBuiltInEnginesAnswer() {
    AiConfig ai = load(Map.of()).ai();

    assertThat(ai.model()).isEmpty();
    assertThat(ai.rateLimitPerUser()).isEqualTo(60);
    assertThat(ai.conversationRetention()).isEqualTo(Duration.ofDays(90));
  }

  @Test
  void aFullyDescribedModelIsRead() {
    AiConfig ai =
        load(Map.of(
                "BOBBIN_AI_MODEL_URL", "https://llm.example.com/v1/",
                "BOBBIN_AI_MODEL", "small-model",
                "BOBBIN_AI_MODEL_KEY", "sk-123",
                "BOBBIN_AI_MODEL_TIMEOUT_MS", "2500",
                "BOBBIN_AI_MODEL_INPUT_COST_PER_1K_TOKENS", "0.15",
                "BOBBIN_AI_RATE_LIMIT_PER_USER", "30",
                "BOBBIN_AI_CONVERSATION_RETENTION_DAYS", "14"))
            .ai();

    AiConfig.Model model = ai.model().orElseThrow();
    assertThat(model.baseUrl()).isEqualTo(URI.create("https://llm.example.com/v1"));
    assertThat(model.name()).isEqualTo("small-model");
    assertThat(model.apiKey()).map(Secret::value).contains("sk-123");
    assertThat(model.apiKey().orElseThrow()).hasToString("***");
    assertThat(model.timeout()).isEqualTo(Duration.ofMillis(2500));
    assertThat(model.inputCostPerThousandTokens()).isEqualByComparingTo("0.15");
    assertThat(model.outputCostPerThousandTokens()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(ai.rateLimitPerUser()).isEqualTo(30);
    assertThat(ai.conversationRetention()).isEqualTo(Duration.ofDays(14));
  }

  @Test
  void halfAModelIsRefusedWithWhatIsMissing() {
    assertThatThrownBy(() -> load(Map.of("BOBBIN_AI_MODEL_URL", "https://llm.example.com/v1")))
        .hasMessage("BOBBIN_AI_MODEL is required with BOBBIN_AI_MODEL_URL");
    assertThatThrownBy(() -> load(Map.of("BOBBIN_AI_MODEL", "small-model")))
        .hasMessage("BOBBIN_AI_MODEL_URL is required with BOBBIN_AI_MODEL");
    assertThatThrownBy(() -> load(Map.of("BOBBIN_AI_MODEL_KEY", "sk-123")))
        .hasMessageStartingWith("BOBBIN_AI_MODEL_KEY is set but no model is");
  }

  @Test
  void badValuesAreRefusedWithoutEchoingTheKey() {
    Map<String, String> model =
        Map.of("BOBBIN_AI_MODEL", "m", "BOBBIN_AI_MODEL_KEY", "sk-hidden-value");
    assertThatThrownBy(() -> load(with(model, "BOBBIN_AI_MODEL_URL", "ftp://llm.example.com")))
        .hasMessageContaining("must be an http:// or https:// URL")
        .hasMessageNotContaining("sk-hidden-value");
    assertThatThrownBy(
            () -> load(with(model, "BOBBIN_AI_MODEL_URL", "https://user:pw@llm.example.com/v1")))
        .hasMessageContaining("must not contain a user or password");
    Map<String, String> good = with(model, "BOBBIN_AI_MODEL_URL", "http://localhost:11434/v1");
    assertThatThrownBy(() -> load(with(good, "BOBBIN_AI_MODEL_INPUT_COST_PER_1K_TOKENS", "-1")))
        .hasMessageContaining("must be a price such as 0.15");
    assertThatThrownBy(() -> load(with(good, "BOBBIN_AI_MODEL_TIMEOUT_MS", "50")))
        .hasMessageContaining("between 100 and 120000");
    assertThatThrownBy(() -> load(Map.of("BOBBIN_AI_RATE_LIMIT_PER_USER", "0")))
        .hasMessageContaining("between 1 and 100000");
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    java.util.HashMap<String, String> copy = new java.util.HashMap<>(base);
    copy.put(key, value);
    return copy;
  }
}
