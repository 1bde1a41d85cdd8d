package dev.bobbin.model.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {
  private static final CsvOptions PLAIN = CsvOptions.defaults();

  @ParameterizedTest
  @ValueSource(strings = {"=SUM(A1:A9)", "+1+1", "-2+3", "@cmd", "\tx", "\rx", "=HYPERLINK(\"x\")"})
  void textThatASpreadsheetWouldRunGetsAQuotePrefix(String text) {
    assertThat(CsvCells.format(ReportColumn.text("note", "Note"), text, PLAIN))
        .isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cotton", "", "a=b", " =x", "'quoted", "١٢٣ عربى", "🧵 thread"})
  void harmlessTextIsUnchanged(String text) {
    assertThat(CsvCells.format(ReportColumn.text("note", "Note"), text, PLAIN)).isEqualTo(text);
  }

  @Test
  void negativeNumbersInNumericColumnsStayNumbers() {
    assertThat(CsvCells.format(ReportColumn.decimal("q", "Q", 3), new BigDecimal("-5"), PLAIN))
        .isEqualTo("-5.000");
    assertThat(CsvCells.format(ReportColumn.integer("n", "N"), -5L, PLAIN)).isEqualTo("-5");
    assertThat(CsvCells.format(ReportColumn.money("m", "M"), new BigDecimal("-12.345"), PLAIN))
        .isEqualTo("-12.35");
  }

  @Test
  void aNegativeNumberAsTextInATextColumnIsStillNeutralised() {
    assertThat(CsvCells.format(ReportColumn.text("ref", "Ref"), "-5", PLAIN)).isEqualTo("'-5");
  }

  @Test
  void numbersUseADotAndNoGroupingUnlessALocaleIsChosen() {
    ReportColumn money = ReportColumn.money("value", "Value");
    BigDecimal amount = new BigDecimal("1234567.5");
    assertThat(CsvCells.format(money, amount, PLAIN)).isEqualTo("1234567.50");
    assertThat(CsvCells.format(money, amount, PLAIN.withNumberLocale(Locale.GERMANY)))
        .isEqualTo("1234567,50");
    assertThat(CsvCells.format(money, amount, PLAIN.withNumberLocale(Locale.UK)))
        .isEqualTo("1234567.50");
  }

  @Test
  void datesAreIsoAndTimestampsUtc() {
    assertThat(CsvCells.format(ReportColumn.date("d", "D"), LocalDate.of(2026, 3, 4), PLAIN))
        .isEqualTo("2026-03-04");
    assertThat(
            CsvCells.format(
                ReportColumn.timestamp("t", "T"), Instant.parse("2026-03-04T05:06:07Z"), PLAIN))
        .isEqualTo("2026-03-04 05:06:07");
  }

  @Test
  void missingValuesAreEmptyCells() {
    assertThat(CsvCells.format(ReportColumn.decimal("q", "Q", 3), null, PLAIN)).isEmpty();
  }

  @Test
  void timestampsAreWhatTheFormatterWritesFromYearZeroToBeyond9999() {
    DateTimeFormatter formatter =
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    ReportColumn at = ReportColumn.timestamp("t", "T");
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<Instant> instants = new ArrayList<>();
    instants.add(Instant.parse("0000-01-01T00:00:00Z"));
    instants.add(Instant.parse("1969-12-31T23:59:59.999Z"));
    instants.add(Instant.parse("1970-01-01T00:00:00Z"));
    instants.add(Instant.parse("2024-02-29T12:34:56.789Z"));
    instants.add(Instant.parse("9999-12-31T23:59:59Z"));
    instants.add(Instant.parse("+10000-01-01T00:00:00Z"));
    instants.add(Instant.parse("-0001-12-31T23:59:59Z"));
    for (int i = 0; i < 10_000; i++) {
      instants.add(Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L)));
    }
    for (Instant instant : instants) {
      assertThat(CsvCells.format(at, instant, PLAIN))
          .as("seed %d", seed)
          .isEqualTo(formatter.format(instant));
    }
  }
}
