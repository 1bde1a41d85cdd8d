package dev.bobbin.model.sync;

import dev.bobbin.model.common.Validator;
import java.util.List;
import java.util.UUID;

/** A batch of a device's outbox, oldest first. */
public record PushRequest(UUID clientId, List<Mutation> mutations) {
  /** The most mutations one push may carry. */
  public static final int MAX_BATCH = 500;

  public PushRequest {
    mutations = mutations == null ? List.of() : List.copyOf(mutations);
    Validator v =
        Validator.of("PushRequest")
            .notNull("clientId", clientId)
            .check(!mutations.isEmpty(), "mutations", "must not be empty")
            .check(
                mutations.size() <= MAX_BATCH,
                "mutations",
                "must be at most " + MAX_BATCH + " per push");
    for (int i = 1; i < mutations.size(); i++) {
      v.check(
          mutations.get(i).mutationId() > mutations.get(i - 1).mutationId(),
          "mutations",
          "must be in increasing mutationId order");
    }
    v.validate();
  }
}
