package dev.bobbin.desktop.inventory;

import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.MutationKind;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;

/** Inserts items, their zero balances and their outbox entries with plain JDBC batches. */
final class ItemBulkInsert {
  private static final int BATCH = 1000;
  private static final String ITEM =
      "INSERT INTO item (id, sku, name, category, colour_name, colour_hex, size, unit, location,"
          + " unit_cost_amount, unit_cost_currency, barcode, reorder_point, reorder_quantity,"
          + " archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String BALANCE =
      "INSERT INTO item_balance (item_id, on_hand, updated_at) VALUES (?, 0, ?)";

  private final Outbox outbox;
  private final Clock clock;

  ItemBulkInsert(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  void insert(Session session, List<Item> items) {
    // Rows the session still holds must reach the database before ours do.
    session.flush();
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    session.doWork(
        c -> {
          try (PreparedStatement item = c.prepareStatement(ITEM);
              PreparedStatement balance = c.prepareStatement(BALANCE)) {
            for (int i = 0; i < items.size(); i++) {
              bind(item, items.get(i));
              item.addBatch();
              balance.setObject(1, items.get(i).id());
              balance.setObject(2, now);
              balance.addBatch();
              if (i % BATCH == BATCH - 1) {
                item.executeBatch();
                balance.executeBatch();
              }
            }
            item.executeBatch();
            balance.executeBatch();
          }
        });
    outbox.recordAll(session, EntityType.ITEM, MutationKind.CREATE, items, Item::id);
  }

  private static void bind(PreparedStatement ps, Item item) throws SQLException {
    ps.setObject(1, item.id());
    ps.setString(2, item.sku());
    ps.setString(3, item.name());
    ps.setString(4, item.category().name());
    ps.setString(5, item.colourName());
    ps.setString(6, item.colourHex());
    ps.setString(7, item.size());
    ps.setString(8, item.unit().name());
    ps.setString(9, item.location());
    ps.setBigDecimal(10, item.unitCost().amount());
    ps.setString(11, item.unitCost().currency().getCurrencyCode());
    ps.setString(12, item.barcode());
    ps.setBigDecimal(13, item.reorderPoint());
    ps.setBigDecimal(14, item.reorderQuantity());
    ps.setBoolean(15, item.archived());
  }
}
