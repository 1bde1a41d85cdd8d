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

  private CsvCells() {}

  /** The cell text of {@code value} (may be {@code null}: an empty cell) in {@code column}. */
  public static String format(ReportColumn column, Object value, CsvOptions options) {
    if (value == null) {
      return "";
    }
    return switch (column.type()) {
      case INTEGER -> number(value, 0, options);
      case DECIMAL, MONEY -> number(value, column.scale(), options);
      case DATE -> value instanceof LocalDate date ? date.toString() : neutralise(value.toString());
      case TIMESTAMP -> timestamp(value);
      case TEXT -> neutralise(value.toString());
    };
  }

  /** Prefixes {@code '} to text a spreadsheet would run as a formula; other text is unchanged. */
  public static String neutralise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean dangerous =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return dangerous ? "'" + text : text;
  }

  private static String number(Object value, int scale, CsvOptions options) {
    BigDecimal number;
    if (value instanceof BigDecimal decimal) {
      number = decimal;
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      number = BigDecimal.valueOf(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      number = BigDecimal.valueOf(((Number) value).doubleValue());
    } else {
      // Not a number after all (a bug upstream): write it as protected text, never a formula.
      String text = value.toString();
      return PLAIN_NUMBER.matcher(text).matches() ? text : neutralise(text);
    }
    String plain = number.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    if (options.numberLocale().isEmpty() || scale == 0) {
      return plain;
    }
    char separator =
        DecimalFormatSymbols.getInstance(options.numberLocale().get()).getDecimalSeparator();
    return plain.replace('.', separator);
  }

  private static String timestamp(Object value) {
    if (value instanceof Instant instant) {
      return TIMESTAMP.format(instant);
    } else if (value instanceof OffsetDateTime odt) {
      return TIMESTAMP.format(odt.toInstant());
    }
    return neutralise(value.toString());
  }
}
