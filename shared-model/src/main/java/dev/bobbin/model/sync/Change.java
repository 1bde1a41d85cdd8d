package dev.bobbin.model.sync;

import java.util.Map;
import java.util.UUID;

/**
 * One row of a pull page: the record as it now is on the server, or its tombstone.
 *
 * @param version the organisation version of the commit that last changed it; unique per
 *     organisation, so it orders every change
 * @param record every field of the record as JSON values; {@code null} when deleted
 */
public record Change(EntityType entity, UUID id, long version, Map<String, Object> record) {
  public Change {
    record = record == null ? null : JsonValues.copyOf(record);
  }

  public boolean deleted() {
    return record == null;
  }
}
