package dev.bobbin.model.sync;

import java.util.List;

/**
 * The server's answer to a push: one result per mutation, in order, and the highest mutation id of
 * this client it has applied (the device may drop every outbox entry up to it).
 */
public record PushResponse(List<MutationResult> results, long lastAppliedMutationId) {
  public PushResponse {
    results = List.copyOf(results);
  }
}
