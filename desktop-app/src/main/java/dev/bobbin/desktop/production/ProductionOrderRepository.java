package dev.bobbin.desktop.production;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.RecordTable;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.RowMapping;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.sync.EntityType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Production orders. They are created, and change status, through {@link ProductionService}, which
 * keeps stages and reservations in step; this repository edits the other fields and reads.
 */
public final class ProductionOrderRepository {
  private final RecordTable<ProductionOrder, ProductionOrderEntity> table;

  public ProductionOrderRepository(LocalStore store, Outbox outbox) {
    this.table =
        new RecordTable<>(
            store,
            outbox,
            new RowMapping<>(
                EntityType.PRODUCTION_ORDER,
                ProductionOrder.class,
                ProductionOrderEntity.class,
                ProductionOrderEntity::of,
                ProductionOrderEntity::toRecord,
                ProductionOrder::id));
  }

  /** This table as the sync engine writes pulled rows into it. */
  public RemoteTable remote() {
    return table;
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(ProductionOrderEntity.class);
  }

  /**
   * Saves changed fields such as due date, priority or notes.
   *
   * @throws IllegalArgumentException when the status differs: use {@link
   *     ProductionService#changeStatus}
   */
  public ProductionOrder update(ProductionOrder before, ProductionOrder after) {
    if (before.status() != after.status()) {
      throw new IllegalArgumentException("An order's status changes through ProductionService");
    }
    return table.update(before, after);
  }

  public Optional<ProductionOrder> findById(UUID id) {
    return table.findById(id);
  }

  public Optional<ProductionOrder> findByNumber(String number) {
    return table
        .find(
            s ->
                s.createSelectionQuery(
                        "from ProductionOrderEntity where number = :number",
                        ProductionOrderEntity.class)
                    .setParameter("number", number.trim())
                    .setMaxResults(1)
                    .getResultList())
        .stream()
        .findFirst();
  }

  /** The orders in any of {@code statuses}, soonest due first. */
  public List<ProductionOrder> withStatus(Set<OrderStatus> statuses) {
    return table.find(
        s ->
            s.createSelectionQuery(
                    "from ProductionOrderEntity where status in :statuses order by dueDate, number",
                    ProductionOrderEntity.class)
                .setParameter("statuses", statuses.stream().map(Enum::name).toList())
                .getResultList());
  }

  /** The orders with these ids that exist. */
  public List<ProductionOrder> withIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return table.find(
        s ->
            s.createSelectionQuery(
                    "from ProductionOrderEntity where id in :ids", ProductionOrderEntity.class)
                .setParameter("ids", ids)
                .getResultList());
  }

  /** Every order, soonest due first. */
  public List<ProductionOrder> all() {
    return withStatus(Set.of(OrderStatus.values()));
  }

  /** Open orders due before {@code today}. */
  public List<ProductionOrder> overdue(LocalDate today) {
    return withStatus(Set.of(OrderStatus.PLANNED, OrderStatus.IN_PROGRESS, OrderStatus.ON_HOLD))
        .stream()
        .filter(o -> o.isOverdue(today))
        .toList();
  }

  ProductionOrder create(ProductionOrder order) {
    return table.create(order);
  }

  ProductionOrder changeStatus(ProductionOrder before, ProductionOrder after) {
    return table.update(before, after);
  }
}
