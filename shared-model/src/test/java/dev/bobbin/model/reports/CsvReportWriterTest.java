package dev.bobbin.model.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {
  private static final ReportDefinition REPORT =
      new ReportDefinition(
          "nasty",
          "Nasty values",
          "For tests",
          List.of(),
          List.of(
              ReportColumn.text("text", "Text"),
              ReportColumn.decimal("quantity", "Quantity", 3),
              ReportColumn.integer("count", "Count"),
              ReportColumn.date("day", "Day"),
              ReportColumn.timestamp("at", "At")),
          Optional.empty());

  private static final List<String> NASTY =
      List.of(
          "plain",
          "comma, inside",
          "\"quoted\" and \"\"double\"\"",
          "line\nbreak",
          "crlf\r\ninside",
          "emoji 🧵🎈 and 👩🏽‍🔧",
          "שלום עולם — right to left",
          "مرحبا بالعالم",
          "=SUM(A1:A2)",
          "+33 1 23",
          "-negative text",
          "@mention",
          "\tleading tab",
          "\rleading CR",
          "  spaces around  ",
          "",
          "trailing backslash \\",
          "semi;colon");

  private static String write(List<Object[]> rows, CsvOptions options) throws IOException {
    StringWriter out = new StringWriter();
    try (CsvReportWriter csv = new CsvReportWriter(out, REPORT, options)) {
      rows.forEach(csv::write);
    }
    return out.toString();
  }

  private static List<CSVRecord> parse(String text, CsvOptions options) throws IOException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try (CSVParser parser = CsvReportWriter.format(options).parse(new StringReader(body))) {
      return parser.getRecords();
    }
  }

  /** What a spreadsheet user reads back: the text, less the protective quote. */
  private static String unprotect(String cell) {
    if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  @Test
  void nastyTextSurvivesARoundTripThroughCommonsCsv() throws IOException {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < NASTY.size(); i++) {
      rows.add(
          new Object[] {
            NASTY.get(i),
            new BigDecimal(i % 2 == 0 ? "-5" : "1234.5"),
            (long) -i,
            LocalDate.of(2026, 1, 1 + i),
            Instant.parse("2026-01-01T10:00:00Z")
          });
    }
    List<CSVRecord> records = parse(write(rows, CsvOptions.defaults()), CsvOptions.defaults());

    assertThat(records).hasSize(NASTY.size() + 1);
    assertThat(records.get(0).toList()).containsExactly("text", "quantity", "count", "day", "at");
    for (int i = 0; i < NASTY.size(); i++) {
      CSVRecord r = records.get(i + 1);
      assertThat(unprotect(r.get(0))).isEqualTo(NASTY.get(i));
      assertThat(r.get(1)).isEqualTo(i % 2 == 0 ? "-5.000" : "1234.500");
      assertThat(r.get(2)).isEqualTo(Long.toString(-i));
      assertThat(r.get(3)).isEqualTo(LocalDate.of(2026, 1, 1 + i).toString());
      assertThat(r.get(4)).isEqualTo("2026-01-01 10:00:00");
    }
  }

  @Test
  void formulaLikeTextIsNeutralisedButNegativeNumbersAreNot() throws IOException {
    List<Object[]> rows = new ArrayList<>();
    for (String text : List.of("=1+1", "+1", "-1", "@SUM(1)", "\t=1", "\r=1")) {
      rows.add(new Object[] {text, new BigDecimal("-5"), -5L, null, null});
    }
    for (CSVRecord r :
        parse(write(rows, CsvOptions.defaults()), CsvOptions.defaults()).subList(1, 7)) {
      assertThat(r.get(0)).startsWith("'");
      assertThat(r.get(1)).isEqualTo("-5.000");
      assertThat(r.get(2)).isEqualTo("-5");
      assertThat(r.get(3)).isEmpty();
    }
  }

  @Test
  void excelOptionsAddABomASemicolonAndCommaDecimals() throws IOException {
    CsvOptions excel =
        CsvOptions.defaults()
            .withByteOrderMark()
            .withDelimiter(';')
            .withNumberLocale(Locale.GERMANY);
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"a;b", new BigDecimal("-1234.5"), 3L, null, null});
    String text = write(rows, excel);

    assertThat(text).startsWith("\uFEFFtext;quantity;count;day;at\r\n");
    List<CSVRecord> records = parse(text, excel);
    assertThat(records.get(1).get(0)).isEqualTo("a;b");
    assertThat(records.get(1).get(1)).isEqualTo("-1234,500");
  }

  @Test
  void randomTextRoundTrips() throws IOException {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String alphabet = "a,\"\n\r\t=+-@; 'é🧵ש";
    List<Object[]> rows = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        sb.appendCodePoint(
            alphabet.codePoints()
                .toArray()[random.nextInt(alphabet.codePointCount(0, alphabet.length()))]);
      }
      texts.add(sb.toString());
      rows.add(new Object[] {sb.toString(), null, null, null, null});
    }
    List<CSVRecord> records = parse(write(rows, CsvOptions.defaults()), CsvOptions.defaults());
    for (int i = 0; i < texts.size(); i++) {
      // Exactly the protected text: the original, or the original behind one quote.
      assertThat(records.get(i + 1).get(0))
          .as("seed %d, row %d", seed, i)
          .isEqualTo(CsvCells.neutralise(texts.get(i)))
          .isIn(texts.get(i), "'" + texts.get(i));
    }
  }

  @Test
  void recordsAreExactlyWhatCommonsCsvPrints() throws IOException {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String alphabet = "a,;\"\n\r\t =+-@#!' \u00e9\u00a0\u0001\ud83e\uddf5";
    for (char delimiter : new char[] {',', ';', '\t', ' ', '|'}) {
      CsvOptions options =
          CsvOptions.defaults().withDelimiter(delimiter).withNumberLocale(Locale.GERMANY);
      List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(6);
        for (int j = 0; j < length; j++) {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        rows.add(
            new Object[] {
              random.nextInt(4) == 0 ? null : sb.toString(),
              random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(), random.nextInt(5)),
              random.nextBoolean() ? null : random.nextLong(),
              random.nextBoolean() ? null : LocalDate.ofEpochDay(random.nextInt(40_000)),
              random.nextBoolean()
                  ? null
                  : Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE) * 2L)
            });
      }
      StringWriter expected = new StringWriter();
      try (CSVPrinter printer = new CSVPrinter(expected, CsvReportWriter.format(options))) {
        printer.printRecord(REPORT.header());
        for (Object[] row : rows) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < row.length; c++) {
            cells.add(CsvCells.format(REPORT.columns().get(c), row[c], options));
          }
          printer.printRecord(cells);
        }
      }
      assertThat(write(rows, options))
          .as("seed %d, delimiter %s", seed, delimiter)
          .isEqualTo(expected.toString());
    }
  }
}
