package dev.bobbin.server.sync;

import dev.bobbin.server.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Hands out organisation versions for one transaction. It locks the organisation's version row
 * first (with an update, so that rolling back a mutation's savepoint cannot release the lock) and
 * holds it until commit: versions therefore become visible in commit order and pull never skips
 * one. The row is written once, at the end, with the last version handed out.
 */
final class VersionCounter {
  private final UUID orgId;
  private final long start;
  private long current;

  private VersionCounter(UUID orgId, long start) {
    this.orgId = orgId;
    this.start = start;
    this.current = start;
  }

  static VersionCounter lock(Connection c, UUID orgId) throws SQLException {
    long version =
        Sql.one(
                c,
                "update org_version set version = version where org_id = ? returning version",
                row -> row.getLong(1),
                orgId)
            .orElseThrow(() -> new SQLException("No version row for organisation " + orgId));
    return new VersionCounter(orgId, version);
  }

  long next() {
    current++;
    return current;
  }

  /** Stores the last version handed out; the commit then pokes live devices (V3 trigger). */
  void finish(Connection c) throws SQLException {
    if (current != start) {
      Sql.update(c, "update org_version set version = ? where org_id = ?", current, orgId);
    }
  }
}
