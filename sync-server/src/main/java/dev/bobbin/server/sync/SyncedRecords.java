package dev.bobbin.server.sync;

import dev.bobbin.model.sync.EntityType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads and writes synced records on the server, for features that change them outside a push
 * (issuing an invoice, converting a quote): the same tables, versions and field authors as a push,
 * so every device pulls the change and is poked.
 *
 * <p>A write takes the organisation's version lock until the transaction ends, like a push: keep
 * slow work (rendering, network) before it.
 */
public final class SyncedRecords {
  private final EntityTables tables;

  SyncedRecords(EntityTables tables) {
    this.tables = tables;
  }

  /** The record of {@code type} with {@code id}, if the organisation has it. */
  public <T extends Record> Optional<T> find(
      Connection c, EntityType entity, Class<T> type, UUID id) throws SQLException {
    EntityTable table = table(entity, type);
    return table.find(c, id).map(values -> type.cast(table.toRecord(values)));
  }

  /** The records of {@code type} with {@code ids} that the organisation has, in the order given. */
  public <T extends Record> List<T> findAll(
      Connection c, EntityType entity, Class<T> type, List<UUID> ids) throws SQLException {
    EntityTable table = table(entity, type);
    Map<UUID, Map<String, Object>> found = table.load(c, ids);
    List<T> records = new ArrayList<>();
    for (UUID id : ids) {
      Map<String, Object> values = found.get(id);
      if (values != null) {
        records.add(type.cast(table.toRecord(values)));
      }
    }
    return records;
  }

  /** Inserts a new record with the next version. */
  public void insert(Connection c, UUID orgId, EntityType entity, Record record, UUID userId)
      throws SQLException {
    EntityTable table = table(entity, record.getClass());
    VersionCounter versions = VersionCounter.lock(c, orgId);
    table.insert(c, orgId, record, versions.next());
    versions.finish(c);
    authored(c, orgId, entity, record, Set.of(FieldAuthors.EVERY_FIELD), userId);
  }

  /**
   * Replaces a record's fields with {@code record}'s, with the next version.
   *
   * @param changedFields the fields this write changed, for conflict attribution
   */
  public void update(
      Connection c,
      UUID orgId,
      EntityType entity,
      Record record,
      Set<String> changedFields,
      UUID userId)
      throws SQLException {
    EntityTable table = table(entity, record.getClass());
    VersionCounter versions = VersionCounter.lock(c, orgId);
    table.update(c, orgId, record, versions.next());
    versions.finish(c);
    authored(c, orgId, entity, record, changedFields, userId);
  }

  private EntityTable table(EntityType entity, Class<?> type) {
    EntityTable table = tables.of(entity);
    if (!table.type().equals(type)) {
      throw new IllegalArgumentException(entity + " records are " + table.type().getSimpleName());
    }
    return table;
  }

  private static void authored(
      Connection c, UUID orgId, EntityType entity, Record record, Set<String> fields, UUID userId)
      throws SQLException {
    if (userId == null || fields.isEmpty()) {
      return;
    }
    UUID id = (UUID) Columns.component(record, "id");
    FieldAuthors.wrote(c, orgId, entity, id, fields, userId, Instant.now());
  }
}
