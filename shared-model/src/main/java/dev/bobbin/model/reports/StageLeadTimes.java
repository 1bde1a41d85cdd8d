package dev.bobbin.model.reports;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Turns finished stages, fed grouped by stage name and sorted by duration within a group (as the
 * database returns them), into the rows of {@link Reports#STAGE_LEAD_TIMES}. Holds one stage name's
 * durations at a time, as a compact array.
 */
public final class StageLeadTimes {
  private static final double SECONDS_PER_HOUR = 3600.0;

  private final RowSink sink;
  private String stage;
  private double[] hours = new double[64];
  private int count;

  public StageLeadTimes(RowSink sink) {
    this.sink = sink;
  }

  /** One finished stage that took {@code seconds}. */
  public void add(String stageName, long seconds) {
    if (stage != null && !stage.equals(stageName)) {
      flush();
    }
    stage = stageName;
    if (count == hours.length) {
      hours = Arrays.copyOf(hours, count * 2);
    }
    hours[count++] = seconds / SECONDS_PER_HOUR;
  }

  /** Emits the last stage's row; call once after the last {@link #add}. */
  public void finish() {
    if (stage != null) {
      flush();
    }
  }

  private void flush() {
    double[] sorted = Arrays.copyOf(hours, count);
    // Sorted by the database already; sorting again costs little and makes this safe alone.
    Arrays.sort(sorted);
    sink.accept(
        new Object[] {
          stage,
          (long) count,
          BigDecimal.valueOf(Percentiles.median(sorted)),
          BigDecimal.valueOf(Percentiles.of(sorted, 0.8)),
          BigDecimal.valueOf(sorted[count - 1])
        });
    stage = null;
    count = 0;
  }
}
