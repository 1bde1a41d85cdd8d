package dev.bobbin.desktop.production;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.RecordTable;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.RowMapping;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.sync.EntityType;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The stages of production orders. Stages are made with their order and move through {@link
 * ProductionService#transitionStage}; this repository edits assignee, quantities and notes.
 */
public final class ProductionStageRepository {
  private final RecordTable<ProductionStage, ProductionStageEntity> table;

  public ProductionStageRepository(LocalStore store, Outbox outbox) {
    this.table =
        new RecordTable<>(
            store,
            outbox,
            new RowMapping<>(
                EntityType.PRODUCTION_STAGE,
                ProductionStage.class,
                ProductionStageEntity.class,
                ProductionStageEntity::of,
                ProductionStageEntity::toRecord,
                ProductionStage::id));
  }

  /** This table as the sync engine writes pulled rows into it. */
  public RemoteTable remote() {
    return table;
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(ProductionStageEntity.class);
  }

  /**
   * Saves changed fields such as assignee, quantities done and rejected, or notes.
   *
   * @throws IllegalArgumentException when the status or its times differ: stages move only through
   *     {@link ProductionService#transitionStage}
   */
  public ProductionStage update(ProductionStage before, ProductionStage after) {
    if (before.status() != after.status()
        || !Objects.equals(before.startedAt(), after.startedAt())
        || !Objects.equals(before.finishedAt(), after.finishedAt())) {
      throw new IllegalArgumentException("A stage moves only through ProductionService");
    }
    return table.update(before, after);
  }

  public Optional<ProductionStage> findById(UUID id) {
    return table.findById(id);
  }

  /** The stages of one order, in workflow order. */
  public List<ProductionStage> forOrder(UUID orderId) {
    return table.find(
        s ->
            s.createSelectionQuery(
                    "from ProductionStageEntity where orderId = :order order by sequence",
                    ProductionStageEntity.class)
                .setParameter("order", orderId)
                .getResultList());
  }

  /** The stages of these orders, by order and sequence. */
  public List<ProductionStage> forOrders(Collection<UUID> orderIds) {
    if (orderIds.isEmpty()) {
      return List.of();
    }
    return table.find(
        s ->
            s.createSelectionQuery(
                    "from ProductionStageEntity where orderId in :orders order by orderId, sequence",
                    ProductionStageEntity.class)
                .setParameter("orders", orderIds)
                .getResultList());
  }

  /** The {@code limit} stages finished last (with both times), latest first: stage history. */
  public List<ProductionStage> latestFinished(int limit) {
    return table.find(
        s ->
            s.createSelectionQuery(
                    "from ProductionStageEntity where status = 'DONE' and startedAt is not null"
                        + " and finishedAt is not null order by finishedAt desc",
                    ProductionStageEntity.class)
                .setMaxResults(limit)
                .getResultList());
  }

  ProductionStage create(ProductionStage stage) {
    return table.create(stage);
  }

  ProductionStage move(ProductionStage before, ProductionStage after) {
    return table.update(before, after);
  }
}
