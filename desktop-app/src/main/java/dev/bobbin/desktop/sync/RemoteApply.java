package dev.bobbin.desktop.sync;

import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.OutboxEntry;
import dev.bobbin.desktop.store.OutboxStatus;
import dev.bobbin.desktop.store.RemoteTables;
import dev.bobbin.model.sync.Change;
import dev.bobbin.model.sync.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes the server's rows into the local tables and then puts pending local work back on top
 * (invariant 4). Runs inside the caller's transaction.
 */
final class RemoteApply {
  private final RemoteTables tables;
  private final Outbox outbox;

  RemoteApply(RemoteTables tables, Outbox outbox) {
    this.tables = tables;
    this.outbox = outbox;
  }

  /**
   * Applies {@code changes} in order, then re-applies pending entries of the records touched.
   * Consecutive records of one type go to their table together (a page of a first pull is mostly
   * ledger lines, which it writes in batches); deletions go one by one, in their place.
   */
  void apply(Session session, Collection<Change> changes) {
    apply(session, changes, 0);
  }

  /**
   * Like {@link #apply(Session, Collection)}, for a pulled page: pending entries the server has
   * already applied ({@code mutationId <= serverApplied}, their answer was lost) are already in the
   * pulled rows and are not put on top again, or they would hide later changes of other devices
   * that the server ordered after them.
   */
  void apply(Session session, Collection<Change> changes, long serverApplied) {
    Set<UUID> touched = new LinkedHashSet<>();
    List<Map<String, Object>> run = new ArrayList<>();
    EntityType runType = null;
    for (Change change : changes) {
      if (runType != null && (change.deleted() || change.entity() != runType)) {
        tables.of(runType).applyRemoteAll(session, run);
        run.clear();
        runType = null;
      }
      if (change.deleted()) {
        tables.of(change.entity()).deleteRemote(session, change.id());
      } else {
        runType = change.entity();
        run.add(change.record());
      }
      touched.add(change.id());
    }
    if (runType != null) {
      tables.of(runType).applyRemoteAll(session, run);
    }
    reapplyPending(session, touched, serverApplied);
  }

  /** Puts every outbox entry of {@code records} back on top of the rows now stored. */
  void reapplyPending(Session session, Collection<UUID> records) {
    reapplyPending(session, records, 0);
  }

  private void reapplyPending(Session session, Collection<UUID> records, long serverApplied) {
    if (records.isEmpty() || outbox.isEmpty()) {
      return;
    }
    for (UUID id : records) {
      for (OutboxEntry entry : outbox.entriesFor(id)) {
        // A set-aside entry is never known to have landed: it stays visible (invariant 8).
        boolean landed =
            entry.mutationId() <= serverApplied && entry.status() == OutboxStatus.PENDING;
        if (!landed) {
          tables.of(entry.entity()).reapply(session, entry);
        }
      }
    }
  }
}
