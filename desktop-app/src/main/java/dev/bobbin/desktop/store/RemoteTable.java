package dev.bobbin.desktop.store;

import dev.bobbin.model.sync.EntityType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The sync engine's way into one local table: rows as the server has them, written without outbox
 * entries (they are not local changes), and pending local changes re-applied on top of them
 * (invariant 4). Every method runs in the caller's transaction.
 */
public interface RemoteTable {
  EntityType type();

  /** Inserts or replaces the row with the server's {@code record} (JSON field values). */
  void applyRemote(Session session, Map<String, Object> record);

  /**
   * Applies several records of this type, in order, as {@link #applyRemote} would one by one. A
   * table that many rows arrive for (the ledger) writes them with JDBC batches.
   */
  default void applyRemoteAll(Session session, List<Map<String, Object>> records) {
    for (Map<String, Object> record : records) {
      applyRemote(session, record);
    }
  }

  /** Removes the row, if there is one: the server deleted it. */
  void deleteRemote(Session session, UUID id);

  /**
   * Writes a local change that the server has not acknowledged yet onto the row again, so a pull
   * never erases it. A change that no longer fits (its record is gone, or the merged record breaks
   * a rule) is skipped here; the server decides about it when it is pushed.
   */
  void reapply(Session session, OutboxEntry pending);
}
