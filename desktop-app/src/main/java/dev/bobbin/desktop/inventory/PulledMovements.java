package dev.bobbin.desktop.inventory;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.desktop.store.OutboxEntry;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.desktop.store.StoreJson;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.sync.EntityType;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Ledger lines from the server: inserted only if absent (a line's id is its idempotency key), each
 * adding its quantity to the cached balance in the same transaction. Plain JDBC: a first pull can
 * bring a million of them.
 */
final class PulledMovements implements RemoteTable {
  private static final String EXISTS = "SELECT 1 FROM stock_movement WHERE id = ?";

  private final ObjectMapper mapper = StoreJson.newMapper();
  private final Clock clock;

  PulledMovements(Clock clock) {
    this.clock = clock;
  }

  @Override
  public EntityType type() {
    return EntityType.STOCK_MOVEMENT;
  }

  @Override
  public void applyRemote(Session session, Map<String, Object> record) {
    insertIfAbsent(session, read(record));
  }

  /**
   * The lines of a page at once: one query for those already here, one batch of inserts for the
   * others, and each item's balance moved once by the sum of its new lines — what {@link
   * #applyRemote} does line by line, in a handful of statements.
   */
  @Override
  public void applyRemoteAll(Session session, List<Map<String, Object>> records) {
    if (records.size() < 2) {
      records.forEach(r -> applyRemote(session, r));
      return;
    }
    Map<UUID, StockMovement> lines = new LinkedHashMap<>();
    for (Map<String, Object> record : records) {
      StockMovement line = read(record);
      lines.putIfAbsent(line.id(), line);
    }
    session.flush();
    session.doWork(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT id FROM stock_movement WHERE id = ANY(?)")) {
            ps.setObject(1, lines.keySet().toArray(UUID[]::new));
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                lines.remove(rs.getObject(1, UUID.class));
              }
            }
          }
          if (lines.isEmpty()) {
            return;
          }
          Map<UUID, BigDecimal> deltas = new LinkedHashMap<>();
          try (PreparedStatement ps = c.prepareStatement(LedgerBulkInsert.LINE)) {
            for (StockMovement m : lines.values()) {
              LedgerBulkInsert.bind(ps, m);
              ps.addBatch();
              deltas.merge(m.itemId(), m.quantity(), BigDecimal::add);
            }
            ps.executeBatch();
          }
          OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
          List<UUID> items = List.copyOf(deltas.keySet());
          int[] updated;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE item_balance SET on_hand = on_hand + ?, updated_at = ?"
                      + " WHERE item_id = ?")) {
            for (UUID item : items) {
              ps.setBigDecimal(1, deltas.get(item));
              ps.setObject(2, now);
              ps.setObject(3, item);
              ps.addBatch();
            }
            updated = ps.executeBatch();
          }
          for (int i = 0; i < items.size(); i++) {
            if (updated[i] == 0) {
              // No cached balance yet: from the ledger, these lines included.
              ensureBalance(c, items.get(i), clock);
            }
          }
        });
  }

  @Override
  public void deleteRemote(Session session, UUID id) {
    // Only a rejected line of this device is ever taken back; the server never deletes lines.
    session.doWork(
        c -> {
          UUID itemId = null;
          BigDecimal quantity = null;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT item_id, quantity FROM stock_movement WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                itemId = rs.getObject(1, UUID.class);
                quantity = rs.getBigDecimal(2);
              }
            }
          }
          if (itemId == null) {
            return;
          }
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM stock_movement WHERE id = ?")) {
            ps.setObject(1, id);
            ps.executeUpdate();
          }
          addToBalance(c, itemId, quantity.negate());
        });
  }

  @Override
  public void reapply(Session session, OutboxEntry pending) {
    try {
      insertIfAbsent(session, mapper.readValue(pending.payload(), StockMovement.class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private StockMovement read(Map<String, Object> record) {
    try {
      return mapper.convertValue(record, StockMovement.class);
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "Bobbin could not read a stock movement from the server: " + e.getMessage(), e);
    }
  }

  private void insertIfAbsent(Session session, StockMovement m) {
    session.flush();
    session.doWork(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(EXISTS)) {
            ps.setObject(1, m.id());
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                return;
              }
            }
          }
          try (PreparedStatement ps = c.prepareStatement(LedgerBulkInsert.LINE)) {
            LedgerBulkInsert.bind(ps, m);
            ps.executeUpdate();
          }
          addToBalance(c, m.itemId(), m.quantity());
        });
  }

  private void addToBalance(Connection c, UUID itemId, BigDecimal quantity) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE item_balance SET on_hand = on_hand + ?, updated_at = ? WHERE item_id = ?")) {
      ps.setBigDecimal(1, quantity);
      ps.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      ps.setObject(3, itemId);
      if (ps.executeUpdate() == 1) {
        return;
      }
    }
    ensureBalance(c, itemId, clock);
  }

  /**
   * Gives an item without a cached balance one, from its ledger; an item not here yet gets it when
   * it arrives. Lines of an item may arrive before the item itself.
   */
  static void ensureBalance(Connection c, UUID itemId, Clock clock) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO item_balance (item_id, on_hand, updated_at)"
                + " SELECT i.id, (SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movement m"
                + " WHERE m.item_id = i.id), ? FROM item i WHERE i.id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM item_balance b WHERE b.item_id = i.id)")) {
      ps.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      ps.setObject(2, itemId);
      ps.executeUpdate();
    }
  }
}
