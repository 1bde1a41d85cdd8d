package dev.bobbin.model.sync;

import java.util.List;

/**
 * A page of changes with {@code version > cursor}, in version order.
 *
 * @param cursor where the next pull starts; the device stores it with the page, in one local
 *     transaction
 * @param hasMore whether more changes wait beyond this page
 * @param lastAppliedMutationId the highest mutation id of the pulling client the server has applied
 *     (so a device whose push response was lost learns what landed)
 */
public record PullResponse(
    List<Change> changes, long cursor, boolean hasMore, long lastAppliedMutationId) {
  public PullResponse {
    changes = List.copyOf(changes);
  }
}
