package dev.bobbin.desktop.demo;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.inventory.MovementReason;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a large stock ledger with plain JDBC batches, for the large-export test and the
 * benchmarks: {@code count} lines spread over the given items and one year before {@code end},
 * oldest first. The lines are not queued for sync (no outbox entries); balances are recomputed at
 * the end so on hand still equals the ledger.
 */
public final class BulkLedger {
  private static final int BATCH = 5_000;
  private static final int PER_TRANSACTION = 50_000;
  private static final long YEAR_SECONDS = 365L * 24 * 3600;
  private static final String INSERT =
      "INSERT INTO stock_movement (id, item_id, quantity, reason, counted_quantity, reference,"
          + " note, user_id, at, device_id) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, 'bulk')";

  private final LocalStore store;

  public BulkLedger(LocalStore store) {
    this.store = store;
  }

  /** Adds {@code count} ledger lines for {@code itemIds}, made by {@code userId}. */
  public void write(List<UUID> itemIds, UUID userId, long count, Instant end) {
    Random random = new Random(count);
    long start = end.getEpochSecond() - YEAR_SECONDS;
    long written = 0;
    while (written < count) {
      long from = written;
      long upTo = Math.min(count, written + PER_TRANSACTION);
      store.runInTransaction(
          s ->
              s.doWork(
                  c -> {
                    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                      for (long i = from; i < upTo; i++) {
                        boolean receive = random.nextInt(4) == 0;
                        ps.setObject(1, Ids.newId());
                        ps.setObject(2, itemIds.get((int) (i % itemIds.size())));
                        ps.setBigDecimal(
                            3,
                            BigDecimal.valueOf(
                                receive ? 50 + random.nextInt(200) : -1 - random.nextInt(20)));
                        ps.setString(
                            4, (receive ? MovementReason.RECEIVE : MovementReason.CONSUME).name());
                        ps.setString(5, receive ? "GRN-" + i : "PO-" + (i % 997));
                        ps.setString(6, i % 10 == 0 ? "=note, with \"quotes\"" : null);
                        ps.setObject(7, userId);
                        ps.setObject(
                            8,
                            Instant.ofEpochSecond(start + i * YEAR_SECONDS / count)
                                .atOffset(ZoneOffset.UTC));
                        ps.addBatch();
                        if ((i + 1) % BATCH == 0) {
                          ps.executeBatch();
                        }
                      }
                      ps.executeBatch();
                    }
                  }));
      written = upTo;
    }
    store.runInTransaction(
        s ->
            s.doWork(
                c -> {
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "UPDATE item_balance b SET on_hand = (SELECT COALESCE(SUM(m.quantity), 0)"
                              + " FROM stock_movement m WHERE m.item_id = b.item_id)")) {
                    ps.executeUpdate();
                  }
                }));
  }

  /** The ids of every item, for {@link #write}. */
  public List<UUID> itemIds() {
    return store.inTransaction(
        s ->
            s.doReturningWork(
                c -> {
                  List<UUID> ids = new ArrayList<>();
                  try (PreparedStatement ps =
                          c.prepareStatement("SELECT id FROM item ORDER BY id");
                      var rs = ps.executeQuery()) {
                    while (rs.next()) {
                      ids.add(rs.getObject(1, UUID.class));
                    }
                  }
                  return ids;
                }));
  }
}
