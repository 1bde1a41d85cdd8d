package dev.bobbin.desktop.inventory;

import dev.bobbin.model.inventory.StockMovement;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** Inserts ledger lines and moves the cached balances with them, in plain JDBC batches. */
final class LedgerBulkInsert {
  private static final int BATCH = 1000;

  /** One ledger line, bound by {@link #bind} (pulled lines are written the same way). */
  static final String LINE =
      "INSERT INTO stock_movement (id, item_id, quantity, reason, counted_quantity, reference,"
          + " note, user_id, at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String BALANCE =
      "MERGE INTO item_balance b USING (VALUES (CAST(? AS UUID), CAST(? AS NUMERIC(19, 3)),"
          + " CAST(? AS TIMESTAMP WITH TIME ZONE))) AS d (item_id, delta, at)"
          + " ON b.item_id = d.item_id"
          + " WHEN MATCHED THEN UPDATE SET on_hand = b.on_hand + d.delta, updated_at = d.at"
          + " WHEN NOT MATCHED THEN INSERT (item_id, on_hand, updated_at)"
          + " VALUES (d.item_id, d.delta, d.at)";

  private LedgerBulkInsert() {}

  static void insert(Session session, List<StockMovement> lines, Instant now) {
    session.flush();
    Map<UUID, BigDecimal> deltas = new HashMap<>();
    OffsetDateTime stamp = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    session.doWork(
        c -> {
          try (PreparedStatement line = c.prepareStatement(LINE);
              PreparedStatement balance = c.prepareStatement(BALANCE)) {
            for (int i = 0; i < lines.size(); i++) {
              StockMovement m = lines.get(i);
              bind(line, m);
              line.addBatch();
              deltas.merge(m.itemId(), m.quantity(), BigDecimal::add);
              if (i % BATCH == BATCH - 1) {
                line.executeBatch();
              }
            }
            line.executeBatch();
            int n = 0;
            for (Map.Entry<UUID, BigDecimal> d : deltas.entrySet()) {
              balance.setObject(1, d.getKey());
              balance.setBigDecimal(2, d.getValue());
              balance.setObject(3, stamp);
              balance.addBatch();
              if (++n % BATCH == 0) {
                balance.executeBatch();
              }
            }
            balance.executeBatch();
          }
        });
  }

  static void bind(PreparedStatement ps, StockMovement m) throws SQLException {
    ps.setObject(1, m.id());
    ps.setObject(2, m.itemId());
    ps.setBigDecimal(3, m.quantity());
    ps.setString(4, m.reason().name());
    ps.setBigDecimal(5, m.countedQuantity());
    ps.setString(6, m.reference());
    ps.setString(7, m.note());
    ps.setObject(8, m.userId());
    ps.setObject(9, OffsetDateTime.ofInstant(m.at(), ZoneOffset.UTC));
    ps.setString(10, m.deviceId());
  }
}
