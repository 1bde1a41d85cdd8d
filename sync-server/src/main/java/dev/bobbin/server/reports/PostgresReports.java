package dev.bobbin.server.reports;

import static dev.bobbin.model.reports.ReportSql.endOfDay;
import static dev.bobbin.model.reports.ReportSql.startOfDay;

import dev.bobbin.model.reports.ColumnType;
import dev.bobbin.model.reports.ReportArguments;
import dev.bobbin.model.reports.ReportPlan;
import dev.bobbin.model.reports.ReportPlans;
import dev.bobbin.model.reports.ReportQuery;
import dev.bobbin.model.reports.ReportSql;
import dev.bobbin.model.reports.RowSink;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Every report as SQL on Postgres, for one organisation (row-level security keeps every statement
 * inside it; the explicit {@code org_id} lets the planner use the organisation indexes). The
 * desktop's twin runs the same reports on H2; both hand their SQL to the shared {@link
 * ReportPlans}, which reads and shapes the rows the same way, so only the SQL dialect differs.
 */
final class PostgresReports implements ReportSql {
  private final UUID org;

  private PostgresReports(UUID org) {
    this.org = org;
  }

  static ReportPlan plan(ReportArguments args, UUID org, LocalDate today, RowSink sink) {
    return ReportPlans.plan(new PostgresReports(org), args, today, sink);
  }

  @Override
  public ReportQuery inventoryValuation(ReportArguments args) {
    ReportQuery q =
        new ReportQuery(
                "SELECT i.sku, i.name, i.category, i.location, i.unit, b.on_hand,"
                    + " i.unit_cost, i.currency, b.on_hand * i.unit_cost"
                    + " FROM item i JOIN (SELECT i2.id AS item_id, COALESCE((SELECT SUM(m.quantity)"
                    + " FROM stock_movement m WHERE m.org_id = i2.org_id AND m.item_id = i2.id"
                    + " AND m.at < ?), 0) AS on_hand FROM item i2) b ON b.item_id = i.id",
                endOfDay(args.date("asOf")))
            .and("i.org_id = ?", org)
            .and("(i.archived = FALSE OR b.on_hand <> 0)");
    args.text("category").ifPresent(c -> q.and("i.category = ?", c));
    args.text("location").ifPresent(l -> q.and("LOWER(i.location) = LOWER(?)", l));
    return q.then("ORDER BY i.category, LOWER(i.sku), i.id");
  }

  @Override
  public ReportQuery lowStock(ReportArguments args) {
    ReportQuery q =
        new ReportQuery(
                "SELECT i.sku, i.name, i.category, i.location, i.unit, COALESCE(b.on_hand, 0),"
                    + " COALESCE(r.reserved, 0), COALESCE(i.reorder_point, 0),"
                    + " COALESCE(i.reorder_quantity, 0), i.unit_cost, i.currency FROM item i"
                    + " LEFT JOIN item_balance b ON b.item_id = i.id"
                    + " LEFT JOIN (SELECT item_id, SUM(quantity) AS reserved FROM reservation"
                    + " WHERE released = FALSE GROUP BY item_id) r ON r.item_id = i.id")
            .and("i.org_id = ?", org)
            .and("i.archived = FALSE AND i.reorder_point > 0")
            .and("COALESCE(b.on_hand, 0) - COALESCE(r.reserved, 0) < i.reorder_point");
    args.text("category").ifPresent(c -> q.and("i.category = ?", c));
    return q.then("ORDER BY i.category, LOWER(i.sku), i.id");
  }

  @Override
  public ReportPlan stockLedger(ReportArguments args, ReportPlan.Reader shape) {
    ReportQuery q =
        new ReportQuery(
                "SELECT m.at, i.sku, i.name, i.category, m.reason, m.quantity, i.unit,"
                    + " m.counted_quantity, m.reference, m.note, u.email, m.device_id"
                    + " FROM stock_movement m LEFT JOIN item i ON i.id = m.item_id"
                    + " LEFT JOIN app_user u ON u.id = m.user_id")
            .and("m.org_id = ?", org)
            .and(
                "m.at >= ? AND m.at < ?", startOfDay(args.date("from")), endOfDay(args.date("to")));
    args.text("item").ifPresent(sku -> q.and("LOWER(i.sku) = LOWER(?)", sku));
    args.text("category").ifPresent(c -> q.and("i.category = ?", c));
    args.text("reason").ifPresent(r -> q.and("m.reason = ?", r));
    args.text("user").ifPresent(e -> q.and("LOWER(u.email) = LOWER(?)", e));
    q.then("ORDER BY m.at, m.id");
    return new ReportPlan(q, ReportPlans.LEDGER_TYPES, shape);
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
        .and("o.org_id = ?", org)
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
        .and("o.org_id = ? AND o.status = 'DONE'", org)
        .then(
            "GROUP BY o.id, o.quantity HAVING MAX(s.finished_at) >= ?"
                + " AND MAX(s.finished_at) < ? ORDER BY 1",
            startOfDay(args.date("from")),
            endOfDay(args.date("to")));
  }

  @Override
  public ReportQuery stageLeadTimes(ReportArguments args) {
    return new ReportQuery(
            "SELECT s.name, CAST(EXTRACT(EPOCH FROM s.finished_at - s.started_at) AS BIGINT),"
                + " MIN(s.sequence) OVER (PARTITION BY s.name) AS first_sequence"
                + " FROM production_stage s")
        .and("s.org_id = ?", org)
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
            "SELECT CAST(o.customer_id AS TEXT), COALESCE(c.name, '(no customer)'),"
                + " o.due_date, o.status, (SELECT MAX(s.finished_at) FROM production_stage s"
                + " WHERE s.order_id = o.id) FROM production_order o"
                + " LEFT JOIN customer c ON c.id = o.customer_id")
        .and("o.org_id = ?", org)
        .and("o.status <> 'CANCELLED'")
        .and("o.due_date >= ? AND o.due_date <= ?", args.date("from"), args.date("to"))
        .then("ORDER BY 2, 1");
  }

  @Override
  public ReportQuery quotesConversion(ReportArguments args) {
    ReportQuery q =
        new ReportQuery(
                "SELECT q.number, c.name, q.product_type, q.quantity, q.status, q.total,"
                    + " q.currency, q.deadline, o.number AS order_number, o.status AS order_status"
                    + " FROM quote q"
                    + " LEFT JOIN customer c ON c.id = q.customer_id"
                    + " LEFT JOIN production_order o ON o.id = q.converted_order_id")
            .and("q.org_id = ?", org);
    args.text("status").ifPresent(s -> q.and("q.status = ?", s));
    return q.then("ORDER BY q.number, q.id");
  }

  @Override
  public ReportQuery receivablesAgeing(ReportArguments args) {
    String net =
        "ROUND(l.quantity * l.unit_price * (1 - COALESCE(l.discount_percent, 0) / 100), 2)";
    return new ReportQuery(
            "SELECT inv.number, c.name, inv.issue_date, inv.due_date, (SELECT SUM("
                + net
                + " + ROUND("
                + net
                + " * COALESCE(l.tax_rate_percent, 0) / 100, 2)) FROM invoice_line l"
                + " WHERE l.invoice_id = inv.id), inv.currency FROM invoice inv"
                + " LEFT JOIN customer c ON c.id = inv.customer_id")
        .and("inv.org_id = ?", org)
        .and("inv.status = 'ISSUED'")
        .and("(inv.issue_date IS NULL OR inv.issue_date <= ?)", args.date("asOf"))
        .then("ORDER BY inv.due_date, inv.number");
  }

  /** Reads column {@code i} (1-based) as {@code type}'s Java value; SQL NULL is null. */
  static Object read(ResultSet rs, int i, ColumnType type) throws SQLException {
    return switch (type) {
      case TEXT -> rs.getString(i);
      case INTEGER -> {
        long value = rs.getLong(i);
        yield rs.wasNull() ? null : value;
      }
      case DECIMAL, MONEY -> rs.getBigDecimal(i);
      case DATE -> rs.getObject(i, LocalDate.class);
      case TIMESTAMP -> {
        OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
        yield at == null ? null : at.toInstant();
      }
    };
  }
}
