package dev.bobbin.desktop.inventory;

import static dev.bobbin.desktop.store.Decimals.canonical;

import dev.bobbin.model.inventory.Reservation;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** The {@code reservation} row. */
@Entity
@Table(name = "reservation")
class ReservationEntity {
  @Id UUID id;
  UUID itemId;
  UUID productionOrderId;
  BigDecimal quantity;
  boolean released;

  static ReservationEntity of(Reservation r) {
    ReservationEntity e = new ReservationEntity();
    e.id = r.id();
    e.itemId = r.itemId();
    e.productionOrderId = r.productionOrderId();
    e.quantity = r.quantity();
    e.released = r.released();
    return e;
  }

  Reservation toRecord() {
    return new Reservation(id, itemId, productionOrderId, canonical(quantity), released);
  }
}
