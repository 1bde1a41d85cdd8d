package dev.bobbin.model.reports;

import java.util.List;
import java.util.function.Consumer;

/**
 * One report ready to run: its query, the types of the query's result columns (how each app reads
 * them from JDBC), and the reader that shapes each result row into the report's rows.
 *
 * @param query the SELECT and its bind values
 * @param sourceTypes one per result column, in order
 * @param reader takes every result row, in order, then {@link Reader#finish()} once
 */
public record ReportPlan(
    ReportQuery query, List<ColumnType> sourceTypes, ReportPlan.Reader reader) {
  public ReportPlan {
    sourceTypes = List.copyOf(sourceTypes);
  }

  /** How one report reads its query's rows into its sink. */
  public interface Reader {
    /** One result row, values as {@link RowSink} describes; the reader may keep or change it. */
    void read(Object[] sourceRow);

    /** After the last row: aggregating reports write what they still hold. */
    default void finish() {}

    /** A reader that hands each row to {@code read} and runs {@code finish} after the last. */
    static Reader of(Consumer<Object[]> read, Runnable finish) {
      return new Reader() {
        @Override
        public void read(Object[] sourceRow) {
          read.accept(sourceRow);
        }

        @Override
        public void finish() {
          finish.run();
        }
      };
    }
  }
}
