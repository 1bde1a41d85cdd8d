package dev.bobbin.model.reports;

/**
 * Where a report's rows go, one at a time, as the database returns them: a CSV file, a preview
 * table, a test. Values follow the report's columns: {@code String}, {@code Long}, {@code
 * BigDecimal}, {@code LocalDate}, {@code Instant}, or {@code null} for an empty cell. A sink may
 * throw to stop the report (e.g. when the user cancels).
 */
@FunctionalInterface
public interface RowSink {
  void accept(Object[] row);
}
