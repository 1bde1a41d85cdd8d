package dev.bobbin.model.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The text of one CSV cell, the same on the desktop and the server: numbers plain with a fixed
 * number of decimals, ISO dates, UTC timestamps, and text protected against formula injection.
 *
 * <p>Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return as a formula. Such text cells get a
 * leading {@code '}, which spreadsheets show as text. Numbers in numeric columns are written as
 * numbers and never prefixed, so {@code -5} stays {@code -5}. Quoting (commas, quotes, line breaks)
 * is the CSV writer's job.
 */
public final class CsvCells {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");
  private static final int SECONDS_PER_DAY = 86_400;

  private CsvCells() {}

  /** The cell text of {@code value} (may be {@code null}: an empty cell) in {@code column}. */
  public static String format(ReportColumn column, Object value, CsvOptions options) {
    StringBuilder cell = new StringBuilder();
    append(cell, column, value, decimalSeparator(options));
    return cell.toString();
  }

  /** Prefixes {@code '} to text a spreadsheet would run as a formula; other text is unchanged. */
  public static String neutralise(String text) {
    return dangerous(text) ? "'" + text : text;
  }

  /** The decimal separator numbers are written with: a dot, or the chosen locale's. */
  static char decimalSeparator(CsvOptions options) {
    return options
        .numberLocale()
        .map(locale -> DecimalFormatSymbols.getInstance(locale).getDecimalSeparator())
        .orElse('.');
  }

  /**
   * Appends the cell text of {@code value} to {@code cell}: what {@link #format} returns, without
   * the intermediate strings (the CSV writer calls this for every cell of a million-row export).
   */
  static void append(StringBuilder cell, ReportColumn column, Object value, char separator) {
    if (value == null) {
      return;
    }
    switch (column.type()) {
      case INTEGER -> number(cell, value, 0, separator);
      case DECIMAL, MONEY -> number(cell, value, column.scale(), separator);
      case DATE -> {
        if (value instanceof LocalDate date) {
          cell.append(date);
        } else {
          text(cell, value.toString());
        }
      }
      case TIMESTAMP -> {
        if (value instanceof Instant instant) {
          timestamp(cell, instant);
        } else if (value instanceof OffsetDateTime odt) {
          timestamp(cell, odt.toInstant());
        } else {
          text(cell, value.toString());
        }
      }
      case TEXT -> text(cell, value.toString());
    }
  }

  private static boolean dangerous(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  private static void text(StringBuilder cell, String text) {
    if (dangerous(text)) {
      cell.append('\'');
    }
    cell.append(text);
  }

  private static void number(StringBuilder cell, Object value, int scale, char separator) {
    boolean integral = value instanceof Long || value instanceof Integer || value instanceof Short;
    if (integral && scale == 0) {
      cell.append(((Number) value).longValue());
      return;
    }
    BigDecimal number;
    if (value instanceof BigDecimal decimal) {
      number = decimal;
    } else if (integral) {
      number = BigDecimal.valueOf(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      number = BigDecimal.valueOf(((Number) value).doubleValue());
    } else {
      // Not a number after all (a bug upstream): write it as protected text, never a formula.
      String text = value.toString();
      if (PLAIN_NUMBER.matcher(text).matches()) {
        cell.append(text);
      } else {
        text(cell, text);
      }
      return;
    }
    int start = cell.length();
    cell.append(number.setScale(scale, RoundingMode.HALF_UP).toPlainString());
    if (separator != '.' && scale > 0) {
      int dot = cell.indexOf(".", start);
      if (dot >= 0) {
        cell.setCharAt(dot, separator);
      }
    }
  }

  /** {@code uuuu-MM-dd HH:mm:ss} in UTC, without a formatter for the years 0 to 9999. */
  private static void timestamp(StringBuilder cell, Instant instant) {
    long seconds = instant.getEpochSecond();
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
    int year = day.getYear();
    if (year < 0 || year > 9999) {
      cell.append(TIMESTAMP.format(instant));
      return;
    }
    int secondOfDay = Math.floorMod(seconds, SECONDS_PER_DAY);
    digits(cell, year, 4);
    cell.append('-');
    digits(cell, day.getMonthValue(), 2);
    cell.append('-');
    digits(cell, day.getDayOfMonth(), 2);
    cell.append(' ');
    digits(cell, secondOfDay / 3600, 2);
    cell.append(':');
    digits(cell, secondOfDay / 60 % 60, 2);
    cell.append(':');
    digits(cell, secondOfDay % 60, 2);
  }

  private static void digits(StringBuilder cell, int value, int width) {
    for (int divisor = width == 4 ? 1000 : 10; divisor > 0; divisor /= 10) {
      cell.append((char) ('0' + value / divisor % 10));
    }
  }
}
