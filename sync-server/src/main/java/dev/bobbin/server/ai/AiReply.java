package dev.bobbin.server.ai;

import java.util.Objects;
import java.util.Optional;

/**
 * What an AI route answers: the JSON body and how it was made, for the call log.
 *
 * @param body serialised as the response
 * @param engine which engine produced the answer
 * @param usage what the language model cost, when it was used
 */
public record AiReply(Object body, Engine engine, Optional<Completion> usage) {
  public AiReply {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(usage, "usage");
  }

  /** An answer made by the built-in engine alone. */
  public static AiReply builtIn(Object body) {
    return new AiReply(body, Engine.BUILT_IN, Optional.empty());
  }

  /** An answer of the built-in engine, with the model's summary when there is one. */
  public static AiReply of(Object body, Optional<Completion> summary) {
    return new AiReply(
        body, summary.isPresent() ? Engine.BUILT_IN_WITH_MODEL : Engine.BUILT_IN, summary);
  }
}
