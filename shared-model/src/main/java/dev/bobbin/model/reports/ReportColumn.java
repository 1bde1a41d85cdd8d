package dev.bobbin.model.reports;

import java.util.Objects;

/**
 * One column of a report.
 *
 * @param name the CSV header, snake_case, stable across versions
 * @param title what the preview table shows
 * @param type the kind of value
 * @param scale decimals written for {@link ColumnType#DECIMAL} and {@link ColumnType#MONEY}
 */
public record ReportColumn(String name, String title, ColumnType type, int scale) {
  public ReportColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    if (scale < 0) {
      throw new IllegalArgumentException("scale must not be negative: " + scale);
    }
  }

  public static ReportColumn text(String name, String title) {
    return new ReportColumn(name, title, ColumnType.TEXT, 0);
  }

  public static ReportColumn integer(String name, String title) {
    return new ReportColumn(name, title, ColumnType.INTEGER, 0);
  }

  public static ReportColumn decimal(String name, String title, int scale) {
    return new ReportColumn(name, title, ColumnType.DECIMAL, scale);
  }

  public static ReportColumn money(String name, String title) {
    return new ReportColumn(name, title, ColumnType.MONEY, 2);
  }

  public static ReportColumn date(String name, String title) {
    return new ReportColumn(name, title, ColumnType.DATE, 0);
  }

  public static ReportColumn timestamp(String name, String title) {
    return new ReportColumn(name, title, ColumnType.TIMESTAMP, 0);
  }
}
