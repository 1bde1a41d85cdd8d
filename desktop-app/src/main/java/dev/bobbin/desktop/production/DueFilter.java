package dev.bobbin.desktop.production;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The order list's due-date filter. */
public enum DueFilter {
  ANY("Any due date"),
  OVERDUE("Overdue"),
  THIS_WEEK("Due this week"),
  NEXT_30_DAYS("Due in 30 days");

  private final String label;

  DueFilter(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  boolean accepts(OrderRow row, LocalDate today) {
    LocalDate due = row.order().dueDate();
    return switch (this) {
      case ANY -> true;
      case OVERDUE -> row.order().isOverdue(today);
      case THIS_WEEK ->
          !due.isBefore(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
              && !due.isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
      case NEXT_30_DAYS -> !due.isBefore(today) && !due.isAfter(today.plusDays(30));
    };
  }
}
