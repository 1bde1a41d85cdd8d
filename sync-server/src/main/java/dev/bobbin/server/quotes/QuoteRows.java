package dev.bobbin.server.quotes;

import static dev.bobbin.server.quotes.PostgresQuoteData.plain;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.PriceBreakdown;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteStatus;
import dev.bobbin.server.db.OrgVersions;
import dev.bobbin.server.db.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code quote} rows the server writes itself. Like the sync path, every write takes the next
 * organisation version (which locks the version row until commit, so pulls stay gapless and every
 * connected device is poked).
 */
final class QuoteRows {
  private QuoteRows() {}

  static void insert(Connection c, UUID orgId, Quote q) throws SQLException {
    PriceBreakdown b = q.breakdown();
    Sql.update(
        c,
        "insert into quote (id, org_id, number, customer_id, design_id, product_type, quantity,"
            + " material_item_id, complexity, deadline, materials, labour, overhead, margin,"
            + " discount, unit_price, total, currency, estimated_delivery, suggestions, status,"
            + " converted_order_id, requester_name, requester_email, requester_phone,"
            + " request_message, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?)",
        q.id(),
        orgId,
        q.number(),
        q.customerId(),
        q.designId(),
        q.productType(),
        q.quantity(),
        q.materialItemId(),
        q.complexity().name(),
        q.deadline(),
        b == null ? null : b.materials().amount(),
        b == null ? null : b.labour().amount(),
        b == null ? null : b.overhead().amount(),
        b == null ? null : b.margin().amount(),
        b == null ? null : b.discount().amount(),
        b == null ? null : b.unitPrice().amount(),
        b == null ? null : b.total().amount(),
        b == null ? null : b.total().currency().getCurrencyCode(),
        q.estimatedDelivery(),
        c.createArrayOf("text", q.suggestions().toArray()),
        q.status().name(),
        q.convertedOrderId(),
        q.requesterName(),
        q.requesterEmail(),
        q.requesterPhone(),
        q.requestMessage(),
        OrgVersions.next(c, orgId));
  }

  /** Marks {@code quote} converted into {@code orderId}. */
  static void markConverted(Connection c, UUID orgId, UUID quoteId, UUID orderId)
      throws SQLException {
    Sql.update(
        c,
        "update quote set status = 'CONVERTED', converted_order_id = ?, version = ?,"
            + " updated_at = now() where org_id = ? and id = ?",
        orderId,
        OrgVersions.next(c, orgId),
        orgId,
        quoteId);
  }

  static Optional<Quote> find(Connection c, UUID orgId, UUID id) throws SQLException {
    return Sql.one(
        c, "select * from quote where org_id = ? and id = ?", QuoteRows::quote, orgId, id);
  }

  /** The quote {@code id}, locked until the transaction ends. */
  static Optional<Quote> lock(Connection c, UUID orgId, UUID id) throws SQLException {
    return Sql.one(
        c,
        "select * from quote where org_id = ? and id = ? for update",
        QuoteRows::quote,
        orgId,
        id);
  }

  static List<Quote> list(Connection c, UUID orgId, Optional<QuoteStatus> status, int limit)
      throws SQLException {
    if (status.isPresent()) {
      return Sql.list(
          c,
          "select * from quote where org_id = ? and status = ? order by number desc limit ?",
          QuoteRows::quote,
          orgId,
          status.get().name(),
          limit);
    }
    return Sql.list(
        c,
        "select * from quote where org_id = ? order by number desc limit ?",
        QuoteRows::quote,
        orgId,
        limit);
  }

  static Quote quote(ResultSet row) throws SQLException {
    PriceBreakdown breakdown = null;
    String currency = row.getString("currency");
    if (currency != null) {
      Currency c = Currency.getInstance(currency.strip());
      breakdown =
          new PriceBreakdown(
              money(row, "materials", c),
              money(row, "labour", c),
              money(row, "overhead", c),
              money(row, "margin", c),
              money(row, "discount", c),
              money(row, "unit_price", c),
              money(row, "total", c));
    }
    return new Quote(
        row.getObject("id", UUID.class),
        row.getString("number"),
        row.getObject("customer_id", UUID.class),
        row.getObject("design_id", UUID.class),
        row.getString("product_type"),
        row.getInt("quantity"),
        row.getObject("material_item_id", UUID.class),
        Complexity.valueOf(row.getString("complexity")),
        row.getObject("deadline", LocalDate.class),
        breakdown,
        row.getObject("estimated_delivery", LocalDate.class),
        List.of((String[]) row.getArray("suggestions").getArray()),
        QuoteStatus.valueOf(row.getString("status")),
        row.getObject("converted_order_id", UUID.class),
        row.getString("requester_name"),
        row.getString("requester_email"),
        row.getString("requester_phone"),
        row.getString("request_message"));
  }

  private static Money money(ResultSet row, String column, Currency currency) throws SQLException {
    BigDecimal amount = row.getBigDecimal(column);
    return new Money(amount == null ? BigDecimal.ZERO : plain(amount), currency);
  }
}
