package dev.bobbin.model.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.inventory.Reservation;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A small factory: shirts (2 m fabric, 5 buttons each) and bags (1 m fabric), 100 m of fabric and
 * 100 buttons, five open orders and three finished ones as history.
 */
class ProductionInsightsTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
  private static final UUID FABRIC = UUID.randomUUID();
  private static final UUID BUTTONS = UUID.randomUUID();
  private static final UUID SHIRT = UUID.randomUUID();
  private static final UUID BAG = UUID.randomUUID();

  private final List<ProductionOrder> orders = new ArrayList<>();
  private final List<ProductionStage> stages = new ArrayList<>();
  private final List<Reservation> reservations = new ArrayList<>();

  private final ProductionOrder overdue =
      order("PO-1", SHIRT, 10, "2026-11-20", Priority.NORMAL, OrderStatus.PLANNED);
  private final ProductionOrder bags =
      order("PO-2", BAG, 30, "2026-11-26", Priority.HIGH, OrderStatus.PLANNED);
  private final ProductionOrder shortOfButtons =
      order("PO-3", SHIRT, 10, "2026-11-28", Priority.NORMAL, OrderStatus.PLANNED);
  private final ProductionOrder blocked =
      order("PO-4", BAG, 20, "2026-12-10", Priority.LOW, OrderStatus.PLANNED);
  private final ProductionOrder overrunning =
      order("PO-5", SHIRT, 5, "2026-12-01", Priority.URGENT, OrderStatus.IN_PROGRESS);

  private Insights compute() {
    // Cutting takes 60 min of setup + 3 min a unit; sewing 30 + 6.
    history("Cutting", 10, 90);
    history("Cutting", 20, 120);
    history("Cutting", 40, 180);
    history("Sewing", 10, 90);
    history("Sewing", 20, 150);
    history("Sewing", 40, 270);
    for (ProductionOrder o : List.of(overdue, bags, shortOfButtons)) {
      stage(o, 0, "Cutting", StageStatus.PENDING, null);
    }
    stage(overdue, 1, "Sewing", StageStatus.PENDING, null);
    stage(blocked, 0, "Cutting", StageStatus.BLOCKED, null);
    stage(
        overrunning, 0, "Cutting", StageStatus.IN_PROGRESS, Instant.parse("2026-11-25T00:00:00Z"));
    reservations.add(
        new Reservation(UUID.randomUUID(), BUTTONS, overrunning.id(), new BigDecimal("25"), false));
    reservations.add(
        new Reservation(UUID.randomUUID(), FABRIC, overrunning.id(), new BigDecimal("10"), false));
    reservations.add(
        new Reservation(UUID.randomUUID(), FABRIC, overdue.id(), new BigDecimal("99"), true));
    return new ProductionInsights()
        .compute(
            new InsightsInput(
                orders,
                stages,
                Map.of(
                    SHIRT,
                    List.of(
                        new BomLine(FABRIC, new BigDecimal("2")),
                        new BomLine(BUTTONS, new BigDecimal("5"))),
                    BAG,
                    List.of(new BomLine(FABRIC, BigDecimal.ONE))),
                Map.of(FABRIC, new BigDecimal("100"), BUTTONS, new BigDecimal("100")),
                reservations,
                NOW,
                TODAY));
  }

  @Test
  void stockIsAllottedByDueDateAndFourOfFiveOpenOrdersAreReady() {
    Readiness readiness = compute().readiness();

    // Buttons: 100 − 25 reserved for PO-5 = 75; PO-1 (due first) takes 50, PO-3 finds 25 of 50.
    assertThat(readiness.openOrders()).isEqualTo(5);
    assertThat(readiness.readyOrders()).isEqualTo(4);
    assertThat(readiness.share()).isCloseTo(0.8, within(1e-9));
    assertThat(readiness.waiting()).hasSize(1);
    Readiness.Waiting waiting = readiness.waiting().get(0);
    assertThat(waiting.orderNumber()).isEqualTo("PO-3");
    assertThat(waiting.shortfalls()).hasSize(1);
    assertThat(waiting.shortfalls().get(0).itemId()).isEqualTo(BUTTONS);
    assertThat(waiting.shortfalls().get(0).needed()).isEqualByComparingTo("50");
    assertThat(waiting.shortfalls().get(0).available()).isEqualByComparingTo("25");
  }

  @Test
  void blockersAreRankedBySeverity() {
    List<Blocker> blockers = compute().blockers();

    assertThat(blockers)
        .extracting(Blocker::orderNumber, Blocker::kind, Blocker::severity)
        .containsExactly(
            // 15 overrunning + 30 urgent + 20 (12 h against 75 min expected)
            org.assertj.core.groups.Tuple.tuple("PO-5", Blocker.Kind.OVERRUNNING_STAGE, 65),
            // 30 overdue + 10 normal + 3 × 5 days late
            org.assertj.core.groups.Tuple.tuple("PO-1", Blocker.Kind.OVERDUE, 55),
            // 25 blocked + 0 low, due in 15 days
            org.assertj.core.groups.Tuple.tuple("PO-4", Blocker.Kind.BLOCKED_STAGE, 25));
    assertThat(blockers.get(1).reason()).isEqualTo("PO-1 is 5 days past its due date.");
  }

  @Test
  void ordersWaitingForCuttingThatShareFabricAreBatchedSavingTwoSetups() {
    List<BatchSuggestion> batches = compute().batches();

    assertThat(batches).hasSize(1);
    BatchSuggestion batch = batches.get(0);
    assertThat(batch.stageName()).isEqualTo("Cutting");
    assertThat(batch.orderNumbers()).containsExactlyInAnyOrder("PO-1", "PO-2", "PO-3");
    assertThat(batch.sharedItems()).containsExactlyInAnyOrder(FABRIC, BUTTONS);
    assertThat(batch.totalQuantity()).isEqualTo(50);
    assertThat(batch.minutesSaved()).isEqualTo(120);
  }

  @Test
  void stageTimesAreFittedAsSetupPlusPerUnit() {
    List<StageTimeModel> models = compute().stageTimes();

    StageTimeModel cutting =
        models.stream().filter(m -> m.stageName().equals("Cutting")).findFirst().orElseThrow();
    assertThat(cutting.setupMinutes()).isCloseTo(60, within(1e-6));
    assertThat(cutting.minutesPerUnit()).isCloseTo(3, within(1e-6));
    assertThat(cutting.samples()).isEqualTo(3);
  }

  @Test
  void aFitWithOneQuantityHasNoSetupAndNeverGoesNegative() {
    StageTimeModel flat = StageTimeModel.fit("QC", List.of(10, 10), List.of(20.0, 40.0));
    assertThat(flat.setupMinutes()).isZero();
    assertThat(flat.minutesPerUnit()).isCloseTo(3, within(1e-9));

    StageTimeModel noisy = StageTimeModel.fit("QC", List.of(10, 20, 30), List.of(5.0, 40.0, 80.0));
    assertThat(noisy.setupMinutes()).isGreaterThanOrEqualTo(0);
    assertThat(noisy.minutesPerUnit()).isGreaterThan(0);
  }

  @Test
  void withNoOpenOrdersEverythingIsReadyAndNothingBlocks() {
    Insights insights =
        new ProductionInsights()
            .compute(
                new InsightsInput(List.of(), List.of(), Map.of(), Map.of(), List.of(), NOW, TODAY));
    assertThat(insights.readiness().share()).isEqualTo(1.0);
    assertThat(insights.blockers()).isEmpty();
    assertThat(insights.batches()).isEmpty();
  }

  private ProductionOrder order(
      String number, UUID design, int quantity, String due, Priority priority, OrderStatus status) {
    ProductionOrder order =
        new ProductionOrder(
            UUID.randomUUID(),
            number,
            design,
            null,
            UUID.randomUUID(),
            quantity,
            LocalDate.parse(due),
            priority,
            status,
            null);
    orders.add(order);
    return order;
  }

  private void history(String stageName, int quantity, int minutes) {
    ProductionOrder done =
        order(
            "H-" + (orders.size() + 1),
            BAG,
            quantity,
            "2026-10-01",
            Priority.NORMAL,
            OrderStatus.DONE);
    Instant start = Instant.parse("2026-10-01T08:00:00Z");
    stages.add(
        new ProductionStage(
            UUID.randomUUID(),
            done.id(),
            0,
            stageName,
            false,
            StageStatus.DONE,
            null,
            start,
            start.plus(Duration.ofMinutes(minutes)),
            quantity,
            0,
            null));
  }

  private void stage(
      ProductionOrder order, int sequence, String name, StageStatus status, Instant started) {
    stages.add(
        new ProductionStage(
            UUID.randomUUID(),
            order.id(),
            sequence,
            name,
            sequence == 0,
            status,
            null,
            started,
            null,
            0,
            0,
            null));
  }
}
