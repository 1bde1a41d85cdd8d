package dev.bobbin.model.quotes;

import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import dev.bobbin.model.quotes.QuoteResult.DeliveryEstimate;
import dev.bobbin.model.quotes.QuoteResult.StageEstimate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The delivery estimate of {@link QuoteEngine}; see its class comment for the rule. */
final class DeliveryEstimator {
  static final double DEFAULT_STAGE_HOURS = 24.0;
  private static final double HOURS_PER_DAY = 24.0;
  private static final double SECONDS_PER_HOUR = 3600.0;
  private static final double THROUGHPUT_DAYS = 30.0;

  private final QuoteData data;

  DeliveryEstimator(QuoteData data) {
    this.data = data;
  }

  DeliveryEstimate estimate(LocalDate today) {
    Optional<WorkflowTemplate> workflow = data.workflow();
    List<StageEstimate> stages = new ArrayList<>();
    double medianHours = 0;
    double p80Hours = 0;
    double queueDays = 0;
    if (workflow.isPresent()) {
      for (StageTemplate template : workflow.get().stages()) {
        QuoteData.StageHistory history = data.stageHistory(template.name());
        double[] sorted =
            history.recentSeconds().stream()
                .mapToDouble(s -> s / SECONDS_PER_HOUR)
                .sorted()
                .toArray();
        double median = sorted.length == 0 ? DEFAULT_STAGE_HOURS : percentile(sorted, 0.5);
        double p80 = sorted.length == 0 ? DEFAULT_STAGE_HOURS : percentile(sorted, 0.8);
        double perDay = history.finishedLast30Days() / THROUGHPUT_DAYS;
        double wait = waitDays(history.openAhead(), perDay, median);
        medianHours += median;
        p80Hours += p80;
        queueDays = Math.max(queueDays, wait);
        stages.add(
            new StageEstimate(
                template.name(),
                sorted.length,
                oneDecimal(median),
                oneDecimal(p80),
                history.openAhead(),
                twoDecimals(perDay)));
      }
    }
    return new DeliveryEstimate(
        today.plusDays(days(queueDays, medianHours)),
        today.plusDays(days(queueDays, p80Hours)),
        oneDecimal(queueDays),
        stages);
  }

  /**
   * Days before the orders already waiting at a stage have passed it: its queue over its daily
   * throughput, but never longer than doing them one after another at its median (a stage that
   * finished little lately was short of work, not slow).
   */
  private static double waitDays(int openAhead, double perDay, double medianHours) {
    if (openAhead == 0) {
      return 0;
    }
    double oneAfterAnother = openAhead * medianHours / HOURS_PER_DAY;
    return perDay > 0 ? Math.min(openAhead / perDay, oneAfterAnother) : oneAfterAnother;
  }

  /**
   * The {@code p}-th percentile of a sorted, non-empty sample by linear interpolation between
   * closest ranks (Hyndman and Fan's method 7, as {@code reports.Percentiles} and Postgres' {@code
   * percentile_cont}); kept here so that quotes do not depend on reports, which list quote
   * statuses.
   */
  static double percentile(double[] sorted, double p) {
    double rank = (sorted.length - 1) * p;
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
  }

  private static long days(double queueDays, double stageHours) {
    return (long) Math.ceil(queueDays + stageHours / HOURS_PER_DAY - 1e-9);
  }

  private static BigDecimal oneDecimal(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }

  private static BigDecimal twoDecimals(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
