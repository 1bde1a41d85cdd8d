package dev.bobbin.model.sync;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What the server did with one pushed mutation. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({
  @JsonSubTypes.Type(value = MutationResult.Applied.class, name = "applied"),
  @JsonSubTypes.Type(value = MutationResult.Rejected.class, name = "rejected")
})
public sealed interface MutationResult {
  long mutationId();

  /**
   * Applied now, or already applied by an earlier push of the same mutation (a retry changes
   * nothing).
   *
   * @param conflicts how many same-field clashes it caused (each is a conflict entry)
   */
  record Applied(long mutationId, boolean duplicate, int conflicts) implements MutationResult {}

  /**
   * Refused for good: the device removes it from its outbox, restores the server's truth and tells
   * the user {@code reason}.
   *
   * @param code stable machine-readable cause: {@code validation}, {@code forbidden}, {@code
   *     transition}, {@code not-found}
   */
  record Rejected(long mutationId, String code, String reason) implements MutationResult {}
}
