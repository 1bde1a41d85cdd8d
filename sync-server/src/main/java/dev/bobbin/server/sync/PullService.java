package dev.bobbin.server.sync;

import dev.bobbin.model.sync.Change;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.PullResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Pages of changes with {@code version > cursor}. The versions of a page come from one statement
 * (one snapshot) across every table and the tombstones; since versions are handed out under the
 * organisation's lock, everything below the highest version it sees is already committed.
 */
final class PullService {
  static final int DEFAULT_LIMIT = 500;
  static final int MAX_LIMIT = 2000;

  private final EntityTables tables;
  private final String scan;

  private record Row(EntityType entity, UUID id, long version, boolean deleted) {}

  PullService(EntityTables tables) {
    this.tables = tables;
    String perTable =
        tables.all().stream()
            .map(
                t ->
                    "(select '"
                        + t.table()
                        + "' as entity, id, version, false as deleted from "
                        + t.table()
                        + " where org_id = ? and version > ? order by version limit ?)")
            .collect(Collectors.joining(" union all "));
    this.scan =
        "select entity, id, version, deleted from ("
            + perTable
            + " union all (select entity, id, version, true from tombstone"
            + " where org_id = ? and version > ? order by version limit ?)) changes"
            + " order by version limit ?";
  }

  PullResponse pull(Connection c, UUID orgId, long cursor, int limit, long lastMutationId)
      throws SQLException {
    List<Row> rows = scan(c, orgId, cursor, limit + 1);
    boolean hasMore = rows.size() > limit;
    List<Row> page = hasMore ? rows.subList(0, limit) : rows;
    List<Change> changes = changes(c, page);
    long next = page.isEmpty() ? cursor : page.get(page.size() - 1).version();
    return new PullResponse(changes, next, hasMore, lastMutationId);
  }

  /** The current state of each record asked for: a change, a tombstone, or a deletion at 0. */
  List<Change> fetch(Connection c, List<Map.Entry<EntityType, UUID>> wanted) throws SQLException {
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<EntityType, UUID> entry : wanted) {
      EntityTable table = tables.of(entry.getKey());
      Optional<Map<String, Object>> record = table.find(c, entry.getValue());
      if (record.isPresent()) {
        long version = versionOf(c, table, entry.getValue());
        changes.add(new Change(entry.getKey(), entry.getValue(), version, record.get()));
      } else {
        long version =
            Tombstones.find(c, entry.getKey(), entry.getValue())
                .map(Tombstones.Tombstone::version)
                .orElse(0L);
        changes.add(new Change(entry.getKey(), entry.getValue(), version, null));
      }
    }
    return changes;
  }

  private List<Row> scan(Connection c, UUID orgId, long cursor, int limit) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement query = c.prepareStatement(scan)) {
      int i = 1;
      for (int t = 0; t <= tables.all().size(); t++) {
        query.setObject(i++, orgId);
        query.setLong(i++, cursor);
        query.setInt(i++, limit);
      }
      query.setInt(i, limit);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.add(
              new Row(
                  EntityType.fromWireName(result.getString(1)).orElseThrow(),
                  result.getObject(2, UUID.class),
                  result.getLong(3),
                  result.getBoolean(4)));
        }
      }
    }
    return rows;
  }

  private List<Change> changes(Connection c, List<Row> page) throws SQLException {
    Map<EntityType, List<UUID>> ids = new EnumMap<>(EntityType.class);
    for (Row row : page) {
      if (!row.deleted()) {
        ids.computeIfAbsent(row.entity(), e -> new ArrayList<>()).add(row.id());
      }
    }
    Map<EntityType, Map<UUID, Map<String, Object>>> records = new EnumMap<>(EntityType.class);
    for (Map.Entry<EntityType, List<UUID>> entry : ids.entrySet()) {
      records.put(entry.getKey(), tables.of(entry.getKey()).load(c, entry.getValue()));
    }
    List<Change> changes = new ArrayList<>(page.size());
    for (Row row : page) {
      if (row.deleted()) {
        changes.add(new Change(row.entity(), row.id(), row.version(), null));
        continue;
      }
      Map<String, Object> record = records.get(row.entity()).get(row.id());
      // Deleted since the scan: its tombstone has a higher version and comes in a later page.
      if (record != null) {
        changes.add(new Change(row.entity(), row.id(), row.version(), record));
      }
    }
    return changes;
  }

  private static long versionOf(Connection c, EntityTable table, UUID id) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("select version from " + table.table() + " where id = ?")) {
      query.setObject(1, id);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getLong(1) : 0L;
      }
    }
  }
}
