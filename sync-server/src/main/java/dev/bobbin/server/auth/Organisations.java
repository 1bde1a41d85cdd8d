package dev.bobbin.server.auth;

import dev.bobbin.server.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/** Creating an organisation, which only bootstrap and the demo do. */
final class Organisations {
  private Organisations() {}

  /**
   * Creates the organisation and switches {@code c}'s transaction to it, so that row-level security
   * lets the rest of the transaction fill it.
   */
  static void create(Connection c, UUID orgId, String name) throws SQLException {
    Sql.one(
        c,
        "select set_config('bobbin.org_id', ?, true)",
        row -> row.getString(1),
        orgId.toString());
    Sql.update(c, "insert into organisation (id, name) values (?, ?)", orgId, name);
    Sql.update(c, "insert into org_version (org_id, version) values (?, 0)", orgId);
  }

  /** The organisation of an e-mail address, looked up across organisations by exact match. */
  static java.util.Optional<UUID> ofEmail(Connection c, String email) throws SQLException {
    return Sql.one(
            c,
            "select bobbin_org_of_email(?)",
            row -> java.util.Optional.ofNullable(row.getObject(1, UUID.class)),
            email)
        .flatMap(o -> o);
  }
}
