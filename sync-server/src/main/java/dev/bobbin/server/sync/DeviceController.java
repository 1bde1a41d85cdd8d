package dev.bobbin.server.sync;

import dev.bobbin.model.common.DocumentNumbers;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The short prefix of each device's document numbers ({@code PO-K7M-0042}), unique in its
 * organisation: a device proposes the one it made up offline, and keeps it if no other device of
 * the organisation holds it; otherwise the server hands out a free one, and the device renames the
 * documents it made under the proposed one (none of them has reached the server yet).
 */
final class DeviceController {
  private static final String PATH = Route.API + "/sync/device";
  private static final int ATTEMPTS = 200;

  private final SecureRandom random = new SecureRandom();

  record Claim(String prefix) {}

  List<Route> routes() {
    return List.of(Route.post(PATH, Access.ANY_PRINCIPAL, this::claim));
  }

  private void claim(Context ctx) throws SQLException {
    UUID orgId = SyncController.author(RequestContext.principal(ctx)).orgId();
    UUID clientId = SyncController.clientId(ctx);
    Claim claim = ctx.bodyAsClass(Claim.class);
    if (claim == null
        || claim.prefix() == null
        || !DocumentNumbers.isDevicePrefix(claim.prefix())) {
      throw ProblemException.invalid(
          "The body must be {\"prefix\": …} with 2 to 4 capital letters or digits.");
    }
    Connection c = RequestContext.connection(ctx);
    String prefix = held(c, clientId).orElse(null);
    if (prefix == null) {
      prefix = claimed(c, orgId, clientId, claim.prefix());
    }
    ctx.json(Map.of("prefix", prefix, "changed", !prefix.equals(claim.prefix())));
  }

  private static Optional<String> held(Connection c, UUID clientId) throws SQLException {
    return Sql.one(
        c, "select prefix from device where client_id = ?", row -> row.getString(1), clientId);
  }

  /** The proposed prefix if it is free, else a free one of the same kind. */
  private String claimed(Connection c, UUID orgId, UUID clientId, String proposed)
      throws SQLException {
    String candidate = proposed;
    for (int i = 0; i < ATTEMPTS; i++) {
      int added =
          Sql.update(
              c,
              "insert into device (org_id, client_id, prefix, registered_at)"
                  + " values (?, ?, ?, now()) on conflict do nothing",
              orgId,
              clientId,
              candidate);
      if (added == 1) {
        return candidate;
      }
      Optional<String> mine = held(c, clientId); // the same device, asking twice at once
      if (mine.isPresent()) {
        return mine.get();
      }
      // Longer prefixes once the short ones grow crowded: 32^3, then 32^4 of them.
      candidate = DocumentNumbers.newDevicePrefix(random, i < ATTEMPTS / 2 ? 3 : 4);
    }
    throw new IllegalStateException("No free device prefix found in " + ATTEMPTS + " tries");
  }
}
