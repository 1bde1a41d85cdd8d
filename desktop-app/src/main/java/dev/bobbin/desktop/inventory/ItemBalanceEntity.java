package dev.bobbin.desktop.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The cached on-hand balance of one item: the sum of its ledger, updated in the transaction of each
 * line so lists never add up a million movements.
 */
@Entity
@Table(name = "item_balance")
class ItemBalanceEntity {
  @Id UUID itemId;
  BigDecimal onHand;
  Instant updatedAt;

  static ItemBalanceEntity zero(UUID itemId, Instant now) {
    ItemBalanceEntity e = new ItemBalanceEntity();
    e.itemId = itemId;
    e.onHand = BigDecimal.ZERO;
    e.updatedAt = now;
    return e;
  }
}
