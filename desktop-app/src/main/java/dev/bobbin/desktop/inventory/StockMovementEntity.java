package dev.bobbin.desktop.inventory;

import static dev.bobbin.desktop.store.Decimals.canonical;

import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockMovement;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The {@code stock_movement} row: inserted once, never updated. */
@Entity
@Table(name = "stock_movement")
class StockMovementEntity {
  @Id UUID id;
  UUID itemId;
  BigDecimal quantity;
  String reason;
  BigDecimal countedQuantity;
  String reference;
  String note;
  UUID userId;
  Instant at;
  String deviceId;

  static StockMovementEntity of(StockMovement m) {
    StockMovementEntity e = new StockMovementEntity();
    e.id = m.id();
    e.itemId = m.itemId();
    e.quantity = m.quantity();
    e.reason = m.reason().name();
    e.countedQuantity = m.countedQuantity();
    e.reference = m.reference();
    e.note = m.note();
    e.userId = m.userId();
    e.at = m.at();
    e.deviceId = m.deviceId();
    return e;
  }

  StockMovement toRecord() {
    return new StockMovement(
        id,
        itemId,
        canonical(quantity),
        MovementReason.valueOf(reason),
        canonical(countedQuantity),
        reference,
        note,
        userId,
        at,
        deviceId);
  }
}
