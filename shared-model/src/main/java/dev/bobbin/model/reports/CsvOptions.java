package dev.bobbin.model.reports;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a CSV file is written.
 *
 * @param delimiter between cells: {@code ,} by default, {@code ;} where Excel expects it
 * @param byteOrderMark whether the UTF-8 file starts with a BOM, so Excel on Windows reads it as
 *     UTF-8
 * @param numberLocale empty for plain numbers with a dot ({@code 1234.50}); a locale to use its
 *     decimal separator instead ({@code 1234,50} for {@code de}). Never thousands separators.
 */
public record CsvOptions(char delimiter, boolean byteOrderMark, Optional<Locale> numberLocale) {
  public CsvOptions {
    Objects.requireNonNull(numberLocale, "numberLocale");
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("The delimiter cannot be a quote or a line break.");
    }
  }

  /** Comma, no BOM, dot decimals: what scripts and most tools expect. */
  public static CsvOptions defaults() {
    return new CsvOptions(',', false, Optional.empty());
  }

  public CsvOptions withDelimiter(char newDelimiter) {
    return new CsvOptions(newDelimiter, byteOrderMark, numberLocale);
  }

  public CsvOptions withByteOrderMark() {
    return new CsvOptions(delimiter, true, numberLocale);
  }

  public CsvOptions withNumberLocale(Locale locale) {
    return new CsvOptions(delimiter, byteOrderMark, Optional.of(locale));
  }
}
