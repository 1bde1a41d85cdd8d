package dev.bobbin.desktop.inventory;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.model.inventory.StockLedger;
import dev.bobbin.model.inventory.StockMovement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the stock ledger. Lines are written only by {@link InventoryService#record}, which keeps
 * the cached balance and the outbox in step.
 */
public final class StockMovementRepository {
  private final LocalStore store;

  public StockMovementRepository(LocalStore store) {
    this.store = store;
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(StockMovementEntity.class);
  }

  public Optional<StockMovement> findById(UUID id) {
    return store.inTransaction(
        s -> Optional.ofNullable(s.find(StockMovementEntity.class, id)).map(e -> e.toRecord()));
  }

  /** Every line of one item, oldest first. */
  public List<StockMovement> forItem(UUID itemId) {
    return store.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    "from StockMovementEntity where itemId = :item order by at, id",
                    StockMovementEntity.class)
                .setParameter("item", itemId)
                .getResultList()
                .stream()
                .map(StockMovementEntity::toRecord)
                .toList());
  }

  /** The most recent lines of every item, newest first, for the dashboard's activity. */
  public List<StockMovement> latest(int limit) {
    return store.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    "from StockMovementEntity order by at desc, id desc", StockMovementEntity.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(StockMovementEntity::toRecord)
                .toList());
  }

  /** One item's history, oldest first, each line with the balance after it. */
  public List<StockLedger.Line> history(UUID itemId) {
    return StockLedger.history(forItem(itemId));
  }
}
