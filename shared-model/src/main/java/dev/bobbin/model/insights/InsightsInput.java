package dev.bobbin.model.insights;

import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.inventory.Reservation;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What production insights are computed from: the same on the server (Postgres) and the desktop
 * (H2).
 *
 * @param orders open orders, plus finished ones whose stages serve as history
 * @param stages the stages of those orders
 * @param boms each design's bill of materials, by design id
 * @param onHand each item's ledger balance
 * @param reservations reservations; released ones are ignored
 * @param now the moment of the analysis
 * @param today the factory's date at {@code now} (due dates are local dates)
 */
public record InsightsInput(
    List<ProductionOrder> orders,
    List<ProductionStage> stages,
    Map<UUID, List<BomLine>> boms,
    Map<UUID, BigDecimal> onHand,
    List<Reservation> reservations,
    Instant now,
    LocalDate today) {
  public InsightsInput {
    orders = List.copyOf(orders);
    stages = List.copyOf(stages);
    boms = Map.copyOf(boms);
    onHand = Map.copyOf(onHand);
    reservations = List.copyOf(reservations);
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(today, "today");
  }
}
