package dev.bobbin.desktop.reports;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.model.reports.ColumnType;
import dev.bobbin.model.reports.ReportArguments;
import dev.bobbin.model.reports.ReportPlan;
import dev.bobbin.model.reports.ReportQuery;
import dev.bobbin.model.reports.RowSink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs a report on the local store and streams its rows: the query runs lazily (H2's {@code
 * LAZY_QUERY_EXECUTION}) and each result row goes to the sink as it is read, so a report of a
 * million ledger lines never sits in memory.
 */
final class ReportRunner {
  private static final int FETCH_SIZE = 1000;

  /** Told how many source rows have been read, every so often. */
  interface Progress {
    void rowsRead(long rows);
  }

  private final LocalStore store;
  private final Clock clock;

  ReportRunner(LocalStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** How many rows the report's query returns: the denominator of an export's progress. */
  long sourceRows(ReportArguments args) {
    LocalDate today = today();
    return store.inTransaction(
        s ->
            s.doReturningWork(
                c -> {
                  ReportQuery count;
                  try (LedgerNames names = new LedgerNames(c)) {
                    count = LocalReports.countQuery(args, today, names);
                  }
                  // Lazily, or H2 first copies a counted subquery's rows into a temporary result.
                  setLazy(c, true);
                  try (PreparedStatement ps = c.prepareStatement(count.sql())) {
                    bind(ps, count.params());
                    try (ResultSet rs = ps.executeQuery()) {
                      rs.next();
                      return rs.getLong(1);
                    }
                  } finally {
                    setLazy(c, false);
                  }
                }));
  }

  /** Runs the report, sending each row to {@code sink}; returns the number of source rows. */
  long run(ReportArguments args, RowSink sink, Progress progress) {
    LocalDate today = today();
    return store.inTransaction(
        s ->
            s.doReturningWork(
                c -> {
                  try (LedgerNames names = new LedgerNames(c)) {
                    return stream(c, LocalReports.plan(args, today, sink, names), progress);
                  } catch (LedgerNames.LookupFailure e) {
                    throw e.rethrow();
                  }
                }));
  }

  private static long stream(Connection c, ReportPlan plan, Progress progress) throws SQLException {
    ColumnType[] types = plan.sourceTypes().toArray(new ColumnType[0]);
    setLazy(c, true);
    try (PreparedStatement ps =
        c.prepareStatement(
            plan.query().sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      ps.setFetchSize(FETCH_SIZE);
      bind(ps, plan.query().params());
      long rows = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Object[] row = new Object[types.length];
          for (int i = 0; i < row.length; i++) {
            row[i] = LocalReports.read(rs, i + 1, types[i]);
          }
          plan.reader().read(row);
          if (++rows % FETCH_SIZE == 0) {
            progress.rowsRead(rows);
          }
        }
      }
      plan.reader().finish();
      progress.rowsRead(rows);
      return rows;
    } finally {
      setLazy(c, false);
    }
  }

  private static void setLazy(Connection c, boolean lazy) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("SET LAZY_QUERY_EXECUTION " + (lazy ? "TRUE" : "FALSE"));
    }
  }

  private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
  }
}
