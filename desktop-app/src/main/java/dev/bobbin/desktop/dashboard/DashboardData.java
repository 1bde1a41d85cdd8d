package dev.bobbin.desktop.dashboard;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.inventory.ItemFilter;
import dev.bobbin.desktop.inventory.ItemRepository;
import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.model.insights.Insights;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.StockLedger;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the dashboard shows, read in one transaction.
 *
 * @param lowStockTotal how many items are low in all ({@code lowStock} holds the first few)
 * @param workInProgress open orders per current stage, in workflow order
 * @param finishedPerWeek orders finished per week (Monday), oldest week first
 * @param insights readiness, blockers and batching suggestions of the open orders
 * @param skus the SKU of each item an order waits for
 */
record DashboardData(
    List<LowStock> lowStock,
    long lowStockTotal,
    Map<String, Integer> workInProgress,
    List<ProductionOrder> dueThisWeek,
    List<ProductionOrder> overdue,
    List<Activity> recent,
    List<ItemRepository.CategoryValue> stockValue,
    Map<LocalDate, Integer> finishedPerWeek,
    Insights insights,
    Map<UUID, String> skus) {

  static final int LOW_TILES = 6;
  static final int RECENT = 8;
  static final int WEEKS = 8;

  /** A low item and what to order. */
  record LowStock(ItemRow row, BigDecimal suggestedReorder) {}

  /** One recent ledger line with its item. */
  record Activity(StockMovement movement, Optional<Item> item) {}

  static DashboardData read(LocalData data, Clock clock) {
    return data.store().inTransaction(s -> load(data, clock));
  }

  private static DashboardData load(LocalData data, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    ZoneId zone = clock.getZone();
    ItemFilter low = ItemFilter.all().onlyLowStock();
    List<LowStock> lowStock =
        data.items().search("", low, 0, LOW_TILES).stream()
            .map(r -> new LowStock(r, StockLedger.suggestedReorder(r.item(), r.available())))
            .toList();
    long lowTotal = data.items().count("", low);

    List<ProductionOrder> open =
        data.orders()
            .withStatus(Set.of(OrderStatus.PLANNED, OrderStatus.IN_PROGRESS, OrderStatus.ON_HOLD));
    Map<String, Integer> wip = new LinkedHashMap<>();
    Map<String, Integer> order = new LinkedHashMap<>();
    for (ProductionOrder o : open) {
      if (o.status() == OrderStatus.PLANNED) {
        continue;
      }
      data.stages().forOrder(o.id()).stream()
          .filter(st -> st.status() != StageStatus.DONE)
          .min(Comparator.comparingInt(ProductionStage::sequence))
          .ifPresent(
              st -> {
                wip.merge(st.name(), 1, Integer::sum);
                order.putIfAbsent(st.name(), st.sequence());
              });
    }
    Map<String, Integer> wipSorted = new LinkedHashMap<>();
    order.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> wipSorted.put(e.getKey(), wip.get(e.getKey())));

    LocalDate weekEnd = today.plusDays(7);
    List<ProductionOrder> due =
        open.stream()
            .filter(o -> !o.dueDate().isBefore(today) && o.dueDate().isBefore(weekEnd))
            .toList();
    List<ProductionOrder> overdue = data.orders().overdue(today);

    List<Activity> recent = new ArrayList<>();
    for (StockMovement m : data.movements().latest(RECENT)) {
      recent.add(new Activity(m, data.items().findById(m.itemId())));
    }

    Insights insights = LocalInsights.read(data, clock.instant(), today);
    return new DashboardData(
        lowStock,
        lowTotal,
        wipSorted,
        due,
        overdue,
        recent,
        data.items().valueByCategory(),
        finishedPerWeek(data, today, zone),
        insights,
        LocalInsights.skus(data, insights));
  }

  private static Map<LocalDate, Integer> finishedPerWeek(
      LocalData data, LocalDate today, ZoneId zone) {
    LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Map<LocalDate, Integer> weeks = new LinkedHashMap<>();
    for (int w = WEEKS - 1; w >= 0; w--) {
      weeks.put(thisWeek.minusWeeks(w), 0);
    }
    for (ProductionOrder o : data.orders().withStatus(Set.of(OrderStatus.DONE))) {
      Optional<Instant> finished =
          data.stages().forOrder(o.id()).stream()
              .map(ProductionStage::finishedAt)
              .filter(java.util.Objects::nonNull)
              .max(Comparator.naturalOrder());
      finished.ifPresent(
          at -> {
            LocalDate week =
                LocalDate.ofInstant(at, zone)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.computeIfPresent(week, (k, n) -> n + 1);
          });
    }
    return weeks;
  }
}
