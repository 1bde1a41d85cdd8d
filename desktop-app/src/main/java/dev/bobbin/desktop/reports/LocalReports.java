package dev.bobbin.desktop.reports;

import static dev.bobbin.model.reports.ReportSql.endOfDay;
import static dev.bobbin.model.reports.ReportSql.startOfDay;

import dev.bobbin.model.reports.ColumnType;
import dev.bobbin.model.reports.ReportArguments;
import dev.bobbin.model.reports.ReportPlan;
import dev.bobbin.model.reports.ReportPlans;
import dev.bobbin.model.reports.ReportQuery;
import dev.bobbin.model.reports.ReportSql;
import dev.bobbin.model.reports.Reports;
import dev.bobbin.model.reports.RowSink;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every report as SQL on the local H2 database. The Postgres twin lives in the server; both hand
 * their SQL to the shared {@link ReportPlans}, which reads and shapes the rows the same way, so
 * only the SQL dialect differs (and the stock ledger, which the desktop reads without joins).
 */
final class LocalReports implements ReportSql {
  private static final ColumnType T = ColumnType.TEXT;
  private static final ColumnType D = ColumnType.DECIMAL;

  private final LedgerNames names;

  private LocalReports(LedgerNames names) {
    this.names = names;
  }

  /**
   * The plan of the report; the stock ledger looks up its items and users through {@code names}.
   */
  static ReportPlan plan(ReportArguments args, LocalDate today, RowSink sink, LedgerNames names) {
    return ReportPlans.plan(new LocalReports(names), args, today, sink);
  }

  @Override
  public ReportQuery inventoryValuation(ReportArguments args) {
    ReportQuery q =
        new ReportQuery(
                "SELECT i.sku, i.name, i.category, i.location, i.unit, b.on_hand,"
                    + " i.unit_cost_amount, i.unit_cost_currency, b.on_hand * i.unit_cost_amount"
                    + " FROM item i JOIN (SELECT i2.id AS item_id, COALESCE((SELECT SUM(m.quantity)"
                    + " FROM stock_movement m WHERE m.item_id = i2.id AND m.at < ?), 0) AS on_hand"
                    + " FROM item i2) b ON b.item_id = i.id",
                endOfDay(args.date("asOf")))
            .and("(i.archived = FALSE OR b.on_hand <> 0)");
    args.text("category").ifPresent(c -> q.and("i.category = ?", c));
    args.text("location").ifPresent(l -> q.and("LOWER(i.location) = LOWER(?)", l));
    return q.then("ORDER BY i.category, i.sku_key, i.id");
  }

  @Override
  public ReportQuery lowStock(ReportArguments args) {
    ReportQuery q =
        new ReportQuery(
                "SELECT i.sku, i.name, i.category, i.location, i.unit, COALESCE(b.on_hand, 0),"
                    + " COALESCE(r.reserved, 0), i.reorder_point, i.reorder_quantity,"
                    + " i.unit_cost_amount, i.unit_cost_currency FROM item i"
                    + " LEFT JOIN item_balance b ON b.item_id = i.id"
                    + " LEFT JOIN (SELECT item_id, SUM(quantity) AS reserved FROM reservation"
                    + " WHERE released = FALSE GROUP BY item_id) r ON r.item_id = i.id")
            .and("i.archived = FALSE AND i.reorder_point > 0")
            .and("COALESCE(b.on_hand, 0) - COALESCE(r.reserved, 0) < i.reorder_point");
    args.text("category").ifPresent(c -> q.and("i.category = ?", c));
    return q.then("ORDER BY i.category, i.sku_key, i.id");
  }

  /**
   * The ledger table alone, in the order of its {@code (at, id)} index (V13), so H2 neither joins
   * nor sorts; {@link LedgerNames} adds the item and user columns.
   */
  @Override
  public ReportPlan stockLedger(ReportArguments args, ReportPlan.Reader shape) {
    ReportQuery q =
        ledgerLines(
                "SELECT m.at, m.item_id, m.reason, m.quantity, m.counted_quantity, m.reference,"
                    + " m.note, m.user_id, m.device_id FROM stock_movement m",
                args)
            .then("ORDER BY m.at, m.id");
    return new ReportPlan(
        q,
        List.of(ColumnType.TIMESTAMP, T, T, D, D, T, T, T, T),
        line -> shape.read(names.ledgerRow(line)));
  }

  /**
   * How many source rows the report reads: the total of an export's progress. The ledger counts its
   * lines straight from the {@code (at, id)} index; other reports count their query's rows.
   */
  static ReportQuery countQuery(ReportArguments args, LocalDate today, LedgerNames names) {
    if (args.report().name().equals(Reports.STOCK_LEDGER.name())) {
      return ledgerLines("SELECT COUNT(*) FROM stock_movement m", args);
    }
    ReportQuery q = plan(args, today, row -> {}, names).query();
    return new ReportQuery("SELECT COUNT(*) FROM (" + q.sql() + ") q", q.params().toArray());
  }

  /** The ledger lines in the report's range, with its filters; the item and user ones by id. */
  private static ReportQuery ledgerLines(String select, ReportArguments args) {
    ReportQuery q =
        new ReportQuery(select)
            .and(
                "m.at >= ? AND m.at < ?", startOfDay(args.date("from")), endOfDay(args.date("to")));
    args.text("item")
        .ifPresent(
            sku -> q.and("m.item_id IN (SELECT id FROM item WHERE sku_key = LOWER(?))", sku));
    args.text("category")
        .ifPresent(c -> q.and("m.item_id IN (SELECT id FROM item WHERE category = ?)", c));
    args.text("reason").ifPresent(r -> q.and("m.reason = ?", r));
    args.text("user")
        .ifPresent(
            e -> q.and("m.user_id IN (SELECT id FROM app_user WHERE email_key = LOWER(?))", e));
    return q;
  }

  @Override
  public ReportQuery productionWip(ReportArguments args) {
    return new ReportQuery(
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
  }

  @Override
  public ReportQuery throughputWeekly(ReportArguments args) {
    return new ReportQuery(
            "SELECT MAX(s.finished_at), o.quantity FROM production_order o"
                + " JOIN production_stage s ON s.order_id = o.id")
        .and("o.status = 'DONE'")
        .then(
            "GROUP BY o.id, o.quantity HAVING MAX(s.finished_at) >= ?"
                + " AND MAX(s.finished_at) < ? ORDER BY 1",
            startOfDay(args.date("from")),
            endOfDay(args.date("to")));
  }

  @Override
  public ReportQuery stageLeadTimes(ReportArguments args) {
    return new ReportQuery(
            "SELECT s.name, DATEDIFF('SECOND', s.started_at, s.finished_at),"
                + " MIN(s.sequence) OVER (PARTITION BY s.name) AS first_sequence"
                + " FROM production_stage s")
        .and("s.status = 'DONE' AND s.started_at IS NOT NULL")
        .and(
            "s.finished_at >= ? AND s.finished_at < ?",
            startOfDay(args.date("from")),
            endOfDay(args.date("to")))
        .then("ORDER BY first_sequence, s.name, 2");
  }

  @Override
  public ReportQuery ordersOnTime(ReportArguments args) {
    return new ReportQuery(
            "SELECT CAST(o.customer_id AS VARCHAR), COALESCE(c.name, '(no customer)'),"
                + " o.due_date, o.status, (SELECT MAX(s.finished_at) FROM production_stage s"
                + " WHERE s.order_id = o.id) FROM production_order o"
                + " LEFT JOIN customer c ON c.id = o.customer_id")
        .and("o.status <> 'CANCELLED'")
        .and("o.due_date >= ? AND o.due_date <= ?", args.date("from"), args.date("to"))
        .then("ORDER BY 2, 1");
  }

  @Override
  public ReportQuery quotesConversion(ReportArguments args) {
    ReportQuery q =
        new ReportQuery(
            "SELECT q.number, c.name, q.product_type, q.quantity, q.status, q.total_amount,"
                + " q.currency, q.deadline, o.number AS order_number, o.status AS order_status"
                + " FROM quote q"
                + " LEFT JOIN customer c ON c.id = q.customer_id"
                + " LEFT JOIN production_order o ON o.id = q.converted_order_id");
    args.text("status").ifPresent(s -> q.and("q.status = ?", s));
    return q.then("ORDER BY q.number, q.id");
  }

  @Override
  public ReportQuery receivablesAgeing(ReportArguments args) {
    String net = "ROUND(l.quantity * l.unit_price_amount * (1 - l.discount_percent / 100), 2)";
    return new ReportQuery(
            "SELECT inv.number, c.name, inv.issue_date, inv.due_date, (SELECT SUM("
                + net
                + " + ROUND("
                + net
                + " * l.tax_rate_percent / 100, 2)) FROM invoice_line l"
                + " WHERE l.invoice_id = inv.id), inv.currency FROM invoice inv"
                + " LEFT JOIN customer c ON c.id = inv.customer_id")
        .and("inv.status = 'ISSUED'")
        .and("(inv.issue_date IS NULL OR inv.issue_date <= ?)", args.date("asOf"))
        .then("ORDER BY inv.due_date, inv.number");
  }

  /**
   * Reads column {@code i} (1-based) as {@code type}'s Java value; SQL NULL is null. Only a long
   * needs {@code wasNull}: every H2 result set call takes the session's lock.
   */
  static Object read(ResultSet rs, int i, ColumnType type) throws SQLException {
    return switch (type) {
      case TEXT -> rs.getString(i);
      case INTEGER -> {
        long value = rs.getLong(i);
        yield rs.wasNull() ? null : value;
      }
      case DECIMAL, MONEY -> rs.getBigDecimal(i);
      case DATE -> rs.getObject(i, LocalDate.class);
      case TIMESTAMP -> rs.getObject(i, Instant.class);
    };
  }
}
