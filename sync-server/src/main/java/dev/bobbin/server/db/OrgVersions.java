package dev.bobbin.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/** The per-organisation version counter that stamps every changed row (see V1's header). */
public final class OrgVersions {
  private OrgVersions() {}

  /**
   * Locks the organisation's counter row until the transaction ends, bumps it and returns the new
   * value, so that versions become visible in commit order.
   */
  public static long next(Connection c, UUID orgId) throws SQLException {
    return Sql.one(
            c,
            "update org_version set version = version + 1 where org_id = ? returning version",
            row -> row.getLong(1),
            orgId)
        .orElseThrow(() -> new SQLException("No version row for organisation " + orgId));
  }
}
