package dev.bobbin.model.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The stock arithmetic both sides run: balances, counts, availability and reorder advice. */
public final class StockLedger {
  private StockLedger() {}

  /** On hand = the sum of every ledger line of the item. */
  public static BigDecimal onHand(Collection<StockMovement> movements) {
    return movements.stream().map(StockMovement::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The cached balance after one more line; both stores update it in the line's transaction. */
  public static BigDecimal apply(BigDecimal balance, StockMovement movement) {
    return balance.add(movement.quantity());
  }

  /**
   * The signed quantity a count records: what was counted minus the balance the counter saw. Two
   * stations consuming while a count is in progress therefore still merge correctly.
   */
  public static BigDecimal countDifference(BigDecimal counted, BigDecimal balanceSeen) {
    return counted.subtract(balanceSeen);
  }

  /** Stock not yet promised to a started order: on hand minus active reservations. */
  public static BigDecimal available(BigDecimal onHand, Collection<Reservation> reservations) {
    BigDecimal reserved =
        reservations.stream()
            .filter(r -> !r.released())
            .map(Reservation::quantity)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return onHand.subtract(reserved);
  }

  /** An item is low when what is available has dropped below its reorder point. */
  public static boolean isLow(Item item, BigDecimal available) {
    return !item.archived()
        && item.reorderPoint().signum() > 0
        && available.compareTo(item.reorderPoint()) < 0;
  }

  /**
   * How much to order for a low item: its reorder quantity, raised if that would not bring the
   * available stock back up to the reorder point, rounded up to the unit's decimals. Zero when the
   * item is not low.
   */
  public static BigDecimal suggestedReorder(Item item, BigDecimal available) {
    if (!isLow(item, available)) {
      return BigDecimal.ZERO;
    }
    BigDecimal shortfall = item.reorderPoint().subtract(available);
    return item.reorderQuantity()
        .max(shortfall)
        .setScale(item.unit().decimals(), RoundingMode.CEILING);
  }

  /** A ledger line with the balance after it, for an item's history. */
  public record Line(StockMovement movement, BigDecimal balanceAfter) {}

  /** The item's history in time order, each line with its running balance. */
  public static List<Line> history(Collection<StockMovement> movements) {
    List<StockMovement> ordered = new ArrayList<>(movements);
    ordered.sort(Comparator.comparing(StockMovement::at).thenComparing(StockMovement::id));
    List<Line> lines = new ArrayList<>(ordered.size());
    BigDecimal balance = BigDecimal.ZERO;
    for (StockMovement m : ordered) {
      balance = apply(balance, m);
      lines.add(new Line(m, balance));
    }
    return lines;
  }
}
