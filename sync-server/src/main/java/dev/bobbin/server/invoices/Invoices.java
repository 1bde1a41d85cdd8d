package dev.bobbin.server.invoices;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteStatus;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.sync.SyncedRecords;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The life of an invoice on the server: drafts made from an order or an accepted quote, issuing
 * with the next gapless number and a frozen PDF, payments, voiding and credit notes. Every change
 * is a synced record change (devices pull it); issued content never changes again (pushes to an
 * issued invoice are refused by the sync rules too).
 *
 * <p>Rounding (see {@link InvoiceLine} and {@link dev.bobbin.model.invoices.InvoiceTotals}): each
 * line's net is rounded half-up to the currency's minor unit, its tax computed on that net and
 * rounded; subtotal, tax per rate and total are sums of rounded figures, so the printed invoice
 * adds up exactly.
 */
final class Invoices {
  /** One line as a client sends it. */
  record LineInput(
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal discountPercent,
      BigDecimal taxRatePercent) {}

  /** A new draft: from an order, from a quote, or from a customer and lines. */
  record NewDraft(
      UUID id,
      UUID orderId,
      UUID quoteId,
      UUID customerId,
      List<LineInput> lines,
      String currency,
      LocalDate dueDate,
      String notes) {}

  /** Changes to a draft; {@code null} keeps a field. */
  record DraftChange(
      UUID customerId,
      List<LineInput> lines,
      LocalDate dueDate,
      String notes,
      Boolean clearDueDate) {}

  private final SyncedRecords records;

  Invoices(SyncedRecords records) {
    this.records = records;
  }

  Optional<Invoice> find(Connection c, UUID id) throws SQLException {
    return records.find(c, EntityType.INVOICE, Invoice.class, id);
  }

  Invoice get(Connection c, UUID id) throws SQLException {
    return find(c, id).orElseThrow(() -> ProblemException.notFound("There is no such invoice."));
  }

  Invoice createDraft(Connection c, UUID orgId, UUID userId, NewDraft draft) throws SQLException {
    InvoiceSettings settings = InvoiceSettings.load(c, orgId);
    int sources = (draft.orderId() == null ? 0 : 1) + (draft.quoteId() == null ? 0 : 1);
    if (sources > 1) {
      throw ProblemException.invalid("Make an invoice from an order or from a quote, not both.");
    }
    UUID customerId = draft.customerId();
    UUID orderId = draft.orderId();
    UUID quoteId = draft.quoteId();
    Currency currency = currency(draft.currency() == null ? settings.currency() : draft.currency());
    List<InvoiceLine> lines;
    if (quoteId != null) {
      Quote quote =
          records
              .find(c, EntityType.QUOTE, Quote.class, quoteId)
              .orElseThrow(() -> ProblemException.notFound("There is no such quote."));
      if (quote.status() != QuoteStatus.ACCEPTED && quote.status() != QuoteStatus.CONVERTED) {
        throw conflict(
            "quote-not-accepted",
            "Only an accepted quote can be invoiced; this one is "
                + quote.status().name().toLowerCase(java.util.Locale.ROOT)
                + ".");
      }
      customerId = customerId == null ? quote.customerId() : customerId;
      orderId = quote.convertedOrderId();
      if (quote.breakdown() != null) {
        currency = quote.breakdown().unitPrice().currency();
      }
      lines = fromQuote(c, quote, currency, settings, draft.lines());
    } else if (orderId != null) {
      ProductionOrder order =
          records
              .find(c, EntityType.PRODUCTION_ORDER, ProductionOrder.class, orderId)
              .orElseThrow(() -> ProblemException.notFound("There is no such production order."));
      customerId = customerId == null ? order.customerId() : customerId;
      Optional<Quote> quote = quoteOf(c, order.id());
      quoteId = quote.map(Quote::id).orElse(null);
      if (quote.isPresent() && quote.get().breakdown() != null && draft.currency() == null) {
        currency = quote.get().breakdown().unitPrice().currency();
      }
      lines = fromOrder(c, order, quote, currency, settings, draft.lines());
    } else {
      if (draft.lines() == null || draft.lines().isEmpty()) {
        throw ProblemException.invalid(
            "Give an orderId, a quoteId, or a customerId with the invoice's lines.");
      }
      lines = lines(draft.lines(), currency, settings);
    }
    if (customerId == null) {
      throw ProblemException.invalid("Choose the customer to invoice (customerId).");
    }
    customer(c, customerId);
    Invoice invoice =
        draft(
            draft.id() == null ? UUID.randomUUID() : draft.id(),
            customerId,
            orderId,
            quoteId,
            currency,
            lines,
            draft.dueDate(),
            draft.notes(),
            null);
    records.insert(c, orgId, EntityType.INVOICE, invoice, userId);
    return invoice;
  }

  /** A draft with these fields, or a 400 naming the first bad one. */
  static Invoice draft(
      UUID id,
      UUID customerId,
      UUID orderId,
      UUID quoteId,
      Currency currency,
      List<InvoiceLine> lines,
      LocalDate dueDate,
      String notes,
      UUID creditNoteOf) {
    try {
      return new Invoice(
          id,
          null,
          customerId,
          orderId,
          quoteId,
          currency,
          lines,
          InvoiceStatus.DRAFT,
          null,
          dueDate,
          creditNoteOf,
          BigDecimal.ZERO,
          notes == null || notes.isBlank() ? null : notes.strip());
    } catch (ValidationException e) {
      throw ProblemException.invalid(e.getMessage());
    }
  }

  Invoice updateDraft(Connection c, UUID orgId, UUID userId, UUID id, DraftChange change)
      throws SQLException {
    Invoice current = lockDraft(c, id);
    InvoiceSettings settings = InvoiceSettings.load(c, orgId);
    UUID customerId = change.customerId() == null ? current.customerId() : change.customerId();
    customer(c, customerId);
    LocalDate due =
        Boolean.TRUE.equals(change.clearDueDate())
            ? null
            : change.dueDate() == null ? current.dueDate() : change.dueDate();
    Invoice changed =
        draft(
            current.id(),
            customerId,
            current.productionOrderId(),
            current.quoteId(),
            current.currency(),
            change.lines() == null
                ? current.lines()
                : lines(change.lines(), current.currency(), settings),
            due,
            change.notes() == null ? current.notes() : change.notes(),
            current.creditNoteOf());
    Set<String> fields = new java.util.HashSet<>();
    if (!customerId.equals(current.customerId())) {
      fields.add("customerId");
    }
    if (change.lines() != null) {
      fields.add("lines");
    }
    if (!java.util.Objects.equals(due, current.dueDate())) {
      fields.add("dueDate");
    }
    if (change.notes() != null) {
      fields.add("notes");
    }
    records.update(c, orgId, EntityType.INVOICE, changed, fields, userId);
    return changed;
  }

  /**
   * Issues a draft: the next number of its series (the counter row stays locked until commit, so
   * concurrent issues queue and a failed issue gives its number back), the issue and due dates, and
   * the PDF, rendered once and kept.
   */
  Invoice issue(Connection c, UUID orgId, UUID userId, UUID id, LocalDate issueDate)
      throws SQLException {
    Invoice draft = lockDraft(c, id);
    if (draft.lines().isEmpty()) {
      throw ProblemException.invalid("Add at least one line before issuing the invoice.");
    }
    InvoiceSettings settings = InvoiceSettings.load(c, orgId);
    LocalDate due =
        draft.dueDate() != null && !draft.dueDate().isBefore(issueDate)
            ? draft.dueDate()
            : issueDate.plusDays(settings.paymentTermsDays());
    NumberFormat format = NumberFormat.parse(settings.numberFormat());
    String prefix = format.prefix(issueDate);
    Sql.update(
        c,
        "insert into invoice_series (org_id, prefix, next_value) values (?, ?, 1)"
            + " on conflict (org_id, prefix) do nothing",
        orgId,
        prefix);
    long next =
        Sql.one(
                c,
                "select next_value from invoice_series where org_id = ? and prefix = ? for update",
                row -> row.getLong(1),
                orgId,
                prefix)
            .orElseThrow();
    Sql.update(
        c,
        "update invoice_series set next_value = ? where org_id = ? and prefix = ?",
        next + 1,
        orgId,
        prefix);
    Invoice issued =
        new Invoice(
            draft.id(),
            format.format(issueDate, next),
            draft.customerId(),
            draft.productionOrderId(),
            draft.quoteId(),
            draft.currency(),
            draft.lines(),
            InvoiceStatus.ISSUED,
            issueDate,
            due,
            draft.creditNoteOf(),
            BigDecimal.ZERO,
            draft.notes());
    byte[] pdf = render(c, orgId, issued, settings);
    records.update(
        c,
        orgId,
        EntityType.INVOICE,
        issued,
        Set.of("number", "status", "issueDate", "dueDate"),
        userId);
    Sql.update(
        c,
        "insert into invoice_document (invoice_id, org_id, number, pdf, sha256) values (?, ?, ?,"
            + " ?, ?)",
        issued.id(),
        orgId,
        issued.number(),
        pdf,
        sha256(pdf));
    return issued;
  }

  /** The PDF: as issued (never rendered again), or a marked preview of a draft. */
  byte[] pdf(Connection c, UUID orgId, UUID id) throws SQLException {
    Invoice invoice = get(c, id);
    if (invoice.status() == InvoiceStatus.DRAFT) {
      return render(c, orgId, invoice, InvoiceSettings.load(c, orgId));
    }
    return Sql.one(
            c, "select pdf from invoice_document where invoice_id = ?", row -> row.getBytes(1), id)
        .orElseThrow(() -> ProblemException.notFound("This invoice has no document."));
  }

  /** Voids an issued invoice nobody has paid yet; its number stays used (no gap). */
  Invoice voidInvoice(Connection c, UUID orgId, UUID userId, UUID id) throws SQLException {
    Invoice invoice = lock(c, id);
    if (invoice.status() != InvoiceStatus.ISSUED) {
      throw conflict(
          "cannot-void",
          invoice.status() == InvoiceStatus.DRAFT
              ? "A draft is not voided: delete it or leave it."
              : "Only an issued, unpaid invoice can be voided; make a credit note instead.");
    }
    Invoice voided = withPayment(invoice, InvoiceStatus.VOID, invoice.amountPaid());
    records.update(c, orgId, EntityType.INVOICE, voided, Set.of("status"), userId);
    return voided;
  }

  /** A draft credit note: the original's lines with negative quantities, referencing it. */
  Invoice creditNote(Connection c, UUID orgId, UUID userId, UUID id) throws SQLException {
    Invoice original = get(c, id);
    if (original.status() == InvoiceStatus.DRAFT || original.status() == InvoiceStatus.VOID) {
      throw conflict(
          "cannot-credit", "Only an issued invoice can be corrected with a credit note.");
    }
    if (original.creditNoteOf() != null) {
      throw conflict("cannot-credit", "A credit note cannot itself be credited.");
    }
    List<InvoiceLine> negated = new ArrayList<>();
    for (InvoiceLine line : original.lines()) {
      negated.add(
          new InvoiceLine(
              line.description(),
              line.quantity().negate(),
              line.unitPrice(),
              line.discountPercent(),
              line.taxRatePercent()));
    }
    Invoice note =
        draft(
            UUID.randomUUID(),
            original.customerId(),
            original.productionOrderId(),
            original.quoteId(),
            original.currency(),
            negated,
            null,
            "Corrects invoice " + original.number() + ".",
            original.id());
    records.insert(c, orgId, EntityType.INVOICE, note, userId);
    return note;
  }

  /**
   * Records a payment: paid in full → {@code PAID}, else {@code PARTIALLY_PAID}. More than is
   * outstanding is refused.
   *
   * @param source {@code manual} or {@code webhook}
   */
  Invoice recordPayment(
      Connection c,
      UUID orgId,
      UUID userId,
      UUID id,
      BigDecimal amount,
      LocalDate paidOn,
      String reference,
      String source)
      throws SQLException {
    Invoice invoice = lock(c, id);
    if (invoice.status() != InvoiceStatus.ISSUED
        && invoice.status() != InvoiceStatus.PARTIALLY_PAID) {
      throw conflict(
          "not-payable",
          "Payments are recorded against issued invoices; this one is "
              + invoice.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + ".");
    }
    if (amount == null || amount.signum() <= 0 || amount.scale() > Money.MAX_SCALE) {
      throw ProblemException.invalid(
          "amount must be a positive amount with at most " + Money.MAX_SCALE + " decimals.");
    }
    BigDecimal outstanding = invoice.outstanding().amount();
    if (amount.compareTo(outstanding) > 0) {
      throw ProblemException.invalid(
          "The payment is more than the "
              + outstanding.toPlainString()
              + " "
              + invoice.currency().getCurrencyCode()
              + " still due.");
    }
    BigDecimal paid = invoice.amountPaid().add(amount);
    InvoiceStatus status =
        amount.compareTo(outstanding) == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
    Sql.update(
        c,
        "insert into invoice_payment (id, org_id, invoice_id, amount, paid_on, reference, source,"
            + " recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        orgId,
        id,
        amount,
        paidOn,
        reference,
        source,
        userId);
    Invoice updated = withPayment(invoice, status, paid);
    records.update(c, orgId, EntityType.INVOICE, updated, Set.of("status", "amountPaid"), userId);
    return updated;
  }

  private static Invoice withPayment(Invoice i, InvoiceStatus status, BigDecimal paid) {
    return new Invoice(
        i.id(),
        i.number(),
        i.customerId(),
        i.productionOrderId(),
        i.quoteId(),
        i.currency(),
        i.lines(),
        status,
        i.issueDate(),
        i.dueDate(),
        i.creditNoteOf(),
        paid,
        i.notes());
  }

  /** The invoice, its row locked until the transaction ends (two issues of one draft queue). */
  private Invoice lock(Connection c, UUID id) throws SQLException {
    if (Sql.one(c, "select 1 from invoice where id = ? for update", row -> 1, id).isEmpty()) {
      throw ProblemException.notFound("There is no such invoice.");
    }
    return get(c, id);
  }

  private Invoice lockDraft(Connection c, UUID id) throws SQLException {
    Invoice invoice = lock(c, id);
    if (invoice.status() != InvoiceStatus.DRAFT) {
      throw conflict(
          "invoice-not-draft",
          "Invoice "
              + invoice.number()
              + " has been issued, so it cannot change any more; make a credit note to correct"
              + " it.");
    }
    return invoice;
  }

  private byte[] render(Connection c, UUID orgId, Invoice invoice, InvoiceSettings settings)
      throws SQLException {
    Customer customer = customer(c, invoice.customerId());
    String orgName =
        Sql.one(c, "select name from organisation where id = ?", row -> row.getString(1), orgId)
            .orElse("");
    List<String> sellerLines = new ArrayList<>();
    addLines(sellerLines, settings.address());
    if (settings.taxId() != null) {
      sellerLines.add("Tax ID " + settings.taxId());
    }
    addLines(sellerLines, settings.email());
    addLines(sellerLines, settings.phone());
    List<String> customerLines = new ArrayList<>();
    addLines(customerLines, customer.address());
    addLines(customerLines, customer.email());
    addLines(customerLines, customer.phone());
    byte[] logo = null;
    if (settings.logoSha256() != null) {
      logo =
          Sql.one(
                  c,
                  "select data from blob where sha256 = ?",
                  row -> row.getBytes(1),
                  settings.logoSha256())
              .orElse(null);
    }
    String creditOf = null;
    if (invoice.creditNoteOf() != null) {
      creditOf = find(c, invoice.creditNoteOf()).map(Invoice::number).orElse(null);
    }
    try {
      return InvoicePdf.render(
          new InvoicePdf.Printed(
              invoice,
              new InvoicePdf.Party(
                  settings.legalName() == null ? orgName : settings.legalName(), sellerLines),
              new InvoicePdf.Party(customer.name(), customerLines),
              logo,
              creditOf,
              settings.paymentInstructions(),
              settings.pageSize()));
    } catch (IOException | RuntimeException e) {
      throw new ProblemException(
          422,
          "cannot-render",
          "The invoice cannot be drawn",
          "The invoice could not be drawn ("
              + e.getMessage()
              + "); check the logo in the invoice settings. Nothing was issued.");
    }
  }

  private static void addLines(List<String> lines, String text) {
    if (text != null) {
      text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
    }
  }

  private Customer customer(Connection c, UUID id) throws SQLException {
    return records
        .find(c, EntityType.CUSTOMER, Customer.class, id)
        .orElseThrow(() -> ProblemException.invalid("There is no customer " + id + "."));
  }

  private Optional<Quote> quoteOf(Connection c, UUID orderId) throws SQLException {
    Optional<UUID> id =
        Sql.one(
            c,
            "select id from quote where converted_order_id = ?",
            row -> row.getObject(1, UUID.class),
            orderId);
    return id.isEmpty()
        ? Optional.empty()
        : records.find(c, EntityType.QUOTE, Quote.class, id.get());
  }

  private List<InvoiceLine> fromQuote(
      Connection c, Quote quote, Currency currency, InvoiceSettings settings, List<LineInput> given)
      throws SQLException {
    if (given != null && !given.isEmpty()) {
      return lines(given, currency, settings);
    }
    if (quote.breakdown() == null) {
      throw ProblemException.invalid("This quote has no price yet; send the lines with prices.");
    }
    String what =
        quote.designId() == null
            ? quote.productType()
            : records
                .find(c, EntityType.DESIGN, Design.class, quote.designId())
                .map(d -> d.name() + " (" + d.code() + ")")
                .orElse(quote.productType());
    return List.of(
        line(
            what + ", quote " + quote.number(),
            BigDecimal.valueOf(quote.quantity()),
            quote.breakdown().unitPrice().amount(),
            BigDecimal.ZERO,
            settings.defaultTaxPercent(),
            currency));
  }

  private List<InvoiceLine> fromOrder(
      Connection c,
      ProductionOrder order,
      Optional<Quote> quote,
      Currency currency,
      InvoiceSettings settings,
      List<LineInput> given)
      throws SQLException {
    if (given != null && !given.isEmpty()) {
      return lines(given, currency, settings);
    }
    if (quote.isEmpty() || quote.get().breakdown() == null) {
      throw ProblemException.invalid(
          "No quote gives order " + order.number() + " a price; send the lines with their prices.");
    }
    String design =
        records
            .find(c, EntityType.DESIGN, Design.class, order.designId())
            .map(d -> d.name() + " (" + d.code() + ")")
            .orElse("Order " + order.number());
    return List.of(
        line(
            design + ", order " + order.number(),
            BigDecimal.valueOf(order.quantity()),
            quote.get().breakdown().unitPrice().amount(),
            BigDecimal.ZERO,
            settings.defaultTaxPercent(),
            currency));
  }

  private static List<InvoiceLine> lines(
      List<LineInput> given, Currency currency, InvoiceSettings settings) {
    if (given.size() > 500) {
      throw ProblemException.invalid("An invoice has at most 500 lines.");
    }
    List<InvoiceLine> lines = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      LineInput in = given.get(i);
      if (in == null || in.quantity() == null || in.unitPrice() == null) {
        throw ProblemException.invalid(
            "Line " + (i + 1) + " needs a description, a quantity and a unit price.");
      }
      try {
        lines.add(
            line(
                in.description(),
                in.quantity(),
                in.unitPrice(),
                in.discountPercent() == null ? BigDecimal.ZERO : in.discountPercent(),
                in.taxRatePercent() == null ? settings.defaultTaxPercent() : in.taxRatePercent(),
                currency));
      } catch (ProblemException e) {
        throw ProblemException.invalid("Line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return lines;
  }

  private static InvoiceLine line(
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal discount,
      BigDecimal tax,
      Currency currency) {
    try {
      return new InvoiceLine(description, quantity, new Money(unitPrice, currency), discount, tax);
    } catch (ValidationException e) {
      throw ProblemException.invalid(e.getMessage());
    }
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ProblemException.invalid("currency must be an ISO 4217 code such as EUR or BDT.");
    }
  }

  private static ProblemException conflict(String slug, String detail) {
    return new ProblemException(409, slug, "Not possible now", detail);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
