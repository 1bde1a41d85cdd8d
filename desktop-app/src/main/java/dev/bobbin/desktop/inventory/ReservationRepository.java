package dev.bobbin.desktop.inventory;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.RecordTable;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.RowMapping;
import dev.bobbin.model.inventory.Reservation;
import dev.bobbin.model.sync.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Material held for started production orders. */
public final class ReservationRepository {
  private final RecordTable<Reservation, ReservationEntity> table;

  public ReservationRepository(LocalStore store, Outbox outbox) {
    this.table =
        new RecordTable<>(
            store,
            outbox,
            new RowMapping<>(
                EntityType.RESERVATION,
                Reservation.class,
                ReservationEntity.class,
                ReservationEntity::of,
                ReservationEntity::toRecord,
                Reservation::id));
  }

  /** This table as the sync engine writes pulled rows into it. */
  public RemoteTable remote() {
    return table;
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(ReservationEntity.class);
  }

  public Reservation create(Reservation reservation) {
    return table.create(reservation);
  }

  /** Gives the material back to available stock. */
  public Reservation release(Reservation reservation) {
    return table.update(reservation, reservation.release());
  }

  public Optional<Reservation> findById(UUID id) {
    return table.findById(id);
  }

  /** The reservations of one order that still hold material. */
  public List<Reservation> activeForOrder(UUID orderId) {
    return table.find(
        s ->
            s.createSelectionQuery(
                    "from ReservationEntity where productionOrderId = :order and released = false"
                        + " order by id",
                    ReservationEntity.class)
                .setParameter("order", orderId)
                .getResultList());
  }

  /** Every reservation that still holds material. */
  public List<Reservation> active() {
    return table.find(
        s ->
            s.createSelectionQuery(
                    "from ReservationEntity where released = false order by id",
                    ReservationEntity.class)
                .getResultList());
  }

  /** The reservations that hold some of one item. */
  public List<Reservation> activeForItem(UUID itemId) {
    return table.find(
        s ->
            s.createSelectionQuery(
                    "from ReservationEntity where itemId = :item and released = false order by id",
                    ReservationEntity.class)
                .setParameter("item", itemId)
                .getResultList());
  }
}
