package dev.bobbin.desktop.dashboard;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.insights.Insights;
import dev.bobbin.model.insights.InsightsInput;
import dev.bobbin.model.insights.ProductionInsights;
import dev.bobbin.model.insights.Readiness;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.ProductionOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Production insights from the local database, by the same engine the server runs: so the dashboard
 * shows them offline too. Called inside the dashboard's read transaction.
 */
final class LocalInsights {
  private static final Set<OrderStatus> OPEN =
      Set.of(OrderStatus.PLANNED, OrderStatus.IN_PROGRESS, OrderStatus.ON_HOLD);

  private LocalInsights() {}

  /** The SKU of every item an order waits for, for people to read. */
  static Map<UUID, String> skus(LocalData data, Insights insights) {
    Map<UUID, String> skus = new HashMap<>();
    for (Readiness.Waiting waiting : insights.readiness().waiting()) {
      for (Readiness.Shortfall shortfall : waiting.shortfalls()) {
        skus.computeIfAbsent(
            shortfall.itemId(),
            id -> data.items().findById(id).map(Item::sku).orElse("an item no longer here"));
      }
    }
    return skus;
  }

  static Insights read(LocalData data, Instant now, LocalDate today) {
    List<ProductionOrder> orders =
        data.orders()
            .withStatus(
                Set.of(
                    OrderStatus.PLANNED,
                    OrderStatus.IN_PROGRESS,
                    OrderStatus.ON_HOLD,
                    OrderStatus.DONE));
    Set<UUID> openDesigns = new java.util.HashSet<>();
    orders.stream()
        .filter(o -> OPEN.contains(o.status()))
        .forEach(o -> openDesigns.add(o.designId()));
    Map<UUID, List<BomLine>> boms = new HashMap<>();
    Map<UUID, BigDecimal> onHand = new HashMap<>();
    for (Design design : data.designs().all()) {
      if (openDesigns.contains(design.id())) {
        boms.put(design.id(), design.bom());
        for (BomLine line : design.bom()) {
          onHand.computeIfAbsent(
              line.itemId(),
              id -> data.items().row(id).map(r -> r.onHand()).orElse(BigDecimal.ZERO));
        }
      }
    }
    return new ProductionInsights()
        .compute(
            new InsightsInput(
                orders,
                data.stages().all(),
                boms,
                onHand,
                data.reservations().active(),
                now,
                today));
  }
}
