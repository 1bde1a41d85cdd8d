package dev.bobbin.server.sync;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.sync.Conflict;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.server.db.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organisation's conflict entries: what merges overwrote, until someone resolves them. */
public final class ConflictStore {
  private static final String COLUMNS =
      "id, entity, entity_id, kind, field, kept_value::text, overwritten_value::text, kept_by,"
          + " overwritten_by, at, resolved";

  private final RecordCodec codec;

  ConflictStore(RecordCodec codec) {
    this.codec = codec;
  }

  void add(Connection c, UUID orgId, long version, Conflict conflict) throws SQLException {
    Sql.update(
        c,
        "insert into conflict (id, org_id, entity, entity_id, kind, field, kept_value,"
            + " overwritten_value, kept_by, overwritten_by, at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)",
        conflict.id(),
        orgId,
        conflict.entity().wireName(),
        conflict.entityId(),
        conflict.kind(),
        conflict.field(),
        codec.json(conflict.keptValue()),
        codec.json(conflict.overwrittenValue()),
        conflict.keptBy(),
        conflict.overwrittenBy(),
        conflict.at(),
        version);
  }

  /** A new conflict entry's id. */
  static UUID newId() {
    return Ids.newId();
  }

  /** Open conflicts, newest first. */
  public List<Conflict> open(Connection c) throws SQLException {
    return Sql.list(
        c,
        "select " + COLUMNS + " from conflict where not resolved order by at desc, id",
        this::conflict);
  }

  public Optional<Conflict> find(Connection c, UUID id) throws SQLException {
    return Sql.one(c, "select " + COLUMNS + " from conflict where id = ?", this::conflict, id);
  }

  void markResolved(Connection c, UUID id, UUID userId, long version) throws SQLException {
    Sql.update(
        c,
        "update conflict set resolved = true, resolved_by = ?, resolved_at = now(), version = ?,"
            + " updated_at = now() where id = ?",
        userId,
        version,
        id);
  }

  private Conflict conflict(ResultSet row) throws SQLException {
    return new Conflict(
        row.getObject(1, UUID.class),
        EntityType.fromWireName(row.getString(2)).orElseThrow(),
        row.getObject(3, UUID.class),
        Conflict.Kind.valueOf(row.getString(4)),
        row.getString(5),
        codec.parse(row.getString(6)),
        codec.parse(row.getString(7)),
        row.getObject(8, UUID.class),
        row.getObject(9, UUID.class),
        Sql.instant(row, "at").orElse(Instant.EPOCH),
        row.getBoolean(11));
  }
}
