package dev.bobbin.server.sync;

import dev.bobbin.model.sync.EntityType;
import dev.bobbin.server.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What pull tells devices about deleted records, and what an edit after the delete needs. */
final class Tombstones {
  /** A deleted record: when, by whom, and its last state (when the server knew it). */
  record Tombstone(long version, UUID deletedBy, String lastRecordJson) {}

  private Tombstones() {}

  static Optional<Tombstone> find(Connection c, EntityType entity, UUID id) throws SQLException {
    return Sql.one(
        c,
        "select version, deleted_by, last_record::text from tombstone where entity = ? and id = ?",
        row -> new Tombstone(row.getLong(1), row.getObject(2, UUID.class), row.getString(3)),
        entity.wireName(),
        id);
  }

  static void write(
      Connection c,
      UUID orgId,
      EntityType entity,
      UUID id,
      long version,
      UUID deletedBy,
      Map<String, Object> lastRecord,
      RecordCodec codec)
      throws SQLException {
    Sql.update(
        c,
        "insert into tombstone (org_id, entity, id, version, deleted_by, last_record)"
            + " values (?, ?, ?, ?, ?, ?::jsonb) on conflict (org_id, entity, id) do update"
            + " set version = excluded.version, deleted_by = excluded.deleted_by,"
            + " last_record = excluded.last_record, deleted_at = now()",
        orgId,
        entity.wireName(),
        id,
        version,
        deletedBy,
        codec.json(lastRecord));
  }

  static void remove(Connection c, EntityType entity, UUID id) throws SQLException {
    Sql.update(c, "delete from tombstone where entity = ? and id = ?", entity.wireName(), id);
  }
}
