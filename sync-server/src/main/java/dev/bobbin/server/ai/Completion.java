package dev.bobbin.server.ai;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Text a language model wrote, with what it cost.
 *
 * @param text the model's answer, trimmed
 * @param promptTokens tokens sent, as the model reported them
 * @param completionTokens tokens received
 * @param cost estimated cost in the operator's configured currency (zero when no price is set)
 */
public record Completion(String text, int promptTokens, int completionTokens, BigDecimal cost) {
  public Completion {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cost, "cost");
  }

  public int totalTokens() {
    return promptTokens + completionTokens;
  }
}
