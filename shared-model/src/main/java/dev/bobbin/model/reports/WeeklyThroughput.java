package dev.bobbin.model.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Turns finished orders, fed in order of their finishing day, into the rows of {@link
 * Reports#THROUGHPUT_WEEKLY}: one row per ISO week (Monday) from the week of {@code from} to the
 * week of {@code to}, weeks without output included.
 */
public final class WeeklyThroughput {
  private final RowSink sink;
  private final LocalDate from;
  private final LocalDate to;
  private LocalDate week;
  private long orders;
  private long pieces;

  public WeeklyThroughput(LocalDate from, LocalDate to, RowSink sink) {
    this.sink = sink;
    this.from = from;
    this.to = to;
    this.week = monday(from);
  }

  public static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** One order finished on {@code day} with {@code quantity} pieces. */
  public void add(LocalDate day, long quantity) {
    if (day.isBefore(from) || day.isAfter(to)) {
      return;
    }
    LocalDate itsWeek = monday(day);
    if (itsWeek.isBefore(week)) {
      throw new IllegalArgumentException("Orders must come in order of their day: " + day);
    }
    while (week.isBefore(itsWeek)) {
      emit();
    }
    orders++;
    pieces += quantity;
  }

  /** Emits the remaining weeks up to {@code to}; call once after the last {@link #add}. */
  public void finish() {
    LocalDate last = monday(to);
    while (!week.isAfter(last)) {
      emit();
    }
  }

  private void emit() {
    sink.accept(new Object[] {week, orders, pieces});
    week = week.plusWeeks(1);
    orders = 0;
    pieces = 0;
  }
}
