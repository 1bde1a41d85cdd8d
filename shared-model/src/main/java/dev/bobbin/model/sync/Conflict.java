package dev.bobbin.model.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * What a merge overwrote, kept so nobody's work disappears silently. The organisation sees open
 * conflicts in its Conflicts inbox; restoring the other value is itself a normal synced change.
 *
 * @param field the record field; {@code null} for {@link Kind#EDIT_AFTER_DELETE}
 * @param keptValue what the record holds now ({@code null} when it was deleted)
 * @param overwrittenValue what was lost: the earlier value, or the edit that arrived after the
 *     delete (as its field → value map)
 * @param keptBy who wrote the value that won
 * @param overwrittenBy who wrote the value that lost
 */
public record Conflict(
    UUID id,
    EntityType entity,
    UUID entityId,
    Kind kind,
    String field,
    Object keptValue,
    Object overwrittenValue,
    UUID keptBy,
    UUID overwrittenBy,
    Instant at,
    boolean resolved) {

  /** Why the conflict exists. */
  public enum Kind {
    /** Two edits of the same field; the one received last won. */
    SAME_FIELD,
    /**
     * An edit and a delete of one record clashed, in either order (an edit arrived after the
     * delete, or a delete was made without seeing an edit); the delete won, the edit is kept.
     */
    EDIT_AFTER_DELETE
  }
}
