package dev.bobbin.model.reports;

import static dev.bobbin.model.reports.ReportColumn.date;
import static dev.bobbin.model.reports.ReportColumn.decimal;
import static dev.bobbin.model.reports.ReportColumn.integer;
import static dev.bobbin.model.reports.ReportColumn.money;
import static dev.bobbin.model.reports.ReportColumn.text;
import static dev.bobbin.model.reports.ReportColumn.timestamp;

import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.quotes.QuoteStatus;
import java.util.List;
import java.util.Optional;

/** Every report Bobbin offers, defined once for the desktop and the server. */
public final class Reports {
  public static final ReportDefinition INVENTORY_VALUATION =
      new ReportDefinition(
          "inventory-valuation",
          "Inventory snapshot and valuation",
          "On hand per item as of the end of a day, summed from the ledger, valued at the item's"
              + " current unit cost.",
          List.of(
              ReportParameter.date("asOf", "As of", 0),
              ReportParameter.optionalChoice("category", "Category", Category.values()),
              ReportParameter.optionalText("location", "Location")),
          List.of(
              text("sku", "SKU"),
              text("name", "Name"),
              text("category", "Category"),
              text("location", "Location"),
              text("unit", "Unit"),
              decimal("on_hand", "On hand", 3),
              money("unit_cost", "Unit cost"),
              text("currency", "Currency"),
              money("value", "Value")),
          Optional.of(new ReportDefinition.Chart("category", "value")));

  public static final ReportDefinition LOW_STOCK =
      new ReportDefinition(
          "low-stock",
          "Low stock and reorder suggestions",
          "Active items whose available stock (on hand minus reservations) is below the reorder"
              + " point, with the quantity to order.",
          List.of(ReportParameter.optionalChoice("category", "Category", Category.values())),
          List.of(
              text("sku", "SKU"),
              text("name", "Name"),
              text("category", "Category"),
              text("location", "Location"),
              text("unit", "Unit"),
              decimal("on_hand", "On hand", 3),
              decimal("reserved", "Reserved", 3),
              decimal("available", "Available", 3),
              decimal("reorder_point", "Reorder point", 3),
              decimal("suggested_order", "Suggested order", 3),
              money("order_value", "Order value"),
              text("currency", "Currency")),
          Optional.empty());

  public static final ReportDefinition STOCK_LEDGER =
      new ReportDefinition(
          "stock-ledger",
          "Stock ledger",
          "Every ledger line in a date range (UTC days, both ends included), oldest first.",
          List.of(
              ReportParameter.date("from", "From", 30),
              ReportParameter.date("to", "To", 0),
              ReportParameter.optionalText("item", "Item SKU"),
              ReportParameter.optionalChoice("category", "Category", Category.values()),
              ReportParameter.optionalChoice("reason", "Reason", MovementReason.values()),
              ReportParameter.optionalText("user", "User e-mail")),
          List.of(
              timestamp("at_utc", "When (UTC)"),
              text("sku", "SKU"),
              text("item", "Item"),
              text("category", "Category"),
              text("reason", "Reason"),
              decimal("quantity", "Quantity", 3),
              text("unit", "Unit"),
              decimal("counted", "Counted", 3),
              text("reference", "Reference"),
              text("note", "Note"),
              text("user", "User"),
              text("device", "Device")),
          Optional.empty());

  public static final ReportDefinition PRODUCTION_WIP =
      new ReportDefinition(
          "production-wip",
          "Production work in progress by stage",
          "Orders in progress or on hold, counted at their current stage (the first one not done).",
          List.of(),
          List.of(
              text("stage", "Stage"),
              integer("orders", "Orders"),
              integer("pieces", "Pieces"),
              integer("in_progress", "Stage in progress"),
              integer("blocked", "Stage blocked"),
              integer("waiting", "Stage not started"),
              date("earliest_due", "Earliest due")),
          Optional.of(new ReportDefinition.Chart("stage", "pieces")));

  public static final ReportDefinition THROUGHPUT_WEEKLY =
      new ReportDefinition(
          "throughput-weekly",
          "Throughput per week",
          "Orders and pieces finished per ISO week (Monday start, UTC); weeks without output show"
              + " zero.",
          List.of(ReportParameter.date("from", "From", 84), ReportParameter.date("to", "To", 0)),
          List.of(
              date("week_start", "Week starting"),
              integer("orders_finished", "Orders finished"),
              integer("pieces_finished", "Pieces finished")),
          Optional.of(new ReportDefinition.Chart("week_start", "pieces_finished")));

  public static final ReportDefinition STAGE_LEAD_TIMES =
      new ReportDefinition(
          "stage-lead-times",
          "Stage lead times",
          "Hours from start to finish of stages finished in the range, per stage name: median and"
              + " 80th percentile (linear interpolation, as Excel PERCENTILE.INC).",
          List.of(ReportParameter.date("from", "From", 90), ReportParameter.date("to", "To", 0)),
          List.of(
              text("stage", "Stage"),
              integer("stages_finished", "Finished"),
              decimal("median_hours", "Median (h)", 1),
              decimal("p80_hours", "80th percentile (h)", 1),
              decimal("max_hours", "Longest (h)", 1)),
          Optional.of(new ReportDefinition.Chart("stage", "median_hours")));

  public static final ReportDefinition ORDERS_ON_TIME =
      new ReportDefinition(
          "orders-on-time",
          "Orders on time vs late by customer",
          "Orders due in the range: finished on or before the due date, finished late, or still"
              + " open past it. An order finishes when its last stage does (UTC day).",
          List.of(ReportParameter.date("from", "From", 90), ReportParameter.date("to", "To", 0)),
          List.of(
              text("customer", "Customer"),
              integer("orders", "Orders due"),
              integer("on_time", "On time"),
              integer("late", "Late"),
              integer("open_overdue", "Open, overdue"),
              decimal("on_time_percent", "On time %", 1)),
          Optional.empty());

  public static final ReportDefinition QUOTES_CONVERSION =
      new ReportDefinition(
          "quotes-conversion",
          "Quotes and conversion",
          "Every quote with its price and, when accepted, the production order it became.",
          List.of(ReportParameter.optionalChoice("status", "Status", QuoteStatus.values())),
          List.of(
              text("number", "Quote"),
              text("customer", "Customer"),
              text("product_type", "Product"),
              integer("quantity", "Quantity"),
              text("status", "Status"),
              money("total", "Total"),
              text("currency", "Currency"),
              date("deadline", "Deadline"),
              text("order_number", "Order"),
              text("order_status", "Order status")),
          Optional.empty());

  public static final ReportDefinition RECEIVABLES_AGEING =
      new ReportDefinition(
          "receivables-ageing",
          "Invoices and receivables ageing",
          "Issued, unpaid invoices with their total and how far past due they are on a date.",
          List.of(ReportParameter.date("asOf", "As of", 0)),
          List.of(
              text("number", "Invoice"),
              text("customer", "Customer"),
              date("issue_date", "Issued"),
              date("due_date", "Due"),
              money("total", "Total"),
              text("currency", "Currency"),
              integer("days_overdue", "Days overdue"),
              text("bucket", "Ageing")),
          Optional.of(new ReportDefinition.Chart("bucket", "total")));

  private static final List<ReportDefinition> ALL =
      List.of(
          INVENTORY_VALUATION,
          LOW_STOCK,
          STOCK_LEDGER,
          PRODUCTION_WIP,
          THROUGHPUT_WEEKLY,
          STAGE_LEAD_TIMES,
          ORDERS_ON_TIME,
          QUOTES_CONVERSION,
          RECEIVABLES_AGEING);

  private Reports() {}

  /** Every report, in menu order. */
  public static List<ReportDefinition> all() {
    return ALL;
  }

  /** The report called {@code name} ({@code stock-ledger}). */
  public static Optional<ReportDefinition> byName(String name) {
    return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The ageing bucket of an invoice {@code daysOverdue} days past due (negative: not yet due). */
  public static String ageingBucket(long daysOverdue) {
    if (daysOverdue <= 0) {
      return "current";
    } else if (daysOverdue <= 30) {
      return "1-30";
    } else if (daysOverdue <= 60) {
      return "31-60";
    } else if (daysOverdue <= 90) {
      return "61-90";
    }
    return "over 90";
  }
}
