package dev.bobbin.model.insights;

import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.inventory.Reservation;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Production insights, computed the same way on the server and offline on the desktop.
 *
 * <p><b>Readiness.</b> Open orders (planned, in progress, on hold) are taken earliest due first
 * (then higher priority, then number). Each needs its design's bill of materials × its quantity,
 * unless one of its material-consuming stages is done (the ledger already holds that consumption),
 * less what is reserved for it. The pool of each item is on hand less every unreleased reservation.
 * An order whose needs the pool covers entirely is <i>ready</i> and takes them; one it does not
 * cover takes nothing, so that a large late order cannot starve smaller earlier ones.
 *
 * <p><b>Blockers</b> are overdue open orders, blocked stages, and stages in progress for more than
 * {@link #OVERRUN_FACTOR} × the time their {@link StageTimeModel} expects (fitted on at least
 * {@link #MIN_SAMPLES} finished stages). Severity = kind (overdue 30, blocked 25, overrunning 15) +
 * priority (low 0, normal 10, high 20, urgent 30) + lateness (3 per day past due, at most 30; 5
 * when due within {@link #DUE_SOON_DAYS} days) + for an overrun 10 per extra expected duration (at
 * most 20). Worst first.
 *
 * <p><b>Batching.</b> Open orders whose next stage (the first not done) is pending with the same
 * name and which share at least one material (directly or through each other) form a batch. Making
 * them together saves the repeated setups: (orders − 1) × the stage's fitted setup time. Batches
 * with no measurable setup are not suggested.
 */
public final class ProductionInsights {
  /** A stage overruns past this multiple of its expected time. */
  public static final double OVERRUN_FACTOR = 1.5;

  /** Finished stages needed before a stage's time model is trusted. */
  public static final int MIN_SAMPLES = 3;

  /** An order due within this many days gets a little more severity. */
  public static final int DUE_SOON_DAYS = 3;

  private static final Set<OrderStatus> OPEN =
      Set.of(OrderStatus.PLANNED, OrderStatus.IN_PROGRESS, OrderStatus.ON_HOLD);

  public Insights compute(InsightsInput input) {
    List<ProductionOrder> open =
        input.orders().stream()
            .filter(o -> OPEN.contains(o.status()))
            .sorted(
                Comparator.comparing(ProductionOrder::dueDate)
                    .thenComparing(ProductionOrder::priority, Comparator.reverseOrder())
                    .thenComparing(ProductionOrder::number))
            .toList();
    Map<UUID, List<ProductionStage>> stagesByOrder = new HashMap<>();
    for (ProductionStage stage : input.stages()) {
      stagesByOrder.computeIfAbsent(stage.orderId(), k -> new ArrayList<>()).add(stage);
    }
    stagesByOrder.values().forEach(l -> l.sort(Comparator.comparingInt(ProductionStage::sequence)));
    Map<String, StageTimeModel> models = stageTimes(input);
    return new Insights(
        input.now(),
        readiness(input, open, stagesByOrder),
        blockers(input, open, stagesByOrder, models),
        batches(input, open, stagesByOrder, models),
        List.copyOf(models.values()));
  }

  private static Readiness readiness(
      InsightsInput input, List<ProductionOrder> open, Map<UUID, List<ProductionStage>> stages) {
    Map<UUID, BigDecimal> pool = new HashMap<>(input.onHand());
    Map<UUID, Map<UUID, BigDecimal>> reservedFor = new HashMap<>();
    for (Reservation r : input.reservations()) {
      if (!r.released()) {
        pool.merge(r.itemId(), r.quantity().negate(), BigDecimal::add);
        reservedFor
            .computeIfAbsent(r.productionOrderId(), k -> new HashMap<>())
            .merge(r.itemId(), r.quantity(), BigDecimal::add);
      }
    }
    int ready = 0;
    List<Readiness.Waiting> waiting = new ArrayList<>();
    for (ProductionOrder order : open) {
      Map<UUID, BigDecimal> needs = needs(input, order, stages, reservedFor);
      List<Readiness.Shortfall> shortfalls = new ArrayList<>();
      for (Map.Entry<UUID, BigDecimal> need : needs.entrySet()) {
        BigDecimal available =
            pool.getOrDefault(need.getKey(), BigDecimal.ZERO).max(BigDecimal.ZERO);
        if (available.compareTo(need.getValue()) < 0) {
          shortfalls.add(new Readiness.Shortfall(need.getKey(), need.getValue(), available));
        }
      }
      if (shortfalls.isEmpty()) {
        ready++;
        needs.forEach((item, quantity) -> pool.merge(item, quantity.negate(), BigDecimal::add));
      } else {
        waiting.add(new Readiness.Waiting(order.id(), order.number(), order.dueDate(), shortfalls));
      }
    }
    double share = open.isEmpty() ? 1.0 : (double) ready / open.size();
    return new Readiness(open.size(), ready, share, waiting);
  }

  /** What {@code order} still needs from the pool, by item (only positive needs). */
  private static Map<UUID, BigDecimal> needs(
      InsightsInput input,
      ProductionOrder order,
      Map<UUID, List<ProductionStage>> stages,
      Map<UUID, Map<UUID, BigDecimal>> reservedFor) {
    Map<UUID, BigDecimal> needs = new TreeMap<>();
    boolean consumed =
        stages.getOrDefault(order.id(), List.of()).stream()
            .anyMatch(s -> s.consumesMaterials() && s.status() == StageStatus.DONE);
    if (consumed) {
      return needs;
    }
    Map<UUID, BigDecimal> reserved = reservedFor.getOrDefault(order.id(), Map.of());
    for (BomLine line : input.boms().getOrDefault(order.designId(), List.of())) {
      BigDecimal need =
          line.quantityPerUnit()
              .multiply(BigDecimal.valueOf(order.quantity()))
              .subtract(reserved.getOrDefault(line.itemId(), BigDecimal.ZERO));
      if (need.signum() > 0) {
        needs.merge(line.itemId(), need, BigDecimal::add);
      }
    }
    return needs;
  }

  /** Stage time models by stage name, from finished stages with both times. */
  static Map<String, StageTimeModel> stageTimes(InsightsInput input) {
    Map<UUID, Integer> quantities = new HashMap<>();
    input.orders().forEach(o -> quantities.put(o.id(), o.quantity()));
    Map<String, List<Integer>> q = new TreeMap<>();
    Map<String, List<Double>> m = new TreeMap<>();
    for (ProductionStage stage : input.stages()) {
      Integer quantity = quantities.get(stage.orderId());
      if (stage.status() != StageStatus.DONE
          || stage.startedAt() == null
          || stage.finishedAt() == null
          || quantity == null) {
        continue;
      }
      double minutes = Duration.between(stage.startedAt(), stage.finishedAt()).toSeconds() / 60.0;
      q.computeIfAbsent(stage.name(), k -> new ArrayList<>()).add(quantity);
      m.computeIfAbsent(stage.name(), k -> new ArrayList<>()).add(minutes);
    }
    Map<String, StageTimeModel> models = new LinkedHashMap<>();
    q.forEach(
        (name, quantity) -> models.put(name, StageTimeModel.fit(name, quantity, m.get(name))));
    return models;
  }

  private static List<Blocker> blockers(
      InsightsInput input,
      List<ProductionOrder> open,
      Map<UUID, List<ProductionStage>> stages,
      Map<String, StageTimeModel> models) {
    List<Blocker> out = new ArrayList<>();
    for (ProductionOrder order : open) {
      long daysLate = ChronoUnit.DAYS.between(order.dueDate(), input.today());
      int base = priorityWeight(order.priority()) + lateness(daysLate);
      if (daysLate > 0) {
        out.add(
            new Blocker(
                Blocker.Kind.OVERDUE,
                order.id(),
                order.number(),
                null,
                null,
                order.dueDate(),
                order.priority(),
                30 + base,
                order.number() + " is " + days(daysLate) + " past its due date."));
      }
      for (ProductionStage stage : stages.getOrDefault(order.id(), List.of())) {
        if (stage.status() == StageStatus.BLOCKED) {
          out.add(
              blocker(
                  Blocker.Kind.BLOCKED_STAGE,
                  order,
                  stage,
                  25 + base,
                  stage.name() + " of " + order.number() + " is blocked."));
        } else if (stage.status() == StageStatus.IN_PROGRESS && stage.startedAt() != null) {
          StageTimeModel model = models.get(stage.name());
          if (model == null || model.samples() < MIN_SAMPLES) {
            continue;
          }
          double expected = model.expectedMinutes(order.quantity());
          double elapsed = Duration.between(stage.startedAt(), input.now()).toSeconds() / 60.0;
          if (expected > 0 && elapsed > OVERRUN_FACTOR * expected) {
            int overrun = (int) Math.min(20, Math.round(10 * (elapsed / expected - 1)));
            out.add(
                blocker(
                    Blocker.Kind.OVERRUNNING_STAGE,
                    order,
                    stage,
                    15 + base + overrun,
                    String.format(
                        java.util.Locale.ROOT,
                        "%s of %s has run %.0f h; it usually takes %.0f h for %d units.",
                        stage.name(),
                        order.number(),
                        elapsed / 60,
                        expected / 60,
                        order.quantity())));
          }
        }
      }
    }
    out.sort(
        Comparator.comparingInt(Blocker::severity)
            .reversed()
            .thenComparing(Blocker::dueDate)
            .thenComparing(Blocker::orderNumber));
    return out;
  }

  private static Blocker blocker(
      Blocker.Kind kind, ProductionOrder order, ProductionStage stage, int severity, String why) {
    return new Blocker(
        kind,
        order.id(),
        order.number(),
        stage.id(),
        stage.name(),
        order.dueDate(),
        order.priority(),
        severity,
        why);
  }

  static int priorityWeight(Priority priority) {
    return switch (priority) {
      case URGENT -> 30;
      case HIGH -> 20;
      case NORMAL -> 10;
      case LOW -> 0;
    };
  }

  static int lateness(long daysLate) {
    if (daysLate > 0) {
      return (int) Math.min(30, 3 * daysLate);
    }
    return -daysLate <= DUE_SOON_DAYS ? 5 : 0;
  }

  private static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }

  private static List<BatchSuggestion> batches(
      InsightsInput input,
      List<ProductionOrder> open,
      Map<UUID, List<ProductionStage>> stages,
      Map<String, StageTimeModel> models) {
    Map<String, List<ProductionOrder>> byNextStage = new TreeMap<>();
    for (ProductionOrder order : open) {
      if (order.status() == OrderStatus.ON_HOLD) {
        continue;
      }
      stages.getOrDefault(order.id(), List.of()).stream()
          .filter(s -> s.status() != StageStatus.DONE)
          .findFirst()
          .filter(s -> s.status() == StageStatus.PENDING)
          .ifPresent(s -> byNextStage.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(order));
    }
    List<BatchSuggestion> out = new ArrayList<>();
    byNextStage.forEach(
        (stageName, orders) -> {
          StageTimeModel model = models.get(stageName);
          if (orders.size() < 2 || model == null || model.setupMinutes() < 1) {
            return;
          }
          for (List<ProductionOrder> group : sharingMaterials(input, orders)) {
            Map<UUID, Integer> users = new LinkedHashMap<>();
            for (ProductionOrder o : group) {
              input.boms().getOrDefault(o.designId(), List.of()).stream()
                  .map(BomLine::itemId)
                  .distinct()
                  .forEach(item -> users.merge(item, 1, Integer::sum));
            }
            Set<UUID> shared = new LinkedHashSet<>();
            users.forEach(
                (item, count) -> {
                  if (count > 1) {
                    shared.add(item);
                  }
                });
            out.add(
                new BatchSuggestion(
                    stageName,
                    group.stream().map(ProductionOrder::id).toList(),
                    group.stream().map(ProductionOrder::number).toList(),
                    List.copyOf(shared),
                    group.stream().mapToInt(ProductionOrder::quantity).sum(),
                    Math.round((group.size() - 1) * model.setupMinutes())));
          }
        });
    out.sort(
        Comparator.comparingLong(BatchSuggestion::minutesSaved)
            .reversed()
            .thenComparing(BatchSuggestion::stageName));
    return out;
  }

  /** Groups of two or more orders linked by shared materials (union-find over items). */
  private static List<List<ProductionOrder>> sharingMaterials(
      InsightsInput input, List<ProductionOrder> orders) {
    int[] parent = new int[orders.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<UUID, Integer> firstWithItem = new HashMap<>();
    for (int i = 0; i < orders.size(); i++) {
      for (BomLine line : input.boms().getOrDefault(orders.get(i).designId(), List.of())) {
        Integer first = firstWithItem.putIfAbsent(line.itemId(), i);
        if (first != null) {
          parent[root(parent, i)] = root(parent, first);
        }
      }
    }
    Map<Integer, List<ProductionOrder>> groups = new TreeMap<>();
    for (int i = 0; i < orders.size(); i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(orders.get(i));
    }
    return groups.values().stream().filter(g -> g.size() > 1).toList();
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
