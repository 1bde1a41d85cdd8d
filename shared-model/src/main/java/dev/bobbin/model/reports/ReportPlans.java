package dev.bobbin.model.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Turns a report's arguments into a {@link ReportPlan} on either database: the dialect gives the
 * SQL, this class the types of its columns and the row shaping, the same on the desktop and the
 * server.
 */
public final class ReportPlans {
  private static final ColumnType T = ColumnType.TEXT;
  private static final ColumnType I = ColumnType.INTEGER;
  private static final ColumnType D = ColumnType.DECIMAL;
  private static final ColumnType DAY = ColumnType.DATE;
  private static final ColumnType TS = ColumnType.TIMESTAMP;

  /** The types of the stock ledger's source columns (see {@link ReportSql#stockLedger}). */
  public static final List<ColumnType> LEDGER_TYPES = List.of(TS, T, T, T, T, D, T, D, T, T, T, T);

  private ReportPlans() {}

  /**
   * The plan of {@code args.report()} in {@code sql}'s dialect, writing to {@code sink}.
   *
   * @param today the day relative dates and "overdue" are judged against
   */
  public static ReportPlan plan(
      ReportSql sql, ReportArguments args, LocalDate today, RowSink sink) {
    String name = args.report().name();
    return switch (name) {
      case "inventory-valuation" ->
          new ReportPlan(
              sql.inventoryValuation(args),
              List.of(T, T, T, T, T, D, D, T, D),
              withUnitAt(4, sink));
      case "low-stock" ->
          new ReportPlan(
              sql.lowStock(args),
              List.of(T, T, T, T, T, D, D, D, D, D, T),
              row -> sink.accept(ReportRows.lowStock(row)));
      case "stock-ledger" -> sql.stockLedger(args, withUnitAt(6, sink));
      case "production-wip" ->
          new ReportPlan(sql.productionWip(args), List.of(T, I, I, I, I, I, DAY), sink::accept);
      case "throughput-weekly" -> throughput(sql, args, sink);
      case "stage-lead-times" -> leadTimes(sql, args, sink);
      case "orders-on-time" -> onTime(sql, args, today, sink);
      case "quotes-conversion" ->
          new ReportPlan(
              sql.quotesConversion(args), List.of(T, T, T, I, T, D, T, DAY, T, T), sink::accept);
      case "receivables-ageing" -> {
        LocalDate asOf = args.date("asOf");
        yield new ReportPlan(
            sql.receivablesAgeing(args),
            List.of(T, T, DAY, DAY, D, T),
            row -> sink.accept(ReportRows.ageing(row, asOf)));
      }
      default -> throw new IllegalArgumentException("No query for report " + name);
    };
  }

  private static ReportPlan throughput(ReportSql sql, ReportArguments args, RowSink sink) {
    WeeklyThroughput weeks = new WeeklyThroughput(args.date("from"), args.date("to"), sink);
    return new ReportPlan(
        sql.throughputWeekly(args),
        List.of(TS, I),
        ReportPlan.Reader.of(
            row -> weeks.add(LocalDate.ofInstant((Instant) row[0], ZoneOffset.UTC), (Long) row[1]),
            weeks::finish));
  }

  private static ReportPlan leadTimes(ReportSql sql, ReportArguments args, RowSink sink) {
    StageLeadTimes times = new StageLeadTimes(sink);
    return new ReportPlan(
        sql.stageLeadTimes(args),
        List.of(T, I, I),
        ReportPlan.Reader.of(
            row -> times.add((String) row[0], Math.max(0L, (Long) row[1])), times::finish));
  }

  private static ReportPlan onTime(
      ReportSql sql, ReportArguments args, LocalDate today, RowSink sink) {
    OnTimeByCustomer customers = new OnTimeByCustomer(today, sink);
    return new ReportPlan(
        sql.ordersOnTime(args),
        List.of(T, T, DAY, T, TS),
        ReportPlan.Reader.of(
            row ->
                customers.add(
                    row[0],
                    (String) row[1],
                    (LocalDate) row[2],
                    "DONE".equals(row[3]),
                    (Instant) row[4]),
            customers::finish));
  }

  private static ReportPlan.Reader withUnitAt(int index, RowSink sink) {
    return row -> {
      row[index] = ReportRows.unitSymbol((String) row[index]);
      sink.accept(row);
    };
  }
}
