package dev.bobbin.desktop.inventory;

import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.desktop.store.Decimals;
import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockLedger;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.MutationKind;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Changes stock, only ever by adding ledger lines. Each line, the item's cached balance and the
 * outbox entry commit together; a line's id is its idempotency key.
 */
public final class InventoryService {
  private final LocalStore store;
  private final Outbox outbox;
  private final CurrentUser user;
  private final Clock clock;

  public InventoryService(LocalStore store, Outbox outbox, CurrentUser user, Clock clock) {
    this.store = store;
    this.outbox = outbox;
    this.user = user;
    this.clock = clock;
  }

  /**
   * Adds a ledger line and updates the item's balance.
   *
   * @return {@code false} when a line with this id was already recorded (a doubled send or scan):
   *     nothing changes then
   * @throws ValidationException when the item is unknown or the quantity does not fit its unit
   */
  public boolean record(StockMovement movement) {
    return store.inTransaction(
        s -> {
          ItemEntity item = s.find(ItemEntity.class, movement.itemId());
          if (item == null) {
            throw new ValidationException("StockMovement", "itemId", "is not a known item");
          }
          movement.checkUnit(Unit.valueOf(item.unit));
          // Locking the balance first serialises lines of one item, the duplicate check included.
          ItemBalanceEntity balance = lockedBalance(s, movement.itemId());
          if (s.find(StockMovementEntity.class, movement.id()) != null) {
            return false;
          }
          s.persist(StockMovementEntity.of(movement));
          balance.onHand = StockLedger.apply(balance.onHand, movement);
          balance.updatedAt = clock.instant();
          s.flush();
          outbox.record(s, EntityType.STOCK_MOVEMENT, movement.id(), MutationKind.CREATE, movement);
          return true;
        });
  }

  /**
   * Records a new line by the signed-in user on this device, now.
   *
   * @param reference what caused it, e.g. an order number; may be {@code null}
   * @param note may be {@code null}
   */
  public StockMovement recordNew(
      UUID itemId, BigDecimal quantity, MovementReason reason, String reference, String note) {
    StockMovement movement =
        new StockMovement(
            Ids.newId(),
            itemId,
            quantity,
            reason,
            null,
            reference,
            note,
            user.requireId(),
            clock.instant(),
            deviceId());
    record(movement);
    return movement;
  }

  /**
   * Records a physical count: the line holds {@code counted} and, as its quantity, the difference
   * to {@code balanceSeen}, so lines other stations add meanwhile still count.
   *
   * @param balanceSeen the on-hand figure the counter was shown when they started
   * @param note may be {@code null}
   */
  public StockMovement count(UUID itemId, BigDecimal counted, BigDecimal balanceSeen, String note) {
    StockMovement movement =
        new StockMovement(
            Ids.newId(),
            itemId,
            StockLedger.countDifference(counted, balanceSeen),
            MovementReason.COUNT,
            counted,
            null,
            note,
            user.requireId(),
            clock.instant(),
            deviceId());
    record(movement);
    return movement;
  }

  /**
   * Adds lines that are already known to the server (pulled history, benchmark data) in JDBC
   * batches, moving each item's cached balance by its lines. No outbox entries: these lines are not
   * this device's changes. Ids are not checked for duplicates.
   */
  public void importSynced(List<StockMovement> lines) {
    store.runInTransaction(s -> LedgerBulkInsert.insert(s, lines, clock.instant()));
  }

  /** The cached balance; zero for an unknown item. */
  public BigDecimal onHand(UUID itemId) {
    return store.inTransaction(
        s -> {
          ItemBalanceEntity balance = s.find(ItemBalanceEntity.class, itemId);
          return balance == null ? BigDecimal.ZERO : Decimals.canonical(balance.onHand);
        });
  }

  private ItemBalanceEntity lockedBalance(Session s, UUID itemId) {
    ItemBalanceEntity balance =
        s.find(ItemBalanceEntity.class, itemId, LockModeType.PESSIMISTIC_WRITE);
    if (balance == null) {
      // An item that arrived without a cached balance (e.g. pulled): start from its ledger.
      balance = ItemBalanceEntity.zero(itemId, clock.instant());
      balance.onHand =
          s.createSelectionQuery(
                  "select coalesce(sum(quantity), 0) from StockMovementEntity where itemId = :item",
                  BigDecimal.class)
              .setParameter("item", itemId)
              .getSingleResult();
      s.persist(balance);
    }
    return balance;
  }

  private String deviceId() {
    return store.clientId().toString();
  }
}
