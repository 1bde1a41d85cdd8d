package dev.bobbin.desktop.reports;

import dev.bobbin.model.reports.ColumnType;
import dev.bobbin.model.reports.OnTimeByCustomer;
import dev.bobbin.model.reports.ReportArguments;
import dev.bobbin.model.reports.ReportRows;
import dev.bobbin.model.reports.RowSink;
import dev.bobbin.model.reports.StageLeadTimes;
import dev.bobbin.model.reports.WeeklyThroughput;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Every report as SQL on the local H2 database, with the readers that turn its result rows into
 * report rows. The Postgres twin lives in the server; both shape rows with the shared {@link
 * ReportRows} and aggregators, so only the SQL dialect differs.
 */
final class LocalReports {
  private static final ColumnType T = ColumnType.TEXT;
  private static final ColumnType I = ColumnType.INTEGER;
  private static final ColumnType D = ColumnType.DECIMAL;
  private static final ColumnType DAY = ColumnType.DATE;
  private static final ColumnType TS = ColumnType.TIMESTAMP;

  /** How one report reads its query's rows into its sink. */
  interface Reader {
    void read(Object[] sourceRow);

    default void finish() {}
  }

  /** One report: its query, the types of the query's columns, and its reader. */
  record Plan(Query query, List<ColumnType> sourceTypes, Reader reader) {}

  private LocalReports() {}

  static Plan plan(ReportArguments args, LocalDate today, RowSink sink) {
    String name = args.report().name();
    return switch (name) {
      case "inventory-valuation" -> valuation(args, sink);
      case "low-stock" -> lowStock(args, sink);
      case "stock-ledger" -> ledger(args, sink);
      case "production-wip" -> wip(sink);
      case "throughput-weekly" -> throughput(args, sink);
      case "stage-lead-times" -> leadTimes(args, sink);
      case "orders-on-time" -> onTime(args, today, sink);
      case "quotes-conversion" -> quotes(args, sink);
      case "receivables-ageing" -> ageing(args, sink);
      default -> throw new IllegalArgumentException("No local query for report " + name);
    };
  }

  private static Plan valuation(ReportArguments args, RowSink sink) {
    Query q =
        new Query(
                "SELECT i.sku, i.name, i.category, i.location, i.unit, b.on_hand,"
                    + " i.unit_cost_amount, i.unit_cost_currency, b.on_hand * i.unit_cost_amount"
                    + " FROM item i JOIN (SELECT i2.id AS item_id, COALESCE((SELECT SUM(m.quantity)"
                    + " FROM stock_movement m WHERE m.item_id = i2.id AND m.at < ?), 0) AS on_hand"
                    + " FROM item i2) b ON b.item_id = i.id",
                endOfDay(args.date("asOf")))
            .and("(i.archived = FALSE OR b.on_hand <> 0)");
    args.text("category").ifPresent(c -> q.and("i.category = ?", c));
    args.text("location").ifPresent(l -> q.and("LOWER(i.location) = LOWER(?)", l));
    q.then("ORDER BY i.category, i.sku_key, i.id");
    return new Plan(q, List.of(T, T, T, T, T, D, D, T, D), withUnitAt(4, sink));
  }

  private static Plan lowStock(ReportArguments args, RowSink sink) {
    Query q =
        new Query(
                "SELECT i.sku, i.name, i.category, i.location, i.unit, COALESCE(b.on_hand, 0),"
                    + " COALESCE(r.reserved, 0), i.reorder_point, i.reorder_quantity,"
                    + " i.unit_cost_amount, i.unit_cost_currency FROM item i"
                    + " LEFT JOIN item_balance b ON b.item_id = i.id"
                    + " LEFT JOIN (SELECT item_id, SUM(quantity) AS reserved FROM reservation"
                    + " WHERE released = FALSE GROUP BY item_id) r ON r.item_id = i.id")
            .and("i.archived = FALSE AND i.reorder_point > 0")
            .and("COALESCE(b.on_hand, 0) - COALESCE(r.reserved, 0) < i.reorder_point");
    args.text("category").ifPresent(c -> q.and("i.category = ?", c));
    q.then("ORDER BY i.category, i.sku_key, i.id");
    return new Plan(
        q, List.of(T, T, T, T, T, D, D, D, D, D, T), row -> sink.accept(ReportRows.lowStock(row)));
  }

  private static Plan ledger(ReportArguments args, RowSink sink) {
    Query q =
        new Query(
                "SELECT m.at, i.sku, i.name, i.category, m.reason, m.quantity, i.unit,"
                    + " m.counted_quantity, m.reference, m.note, u.email, m.device_id"
                    + " FROM stock_movement m LEFT JOIN item i ON i.id = m.item_id"
                    + " LEFT JOIN app_user u ON u.id = m.user_id")
            .and(
                "m.at >= ? AND m.at < ?", startOfDay(args.date("from")), endOfDay(args.date("to")));
    args.text("item").ifPresent(sku -> q.and("i.sku_key = LOWER(?)", sku));
    args.text("category").ifPresent(c -> q.and("i.category = ?", c));
    args.text("reason").ifPresent(r -> q.and("m.reason = ?", r));
    args.text("user").ifPresent(e -> q.and("u.email_key = LOWER(?)", e));
    q.then("ORDER BY m.at, m.id");
    return new Plan(q, List.of(TS, T, T, T, T, D, T, D, T, T, T, T), withUnitAt(6, sink));
  }

  private static Plan wip(RowSink sink) {
    Query q =
        new Query(
                "SELECT s.name, COUNT(*), SUM(o.quantity),"
                    + " SUM(CASE WHEN s.status = 'IN_PROGRESS' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN s.status = 'BLOCKED' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN s.status = 'PENDING' THEN 1 ELSE 0 END),"
                    + " MIN(o.due_date) FROM production_order o"
                    + " JOIN production_stage s ON s.order_id = o.id")
            .and("o.status IN ('IN_PROGRESS', 'ON_HOLD')")
            .and(
                "s.sequence = (SELECT MIN(s2.sequence) FROM production_stage s2"
                    + " WHERE s2.order_id = o.id AND s2.status <> 'DONE')")
            .then("GROUP BY s.name ORDER BY MIN(s.sequence), s.name");
    return new Plan(q, List.of(T, I, I, I, I, I, DAY), sink::accept);
  }

  private static Plan throughput(ReportArguments args, RowSink sink) {
    LocalDate from = args.date("from");
    LocalDate to = args.date("to");
    Query q =
        new Query(
                "SELECT MAX(s.finished_at), o.quantity FROM production_order o"
                    + " JOIN production_stage s ON s.order_id = o.id")
            .and("o.status = 'DONE'")
            .then(
                "GROUP BY o.id, o.quantity HAVING MAX(s.finished_at) >= ?"
                    + " AND MAX(s.finished_at) < ? ORDER BY 1",
                startOfDay(from),
                endOfDay(to));
    WeeklyThroughput weeks = new WeeklyThroughput(from, to, sink);
    return new Plan(
        q,
        List.of(TS, I),
        new Reader() {
          @Override
          public void read(Object[] row) {
            weeks.add(utcDay(row[0]), (Long) row[1]);
          }

          @Override
          public void finish() {
            weeks.finish();
          }
        });
  }

  private static Plan leadTimes(ReportArguments args, RowSink sink) {
    Query q =
        new Query(
                "SELECT s.name, DATEDIFF('SECOND', s.started_at, s.finished_at),"
                    + " MIN(s.sequence) OVER (PARTITION BY s.name) AS first_sequence"
                    + " FROM production_stage s")
            .and("s.status = 'DONE' AND s.started_at IS NOT NULL")
            .and(
                "s.finished_at >= ? AND s.finished_at < ?",
                startOfDay(args.date("from")),
                endOfDay(args.date("to")))
            .then("ORDER BY first_sequence, s.name, 2");
    StageLeadTimes times = new StageLeadTimes(sink);
    return new Plan(
        q,
        List.of(T, I, I),
        new Reader() {
          @Override
          public void read(Object[] row) {
            times.add((String) row[0], Math.max(0L, (Long) row[1]));
          }

          @Override
          public void finish() {
            times.finish();
          }
        });
  }

  private static Plan onTime(ReportArguments args, LocalDate today, RowSink sink) {
    Query q =
        new Query(
                "SELECT CAST(o.customer_id AS VARCHAR), COALESCE(c.name, '(no customer)'),"
                    + " o.due_date, o.status, (SELECT MAX(s.finished_at) FROM production_stage s"
                    + " WHERE s.order_id = o.id) FROM production_order o"
                    + " LEFT JOIN customer c ON c.id = o.customer_id")
            .and("o.status <> 'CANCELLED'")
            .and("o.due_date >= ? AND o.due_date <= ?", args.date("from"), args.date("to"))
            .then("ORDER BY 2, 1");
    OnTimeByCustomer customers = new OnTimeByCustomer(today, sink);
    return new Plan(
        q,
        List.of(T, T, DAY, T, TS),
        new Reader() {
          @Override
          public void read(Object[] row) {
            customers.add(
                row[0],
                (String) row[1],
                (LocalDate) row[2],
                "DONE".equals(row[3]),
                (Instant) row[4]);
          }

          @Override
          public void finish() {
            customers.finish();
          }
        });
  }

  private static Plan quotes(ReportArguments args, RowSink sink) {
    Query q =
        new Query(
            "SELECT q.number, c.name, q.product_type, q.quantity, q.status, q.total_amount,"
                + " q.currency, q.deadline, o.number AS order_number, o.status AS order_status"
                + " FROM quote q"
                + " LEFT JOIN customer c ON c.id = q.customer_id"
                + " LEFT JOIN production_order o ON o.id = q.converted_order_id");
    args.text("status").ifPresent(s -> q.and("q.status = ?", s));
    q.then("ORDER BY q.number, q.id");
    return new Plan(q, List.of(T, T, T, I, T, D, T, DAY, T, T), sink::accept);
  }

  private static Plan ageing(ReportArguments args, RowSink sink) {
    LocalDate asOf = args.date("asOf");
    String net = "ROUND(l.quantity * l.unit_price_amount * (1 - l.discount_percent / 100), 2)";
    Query q =
        new Query(
                "SELECT inv.number, c.name, inv.issue_date, inv.due_date, (SELECT SUM("
                    + net
                    + " + ROUND("
                    + net
                    + " * l.tax_rate_percent / 100, 2)) FROM invoice_line l"
                    + " WHERE l.invoice_id = inv.id), inv.currency FROM invoice inv"
                    + " LEFT JOIN customer c ON c.id = inv.customer_id")
            .and("inv.status = 'ISSUED'")
            .and("(inv.issue_date IS NULL OR inv.issue_date <= ?)", asOf)
            .then("ORDER BY inv.due_date, inv.number");
    return new Plan(
        q, List.of(T, T, DAY, DAY, D, T), row -> sink.accept(ReportRows.ageing(row, asOf)));
  }

  private static Reader withUnitAt(int index, RowSink sink) {
    return row -> {
      row[index] = ReportRows.unitSymbol((String) row[index]);
      sink.accept(row);
    };
  }

  /** Reads column {@code i} (1-based) as {@code type}'s Java value; SQL NULL is null. */
  static Object read(ResultSet rs, int i, ColumnType type) throws SQLException {
    Object value =
        switch (type) {
          case TEXT -> rs.getString(i);
          case INTEGER -> rs.getLong(i);
          case DECIMAL, MONEY -> rs.getBigDecimal(i);
          case DATE -> rs.getObject(i, LocalDate.class);
          case TIMESTAMP -> {
            OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
            yield at == null ? null : at.toInstant();
          }
        };
    return rs.wasNull() ? null : value;
  }

  private static OffsetDateTime startOfDay(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static OffsetDateTime endOfDay(LocalDate day) {
    return startOfDay(day.plusDays(1));
  }

  private static LocalDate utcDay(Object instant) {
    return LocalDate.ofInstant((Instant) instant, ZoneOffset.UTC);
  }
}
