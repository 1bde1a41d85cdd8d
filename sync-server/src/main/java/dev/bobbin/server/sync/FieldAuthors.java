package dev.bobbin.server.sync;

import dev.bobbin.model.sync.EntityType;
import dev.bobbin.server.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** Who last wrote each field of a record: the other user named by a same-field conflict. */
final class FieldAuthors {
  static final String EVERY_FIELD = "*";

  private FieldAuthors() {}

  static void wrote(
      Connection c,
      UUID orgId,
      EntityType entity,
      UUID id,
      Collection<String> fields,
      UUID userId,
      Instant at)
      throws SQLException {
    for (String field : fields) {
      Sql.update(
          c,
          "insert into field_author (org_id, entity, entity_id, field, user_id, written_at)"
              + " values (?, ?, ?, ?, ?, ?) on conflict (org_id, entity, entity_id, field)"
              + " do update set user_id = excluded.user_id, written_at = excluded.written_at",
          orgId,
          entity.wireName(),
          id,
          field,
          userId,
          at);
    }
  }

  static Optional<UUID> author(Connection c, EntityType entity, UUID id, String field)
      throws SQLException {
    return Sql.one(
        c,
        "select user_id from field_author where entity = ? and entity_id = ?"
            + " and field in (?, '*') order by (field = '*') limit 1",
        row -> row.getObject(1, UUID.class),
        entity.wireName(),
        id,
        field);
  }
}
