package dev.bobbin.desktop.demo;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.inventory.InventoryService;
import dev.bobbin.desktop.production.OrderMaterials;
import dev.bobbin.desktop.production.ProductionService;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageEvent;
import dev.bobbin.model.production.StageStatus;
import dev.bobbin.model.production.WorkflowTemplate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo's orders, each played through the real production service on a hand-set clock: some
 * planned, some under way (one blocked, some overdue), one on hold, one done, one cancelled.
 */
final class DemoProduction {
  private static final Duration STEP = Duration.ofHours(18);
  private static final List<String> ALL_STAGES =
      List.of("Cutting", "Sewing", "Finishing", "QC", "Packing");

  private final LocalData data;
  private final DemoClock clock;
  private final ProductionService production;
  private final Instant now;
  private final LocalDate today;
  private final Random random;
  private final List<UUID> floor;

  DemoProduction(LocalData data, Instant now, ZoneId zone, Random random, List<UUID> floor) {
    this.data = data;
    this.now = now;
    this.today = LocalDate.ofInstant(now, zone);
    this.random = random;
    this.floor = List.copyOf(floor);
    this.clock = new DemoClock(now, zone);
    InventoryService inventory =
        new InventoryService(data.store(), data.outbox(), data.currentUser(), clock);
    this.production =
        new ProductionService(
            data.store(),
            data.orders(),
            data.stages(),
            data.workflows(),
            new OrderMaterials(data.designs(), data.items(), data.reservations(), inventory),
            data.documentNumbers(),
            clock);
  }

  /** Writes the orders; returns them by their design code and position, for invoices. */
  List<ProductionOrder> write(WorkflowTemplate workflow, Map<String, Design> designs) {
    List<ProductionOrder> orders = new ArrayList<>();
    orders.add(
        order(
            workflow,
            designs.get("SH-101"),
            240,
            -5,
            Priority.HIGH,
            8,
            steps(done("Cutting"), "Sewing START")));
    orders.add(
        order(
            workflow,
            designs.get("JN-220"),
            180,
            3,
            Priority.NORMAL,
            10,
            steps(done("Cutting", "Sewing"), "Finishing START", "Finishing BLOCK")));
    orders.add(order(workflow, designs.get("TS-310"), 500, 10, Priority.NORMAL, 0, List.of()));
    orders.add(
        order(
            workflow, designs.get("DR-415"), 60, 2, Priority.URGENT, 1, List.of("Cutting START")));
    orders.add(
        order(
            workflow,
            designs.get("SH-130"),
            300,
            -12,
            Priority.NORMAL,
            20,
            done(ALL_STAGES.toArray(String[]::new))));
    orders.add(
        order(
            workflow,
            designs.get("JN-220"),
            120,
            20,
            Priority.LOW,
            6,
            steps(done("Cutting"), "ORDER ON_HOLD")));
    orders.add(
        order(
            workflow,
            designs.get("TS-310"),
            200,
            -2,
            Priority.HIGH,
            9,
            steps(done("Cutting", "Sewing", "Finishing"), "QC START")));
    orders.add(
        order(
            workflow, designs.get("SH-101"), 80, 15, Priority.LOW, 2, List.of("ORDER CANCELLED")));
    return orders;
  }

  private ProductionOrder order(
      WorkflowTemplate workflow,
      Design design,
      int quantity,
      int dueInDays,
      Priority priority,
      int startedDaysAgo,
      List<String> script) {
    Instant at = now.minus(Duration.ofDays(startedDaysAgo)).minus(Duration.ofHours(3));
    clock.set(at);
    ProductionOrder order =
        new ProductionOrder(
            Ids.newId(),
            data.documentNumbers().next("PO"),
            design.id(),
            design.customerId(),
            workflow.id(),
            quantity,
            today.plusDays(dueInDays),
            priority,
            OrderStatus.PLANNED,
            null);
    production.create(order);
    for (String step : script) {
      at = at.plus(STEP);
      clock.set(at);
      String[] parts = step.split(" ", 2);
      if (parts[0].equals("ORDER")) {
        production.changeStatus(order.id(), OrderStatus.valueOf(parts[1]));
      } else {
        production.transitionStage(stage(order.id(), parts[0]).id(), StageEvent.valueOf(parts[1]));
      }
    }
    recordProgress(order.id(), quantity);
    return data.orders().findById(order.id()).orElseThrow();
  }

  /** Who works on each stage and how many pieces are through it. */
  private void recordProgress(UUID orderId, int quantity) {
    for (ProductionStage stage : data.stages().forOrder(orderId)) {
      if (stage.status() == StageStatus.PENDING) {
        continue;
      }
      boolean done = stage.status() == StageStatus.DONE;
      int rejected =
          done && stage.name().equals("QC") ? random.nextInt(Math.max(1, quantity / 50)) : 0;
      ProductionStage after =
          new ProductionStage(
              stage.id(),
              stage.orderId(),
              stage.sequence(),
              stage.name(),
              stage.consumesMaterials(),
              stage.status(),
              floor.get(random.nextInt(floor.size())),
              stage.startedAt(),
              stage.finishedAt(),
              done ? quantity - rejected : quantity / 2,
              rejected,
              stage.status() == StageStatus.BLOCKED ? "Waiting for rivets" : null);
      data.stages().update(stage, after);
    }
  }

  private ProductionStage stage(UUID orderId, String name) {
    return data.stages().forOrder(orderId).stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No stage " + name));
  }

  private static List<String> done(String... stages) {
    List<String> steps = new ArrayList<>();
    for (String stage : stages) {
      steps.add(stage + " START");
      steps.add(stage + " FINISH");
    }
    return steps;
  }

  private static List<String> steps(List<String> first, String... more) {
    List<String> steps = new ArrayList<>(first);
    steps.addAll(List.of(more));
    return steps;
  }
}
