package dev.bobbin.desktop.demo;

import dev.bobbin.desktop.inventory.InventoryService;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockLedger;
import dev.bobbin.model.inventory.StockMovement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Sixty days of ledger for every demo item: a first delivery, then issues to the floor, restocks, a
 * little scrap, returns and the odd count. The few {@link DemoCatalog#LOW_STOCK} items end below
 * their reorder point.
 */
final class DemoStockHistory {
  private static final int DAYS = 60;

  private final InventoryService inventory;
  private final Random random;
  private final Instant now;
  private final String deviceId;
  private final UUID storekeeper;
  private final List<UUID> floor;
  private int deliveries;

  DemoStockHistory(
      InventoryService inventory,
      Random random,
      Instant now,
      String deviceId,
      UUID storekeeper,
      List<UUID> floor) {
    this.inventory = inventory;
    this.random = random;
    this.now = now;
    this.deviceId = deviceId;
    this.storekeeper = storekeeper;
    this.floor = List.copyOf(floor);
  }

  void write(List<Item> items) {
    items.forEach(this::write);
  }

  private void write(Item item) {
    BigDecimal restock = item.reorderQuantity();
    BigDecimal balance =
        add(
            item,
            MovementReason.RECEIVE,
            restock.multiply(BigDecimal.valueOf(2)).add(item.reorderPoint()),
            BigDecimal.ZERO,
            daysAgo(DAYS));
    TreeSet<Integer> days = new TreeSet<>();
    int events = 4 + random.nextInt(4);
    while (days.size() < events) {
      days.add(1 + random.nextInt(DAYS - 2));
    }
    for (int day : days.descendingSet()) {
      Instant at = daysAgo(day);
      int roll = random.nextInt(100);
      if (roll < 60) {
        BigDecimal used = fraction(item, restock, 0.03, 0.12).min(balance);
        balance = add(item, MovementReason.CONSUME, used.negate(), balance, at);
      } else if (roll < 75) {
        balance = add(item, MovementReason.RECEIVE, restock, balance, at);
      } else if (roll < 85) {
        BigDecimal scrapped = fraction(item, restock, 0.002, 0.01).min(balance);
        balance = add(item, MovementReason.SCRAP, scrapped.negate(), balance, at);
      } else if (roll < 95) {
        balance =
            add(item, MovementReason.RETURN, fraction(item, restock, 0.002, 0.02), balance, at);
      } else {
        balance = count(item, balance, at);
      }
    }
    if (DemoCatalog.LOW_STOCK.contains(item.sku())) {
      BigDecimal target = fraction(item, item.reorderPoint(), 0.2, 0.7);
      if (balance.compareTo(target) > 0) {
        add(item, MovementReason.CONSUME, target.subtract(balance), balance, daysAgo(0));
      }
    }
  }

  private BigDecimal add(
      Item item, MovementReason reason, BigDecimal quantity, BigDecimal balance, Instant at) {
    if (quantity.signum() == 0) {
      return balance;
    }
    boolean received = reason == MovementReason.RECEIVE;
    StockMovement movement =
        new StockMovement(
            Ids.newId(),
            item.id(),
            quantity,
            reason,
            null,
            received ? String.format("GRN-%04d", ++deliveries) : null,
            note(reason),
            received ? storekeeper : floor.get(random.nextInt(floor.size())),
            at,
            deviceId);
    inventory.record(movement);
    return StockLedger.apply(balance, movement);
  }

  private BigDecimal count(Item item, BigDecimal balance, Instant at) {
    // Whole units fit every unit of measure.
    BigDecimal shrink = BigDecimal.valueOf(1 + random.nextInt(3));
    BigDecimal counted = balance.subtract(shrink).max(BigDecimal.ZERO);
    StockMovement movement =
        new StockMovement(
            Ids.newId(),
            item.id(),
            StockLedger.countDifference(counted, balance),
            MovementReason.COUNT,
            counted,
            null,
            "Monthly count",
            floor.get(0),
            at,
            deviceId);
    inventory.record(movement);
    return StockLedger.apply(balance, movement);
  }

  /** A random share of {@code base}, rounded to the item's unit and never below one step of it. */
  private BigDecimal fraction(Item item, BigDecimal base, double min, double max) {
    double share = min + (max - min) * random.nextDouble();
    BigDecimal step = BigDecimal.ONE.movePointLeft(item.unit().decimals());
    return base.multiply(BigDecimal.valueOf(share))
        .setScale(item.unit().decimals(), RoundingMode.HALF_UP)
        .max(step);
  }

  /** A time during the working day (Dhaka, UTC+6) {@code days} ago, before now. */
  private Instant daysAgo(int days) {
    return now.minus(Duration.ofDays(days)).minus(Duration.ofMinutes(60 + random.nextInt(8 * 60)));
  }

  private static String note(MovementReason reason) {
    return switch (reason) {
      case RECEIVE -> "Delivery checked in";
      case CONSUME -> "Issued to the floor";
      case SCRAP -> "Damaged on the cutting table";
      case RETURN -> "Unused, back from the line";
      default -> null;
    };
  }
}
