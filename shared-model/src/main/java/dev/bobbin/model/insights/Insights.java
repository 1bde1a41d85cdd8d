package dev.bobbin.model.insights;

import java.time.Instant;
import java.util.List;

/**
 * Production insights at one moment: how many open orders could start on today's stock, what holds
 * production up (worst first), and which orders would be quicker made together.
 */
public record Insights(
    Instant computedAt,
    Readiness readiness,
    List<Blocker> blockers,
    List<BatchSuggestion> batches,
    List<StageTimeModel> stageTimes) {
  public Insights {
    blockers = List.copyOf(blockers);
    batches = List.copyOf(batches);
    stageTimes = List.copyOf(stageTimes);
  }
}
