package dev.bobbin.model.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a report as RFC 4180 CSV through commons-csv: a header row, then one record per row, each
 * cell made by the shared {@link CsvCells} rules (formula protection, plain numbers, ISO dates).
 * The desktop export and the server endpoint both write through it, so their files are the same.
 */
public final class CsvReportWriter implements AutoCloseable {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final CSVPrinter printer;
  private final List<ReportColumn> columns;
  private final CsvOptions options;
  private final String[] cells;

  public CsvReportWriter(Writer out, ReportDefinition report, CsvOptions options)
      throws IOException {
    if (options.byteOrderMark()) {
      out.write(BYTE_ORDER_MARK);
    }
    this.printer = new CSVPrinter(out, format(options));
    this.columns = report.columns();
    this.options = options;
    this.cells = new String[columns.size()];
    printer.printRecord(report.header());
  }

  /** The CSV dialect: RFC 4180 (CRLF, quotes doubled, quoted only when needed). */
  public static CSVFormat format(CsvOptions options) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(options.delimiter())
        .setQuoteMode(QuoteMode.MINIMAL)
        .get();
  }

  /** Writes one row; values follow the report's columns. */
  public void write(Object[] row) {
    for (int i = 0; i < cells.length; i++) {
      cells[i] = CsvCells.format(columns.get(i), row[i], options);
    }
    try {
      printer.printRecord((Object[]) cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
