package dev.bobbin.model.ask;

import dev.bobbin.model.ask.AskData.OrderRef;
import dev.bobbin.model.ask.AskData.StageRef;
import dev.bobbin.model.ask.AskData.StageTiming;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.StageStatus;
import dev.bobbin.model.reports.Percentiles;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A delivery estimate learned from the organisation's own finished stages. Each stage takes its
 * median duration; the floor works as a line in which each stage handles one order at a time, so a
 * new order waits for the busiest stage's queue (open orders still needing it × its median), then
 * passes through every stage.
 */
final class LeadTimes {
  private final Map<String, Duration> medians;

  private LeadTimes(Map<String, Duration> medians) {
    this.medians = medians;
  }

  /** The median duration of each stage, in workflow order. */
  static LeadTimes learn(List<StageTiming> timings) {
    Map<String, List<StageTiming>> byName = new LinkedHashMap<>();
    for (StageTiming t : timings) {
      byName.computeIfAbsent(t.name(), n -> new ArrayList<>()).add(t);
    }
    Map<String, Double> sequence = new LinkedHashMap<>();
    Map<String, Duration> medians = new LinkedHashMap<>();
    byName.forEach(
        (name, list) -> {
          double[] seconds =
              list.stream().mapToDouble(t -> t.took().toSeconds()).sorted().toArray();
          medians.put(name, Duration.ofSeconds(Math.round(Percentiles.median(seconds))));
          sequence.put(name, list.stream().mapToInt(StageTiming::sequence).average().orElse(0));
        });
    Map<String, Duration> ordered = new LinkedHashMap<>();
    medians.keySet().stream()
        .sorted(Comparator.comparingDouble(sequence::get))
        .forEach(n -> ordered.put(n, medians.get(n)));
    return new LeadTimes(ordered);
  }

  Map<String, Duration> medians() {
    return medians;
  }

  /**
   * @param queue how long a new order waits for the busiest stage
   * @param work the sum of the stages' medians
   * @param ordersAhead open orders (planned or in progress) still on the floor
   */
  record Estimate(LocalDate delivery, Duration queue, Duration work, int ordersAhead) {}

  /** The estimate for an order started today behind {@code open}; empty with no history. */
  Optional<Estimate> estimate(List<OrderRef> open, LocalDate today) {
    if (medians.isEmpty()) {
      return Optional.empty();
    }
    Duration work = medians.values().stream().reduce(Duration.ZERO, Duration::plus);
    List<OrderRef> ahead =
        open.stream()
            .filter(o -> o.status() == OrderStatus.PLANNED || o.status() == OrderStatus.IN_PROGRESS)
            .toList();
    Duration queue = Duration.ZERO;
    for (Map.Entry<String, Duration> stage : medians.entrySet()) {
      long waiting = ahead.stream().filter(o -> needs(o, stage.getKey())).count();
      Duration backlog = stage.getValue().multipliedBy(waiting);
      if (backlog.compareTo(queue) > 0) {
        queue = backlog;
      }
    }
    long days = (queue.plus(work).toHours() + 23) / 24;
    return Optional.of(new Estimate(today.plusDays(days), queue, work, ahead.size()));
  }

  private static boolean needs(OrderRef order, String stage) {
    for (StageRef s : order.stages()) {
      if (s.name().equals(stage)) {
        return s.status() != StageStatus.DONE;
      }
    }
    return false;
  }

  /** A duration in days with one decimal, e.g. {@code 2.5}. */
  static String days(Duration d) {
    return String.valueOf(Math.round(d.toMinutes() / 144.0) / 10.0);
  }
}
