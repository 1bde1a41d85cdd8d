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
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Ledger lines from the server: inserted only if absent (a line's id is its idempotency key), each
 * adding its quantity to the cached balance in the same transaction. Plain JDBC: a first pull can
 * bring a million of them.
 */
final class PulledMovements implements RemoteTable {
  private static final String INSERT =
      "INSERT INTO stock_movement (id, item_id, quantity, reason, counted_quantity, reference,"
          + " note, user_id, at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
          try (PreparedStatement ps = c.prepareStatement(INSERT)) {
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
