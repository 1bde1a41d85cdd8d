package dev.bobbin.server.sync;

import dev.bobbin.model.sync.Mutation;
import dev.bobbin.model.sync.MutationResult;
import dev.bobbin.model.sync.PushRequest;
import dev.bobbin.model.sync.PushResponse;
import dev.bobbin.server.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applies a push in the request's transaction: one savepoint per mutation, so a rejected one leaves
 * no trace while the rest of the batch goes on, and the client's last mutation id stored in the
 * same transaction, so a retried push changes nothing.
 */
final class PushService {
  // Integrity violations (a duplicate number, an e-mail address in use) are the record's fault.
  private static final String INTEGRITY_CLASS = "23";

  private final MutationApplier applier;
  private final LedgerPush ledger;

  PushService(MutationApplier applier, LedgerPush ledger) {
    this.applier = applier;
    this.ledger = ledger;
  }

  PushResponse push(Connection c, Author author, PushRequest request) throws SQLException {
    VersionCounter versions = VersionCounter.lock(c, author.orgId());
    UUID clientId = request.clientId();
    long handled = lastMutationId(c, clientId);
    Map<Long, MutationResult.Rejected> earlier = storedRejections(c, clientId, request, handled);
    List<Mutation> mutations = request.mutations();
    List<MutationResult> results = new ArrayList<>(mutations.size());
    int i = 0;
    while (i < mutations.size()) {
      Mutation mutation = mutations.get(i);
      if (mutation.mutationId() <= handled) {
        results.add(
            earlier.containsKey(mutation.mutationId())
                ? earlier.get(mutation.mutationId())
                : new MutationResult.Applied(mutation.mutationId(), true, 0));
        i++;
        continue;
      }
      int end = i;
      while (end < mutations.size() && LedgerPush.fits(mutations.get(end))) {
        end++;
      }
      if (end - i > 1) {
        // Ledger lines in a row: one set of statements for all of them, the same answers.
        results.addAll(
            ledger.apply(
                c,
                author,
                versions,
                mutations.subList(i, end),
                (m, rejection) -> reject(c, author, clientId, m, rejection),
                m -> applyOne(c, author, versions, clientId, m)));
        i = end;
        continue;
      }
      results.add(applyOne(c, author, versions, clientId, mutation));
      i++;
    }
    long last =
        Math.max(handled, request.mutations().get(request.mutations().size() - 1).mutationId());
    Sql.update(
        c,
        "insert into sync_client (org_id, client_id, last_mutation_id, user_id)"
            + " values (?, ?, ?, ?) on conflict (org_id, client_id) do update"
            + " set last_mutation_id = excluded.last_mutation_id, user_id = excluded.user_id,"
            + " last_push_at = now()",
        author.orgId(),
        clientId,
        last,
        author.userId());
    versions.finish(c);
    return new PushResponse(results, last);
  }

  private MutationResult applyOne(
      Connection c, Author author, VersionCounter versions, UUID clientId, Mutation mutation)
      throws SQLException {
    Savepoint savepoint = c.setSavepoint();
    try {
      MutationResult.Applied applied = applier.apply(c, author, versions, mutation);
      c.releaseSavepoint(savepoint);
      return applied;
    } catch (Rejection rejection) {
      c.rollback(savepoint);
      return reject(c, author, clientId, mutation, rejection);
    } catch (SQLException e) {
      if (e.getSQLState() == null || !e.getSQLState().startsWith(INTEGRITY_CLASS)) {
        throw e;
      }
      c.rollback(savepoint);
      return reject(
          c,
          author,
          clientId,
          mutation,
          new Rejection(
              Rejection.VALIDATION,
              "This clashes with another record (for example a number or an e-mail address"
                  + " already in use)."));
    }
  }

  private static MutationResult.Rejected reject(
      Connection c, Author author, UUID clientId, Mutation mutation, Rejection rejection)
      throws SQLException {
    Sql.update(
        c,
        "insert into sync_rejection (org_id, client_id, mutation_id, code, reason)"
            + " values (?, ?, ?, ?, ?) on conflict do nothing",
        author.orgId(),
        clientId,
        mutation.mutationId(),
        rejection.code(),
        rejection.reason());
    return new MutationResult.Rejected(mutation.mutationId(), rejection.code(), rejection.reason());
  }

  static long lastMutationId(Connection c, UUID clientId) throws SQLException {
    return Sql.one(
            c,
            "select last_mutation_id from sync_client where client_id = ?",
            row -> row.getLong(1),
            clientId)
        .orElse(0L);
  }

  private static Map<Long, MutationResult.Rejected> storedRejections(
      Connection c, UUID clientId, PushRequest request, long handled) throws SQLException {
    Map<Long, MutationResult.Rejected> rejections = new HashMap<>();
    long first = request.mutations().get(0).mutationId();
    if (first > handled) {
      return rejections;
    }
    for (MutationResult.Rejected rejected :
        Sql.list(
            c,
            "select mutation_id, code, reason from sync_rejection"
                + " where client_id = ? and mutation_id between ? and ?",
            row -> new MutationResult.Rejected(row.getLong(1), row.getString(2), row.getString(3)),
            clientId,
            first,
            handled)) {
      rejections.put(rejected.mutationId(), rejected);
    }
    return rejections;
  }
}
