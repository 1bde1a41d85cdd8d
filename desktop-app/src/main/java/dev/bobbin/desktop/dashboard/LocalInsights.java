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
import dev.bobbin.model.production.ProductionStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Production insights from the local database, by the same engine the server runs: so the dashboard
 * shows them offline too. Called inside the dashboard's read transaction. History is the {@link
 * #HISTORY} stages finished last, with their orders.
 */
final class LocalInsights {
  private static final Set<OrderStatus> OPEN =
      Set.of(OrderStatus.PLANNED, OrderStatus.IN_PROGRESS, OrderStatus.ON_HOLD);

  /** Finished stages that teach stage times. */
  static final int HISTORY = 1_000;

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
    List<ProductionOrder> open = data.orders().withStatus(OPEN);
    Set<UUID> openIds = new HashSet<>();
    Set<UUID> openDesigns = new HashSet<>();
    for (ProductionOrder order : open) {
      openIds.add(order.id());
      openDesigns.add(order.designId());
    }
    Map<UUID, ProductionStage> stages = new LinkedHashMap<>();
    data.stages().forOrders(openIds).forEach(s -> stages.put(s.id(), s));
    Set<UUID> historyOrders = new HashSet<>();
    for (ProductionStage stage : data.stages().latestFinished(HISTORY)) {
      stages.putIfAbsent(stage.id(), stage);
      if (!openIds.contains(stage.orderId())) {
        historyOrders.add(stage.orderId());
      }
    }
    List<ProductionOrder> orders = new ArrayList<>(open);
    orders.addAll(data.orders().withIds(historyOrders));
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
                List.copyOf(stages.values()),
                boms,
                onHand,
                data.reservations().active(),
                now,
                today));
  }
}
