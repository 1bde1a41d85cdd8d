package dev.bobbin.server.quotes;

import dev.bobbin.model.common.DocumentNumbers;
import dev.bobbin.server.db.Sql;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Numbers of the documents the server makes itself (quotes priced over the API, requests from a
 * website, orders converted from quotes). The server holds a device prefix of its own in the
 * organisation's {@code device} table ({@code WEB} when free), so its numbers never clash with a
 * desktop's; the sequence is the highest of its numbers of that kind plus one. Callers hold the
 * organisation's version lock, so two requests never take the same number.
 */
final class ServerNumbers {
  /** The server's {@code client_id} in the {@code device} table. */
  static final UUID SERVER_CLIENT = new UUID(0, 0);

  private static final String PREFERRED = "WEB";
  private static final int ATTEMPTS = 100;

  private final SecureRandom random = new SecureRandom();

  /** The next number of {@code kind} ({@code Q}, {@code PO}) in table {@code table}. */
  String next(Connection c, UUID orgId, String kind, String table) throws SQLException {
    String prefix = prefix(c, orgId);
    String start = kind + "-" + prefix + "-";
    long highest =
        Sql.one(
                c,
                "select coalesce(max(substring(number from length(?) + 1)::bigint), 0) from "
                    + table
                    + " where org_id = ? and number like ? and substring(number from length(?) + 1)"
                    + " ~ '^[0-9]{1,18}$'",
                row -> row.getLong(1),
                start,
                orgId,
                start + "%",
                start)
            .orElse(0L);
    return DocumentNumbers.format(kind, prefix, highest + 1);
  }

  private String prefix(Connection c, UUID orgId) throws SQLException {
    Optional<String> held = held(c, orgId);
    if (held.isPresent()) {
      return held.get();
    }
    String candidate = PREFERRED;
    for (int i = 0; i < ATTEMPTS; i++) {
      int added =
          Sql.update(
              c,
              "insert into device (org_id, client_id, prefix, registered_at)"
                  + " values (?, ?, ?, now()) on conflict do nothing",
              orgId,
              SERVER_CLIENT,
              candidate);
      if (added == 1) {
        return candidate;
      }
      candidate = DocumentNumbers.newDevicePrefix(random, 4);
    }
    throw new IllegalStateException("No free device prefix for the server in " + ATTEMPTS);
  }

  private static Optional<String> held(Connection c, UUID orgId) throws SQLException {
    return Sql.one(
        c,
        "select prefix from device where org_id = ? and client_id = ?",
        row -> row.getString(1),
        orgId,
        SERVER_CLIENT);
  }
}
