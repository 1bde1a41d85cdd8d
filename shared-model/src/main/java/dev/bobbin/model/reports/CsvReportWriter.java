package dev.bobbin.model.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a report as RFC 4180 CSV: a header row, then one record per row, each cell made by the
 * shared {@link CsvCells} rules (formula protection, plain numbers, ISO dates). The desktop export
 * and the server endpoint both write through it, so their files are the same.
 *
 * <p>The records are exactly what Commons CSV's {@link #format} prints (CRLF, quotes doubled, a
 * cell quoted only when Commons CSV's minimal quoting would quote it; {@code CsvReportWriterTest}
 * compares the two on random text), but built in one buffer and handed to the writer in large
 * chunks: printing through Commons CSV made several small, locked writes per cell and was most of
 * an export's time.
 */
public final class CsvReportWriter implements AutoCloseable {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final char QUOTE = '"';
  private static final int FLUSH_AT = 1 << 14;

  private final Writer out;
  private final ReportColumn[] columns;
  private final char delimiter;
  private final char decimalSeparator;
  private final StringBuilder cell = new StringBuilder(64); // a cell being quoted
  private final StringBuilder pending = new StringBuilder(FLUSH_AT + 1024);
  private char[] chunk = new char[FLUSH_AT + 1024];

  public CsvReportWriter(Writer out, ReportDefinition report, CsvOptions options)
      throws IOException {
    this.out = out;
    this.columns = report.columns().toArray(new ReportColumn[0]);
    this.delimiter = options.delimiter();
    this.decimalSeparator = CsvCells.decimalSeparator(options);
    if (options.byteOrderMark()) {
      pending.append(BYTE_ORDER_MARK);
    }
    List<String> header = report.header();
    for (int i = 0; i < header.size(); i++) {
      if (i > 0) {
        pending.append(delimiter);
      }
      int start = pending.length();
      pending.append(header.get(i));
      quoteIfNeeded(start, i == 0);
    }
    pending.append("\r\n");
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
    for (int i = 0; i < columns.length; i++) {
      if (i > 0) {
        pending.append(delimiter);
      }
      int start = pending.length();
      CsvCells.append(pending, columns[i], row[i], decimalSeparator);
      quoteIfNeeded(start, i == 0);
    }
    pending.append("\r\n");
    if (pending.length() >= FLUSH_AT) {
      try {
        flushPending();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Quotes the cell just appended from {@code start} if Commons CSV's {@link QuoteMode#MINIMAL}
   * rule would: an empty first cell (else the record would be a blank line), a cell starting with a
   * character up to {@code #} (space, control characters, {@code !}, {@code "}, {@code #}), one
   * holding a line break, a quote or the delimiter, and one ending in a space or control character;
   * quotes inside are doubled. Cells are appended in place and only the rare quoted one is copied.
   */
  private void quoteIfNeeded(int start, boolean firstInRecord) {
    int end = pending.length();
    boolean quote;
    if (start == end) {
      quote = firstInRecord;
    } else if (pending.charAt(start) <= '#') {
      quote = true;
    } else {
      quote = pending.charAt(end - 1) <= ' ';
      for (int i = start; i < end && !quote; i++) {
        char c = pending.charAt(i);
        quote = c == '\n' || c == '\r' || c == QUOTE || c == delimiter;
      }
    }
    if (!quote) {
      return;
    }
    cell.setLength(0);
    cell.append(pending, start, end);
    pending.setLength(start);
    pending.append(QUOTE);
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == QUOTE) {
        pending.append(QUOTE);
      }
      pending.append(c);
    }
    pending.append(QUOTE);
  }

  private void flushPending() throws IOException {
    int length = pending.length();
    if (chunk.length < length) {
      chunk = new char[length];
    }
    pending.getChars(0, length, chunk, 0);
    out.write(chunk, 0, length);
    pending.setLength(0);
  }

  /** Writes what is still buffered, then flushes and closes the underlying writer. */
  @Override
  public void close() throws IOException {
    try (Writer closing = out) {
      flushPending();
      closing.flush();
    }
  }
}
