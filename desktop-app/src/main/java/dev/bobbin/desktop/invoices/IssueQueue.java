package dev.bobbin.desktop.invoices;

import dev.bobbin.desktop.store.LocalStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Invoices waiting to be issued (table {@code invoice_issue_request}): asked for while offline, or
 * before their draft had reached the server. The sync engine issues them after its next push
 * ({@link #pending()}, {@link #done}, {@link #failed}); until then the invoice shows "will be
 * issued when online" — never a number made up on this device.
 */
public final class IssueQueue {
  /** One waiting request; {@code lastError} says why the server refused it, if it did. */
  public record Request(UUID invoiceId, Instant requestedAt, Optional<String> lastError) {}

  private final LocalStore store;
  private final Clock clock;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public IssueQueue(LocalStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Hears every change of the queue (on the thread that made it). */
  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  /** Asks for {@code invoiceId} to be issued (again, clearing an earlier refusal). */
  public void request(UUID invoiceId) {
    execute(
        "MERGE INTO invoice_issue_request (invoice_id, requested_at, last_error) KEY (invoice_id)"
            + " VALUES (?, ?, NULL)",
        invoiceId,
        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
  }

  /** Forgets the request: issued, or the user changed their mind. */
  public void done(UUID invoiceId) {
    execute("DELETE FROM invoice_issue_request WHERE invoice_id = ?", invoiceId);
  }

  /** Keeps the request with the server's reason, for the user to read, fix and retry. */
  public void failed(UUID invoiceId, String reason) {
    execute(
        "UPDATE invoice_issue_request SET last_error = ? WHERE invoice_id = ?",
        reason.length() > 1000 ? reason.substring(0, 1000) : reason,
        invoiceId);
  }

  /** Every waiting request, oldest first. */
  public Map<UUID, Request> all() {
    return store.inTransaction(
        s ->
            s.doReturningWork(
                c -> {
                  Map<UUID, Request> requests = new LinkedHashMap<>();
                  try (PreparedStatement ps =
                          c.prepareStatement(
                              "SELECT invoice_id, requested_at, last_error FROM"
                                  + " invoice_issue_request ORDER BY requested_at, invoice_id");
                      ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      UUID id = rs.getObject(1, UUID.class);
                      requests.put(
                          id,
                          new Request(
                              id,
                              rs.getObject(2, OffsetDateTime.class).toInstant(),
                              Optional.ofNullable(rs.getString(3))));
                    }
                  }
                  return requests;
                }));
  }

  /** The requests the engine should try now: those the server has not refused. */
  public List<UUID> pending() {
    return all().values().stream()
        .filter(r -> r.lastError().isEmpty())
        .map(Request::invoiceId)
        .toList();
  }

  private void execute(String sql, Object... params) {
    store.runInTransaction(
        s ->
            s.doWork(
                c -> {
                  try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < params.length; i++) {
                      ps.setObject(i + 1, params[i]);
                    }
                    ps.executeUpdate();
                  }
                }));
    listeners.forEach(Runnable::run);
  }
}
