package dev.bobbin.model.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The SQL of every report in one database's dialect: H2 on the desktop, Postgres on the server.
 * Each query returns the columns its method names, in that order; {@link ReportPlans} reads them
 * with the same types and shapes them with the same code on both sides, so only the SQL differs
 * (and, for the stock ledger, how its rows are read).
 */
public interface ReportSql {
  /** {@code sku, name, category, location, unit, on_hand, unit_cost, currency, value}. */
  ReportQuery inventoryValuation(ReportArguments args);

  /**
   * {@code sku, name, category, location, unit, on_hand, reserved, reorder_point, reorder_quantity,
   * unit_cost, currency}.
   */
  ReportQuery lowStock(ReportArguments args);

  /**
   * The stock ledger's lines, oldest first ({@code ORDER BY at, id}), each handed to {@code shape}
   * as {@code at, sku, name, category, reason, quantity, unit, counted_quantity, reference, note,
   * email, device_id} (typed {@link ReportPlans#LEDGER_TYPES}). The one report that may be a
   * million rows: a dialect may read it its own way (the desktop reads the ledger table alone and
   * takes item and user names from memory) as long as {@code shape} gets those rows.
   */
  ReportPlan stockLedger(ReportArguments args, ReportPlan.Reader shape);

  /** {@code stage, orders, pieces, in_progress, blocked, waiting, earliest_due}. */
  ReportQuery productionWip(ReportArguments args);

  /** {@code finished_at, quantity} of each finished order, by finish time. */
  ReportQuery throughputWeekly(ReportArguments args);

  /** {@code stage, seconds, first_sequence} of each finished stage, by stage name. */
  ReportQuery stageLeadTimes(ReportArguments args);

  /** {@code customer_id, customer, due_date, status, finished_at} of each order, by customer. */
  ReportQuery ordersOnTime(ReportArguments args);

  /**
   * {@code number, customer, product_type, quantity, status, total, currency, deadline,
   * order_number, order_status}.
   */
  ReportQuery quotesConversion(ReportArguments args);

  /** {@code number, customer, issue_date, due_date, total, currency}. */
  ReportQuery receivablesAgeing(ReportArguments args);

  /** The first instant of {@code day} in UTC, as a bind value. */
  static OffsetDateTime startOfDay(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  /** The first instant after {@code day} in UTC: the exclusive end of a range ending that day. */
  static OffsetDateTime endOfDay(LocalDate day) {
    return startOfDay(day.plusDays(1));
  }
}
