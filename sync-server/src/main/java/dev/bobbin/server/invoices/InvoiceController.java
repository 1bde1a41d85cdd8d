package dev.bobbin.server.invoices;

import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import dev.bobbin.model.invoices.InvoiceTotals;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.config.MailConfig;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.db.Transactions;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import dev.bobbin.server.security.UserPrincipal;
import dev.bobbin.server.sync.SyncedRecords;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Invoices over HTTP: drafts, issuing, the PDF, payments, voiding, credit notes and e-mail; and the
 * organisation's invoice settings. Managers and admins ({@code MANAGE_INVOICES}); settings are
 * changed by admins ({@code MANAGE_SETTINGS}). See {@link Invoices} for the rules.
 */
public final class InvoiceController implements AutoCloseable {
  private static final String PATH = Route.API + "/invoices";
  private static final Access INVOICES = Access.permission(Permission.MANAGE_INVOICES);

  private final Invoices invoices;
  private final SyncedRecords records;
  private final AuditLog audit;
  private final Clock clock;
  private final Optional<InvoiceMailer> mailer;

  public InvoiceController(
      SyncedRecords records,
      AuditLog audit,
      Clock clock,
      MailConfig mail,
      Transactions transactions) {
    this.invoices = new Invoices(records);
    this.audit = audit;
    this.clock = clock;
    this.mailer =
        mail.smtp()
            .map(smtp -> new InvoiceMailer(smtp, transactions, records, clock, mail.firstRetry()));
    mailer.ifPresent(m -> m.start(mail.pollEvery()));
    this.records = records;
  }

  record LineView(
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal discountPercent,
      BigDecimal taxRatePercent,
      BigDecimal net,
      BigDecimal tax) {}

  record TaxView(BigDecimal ratePercent, BigDecimal amount) {}

  record PaymentView(BigDecimal amount, LocalDate paidOn, String reference, String source) {}

  record EmailView(
      long id, String recipient, String status, int attempts, String lastError, Instant sentAt) {}

  record InvoiceView(
      UUID id,
      String number,
      String kind,
      InvoiceStatus status,
      boolean overdue,
      UUID customerId,
      String customerName,
      UUID productionOrderId,
      UUID quoteId,
      UUID creditNoteOf,
      String currency,
      LocalDate issueDate,
      LocalDate dueDate,
      String notes,
      List<LineView> lines,
      BigDecimal subtotal,
      List<TaxView> taxes,
      BigDecimal tax,
      BigDecimal total,
      BigDecimal amountPaid,
      BigDecimal outstanding,
      List<PaymentView> payments,
      List<EmailView> emails) {}

  record IssueBody(LocalDate issueDate) {}

  record PaymentBody(BigDecimal amount, LocalDate paidOn, String reference) {}

  record SendBody(String to) {}

  public List<Route> routes() {
    return List.of(
        Route.get(PATH, INVOICES, this::list),
        Route.post(PATH, INVOICES, this::create),
        // Before {id}: "{id}.pdf" would otherwise be read as an id.
        Route.get(PATH + "/{id}.pdf", INVOICES, this::pdf),
        Route.get(PATH + "/{id}", INVOICES, this::detail),
        Route.patch(PATH + "/{id}", INVOICES, this::update),
        Route.post(PATH + "/{id}/issue", INVOICES, this::issue),
        Route.post(PATH + "/{id}/void", INVOICES, this::voidInvoice),
        Route.post(PATH + "/{id}/credit-note", INVOICES, this::creditNote),
        Route.post(PATH + "/{id}/payments", INVOICES, this::pay),
        Route.post(PATH + "/{id}/send", INVOICES, this::send),
        Route.get(Route.API + "/admin/invoice-settings", INVOICES, this::settings),
        Route.put(
            Route.API + "/admin/invoice-settings",
            Access.permission(Permission.MANAGE_SETTINGS),
            this::saveSettings));
  }

  private void list(Context ctx) throws SQLException {
    Connection c = RequestContext.connection(ctx);
    StringBuilder sql = new StringBuilder("select id from invoice where true");
    List<Object> params = new ArrayList<>();
    String status = ctx.queryParam("status");
    if (status != null) {
      sql.append(" and status = ?");
      params.add(status(status).name());
    }
    String customer = ctx.queryParam("customerId");
    if (customer != null) {
      sql.append(" and customer_id = ?");
      params.add(Fields.uuid("customerId", customer));
    }
    boolean overdueOnly = Boolean.parseBoolean(ctx.queryParam("overdue"));
    sql.append(
        " order by coalesce(issue_date, '9999-12-31') desc, number desc nulls first limit 500");
    LocalDate today = LocalDate.now(clock);
    // Two reads for the whole page: the invoices with their lines, then their customers' names.
    List<Invoice> page =
        records.findAll(
            c,
            EntityType.INVOICE,
            Invoice.class,
            Sql.list(c, sql.toString(), row -> row.getObject(1, UUID.class), params.toArray()));
    Map<UUID, String> names = customerNames(c, page);
    List<InvoiceView> views = new ArrayList<>();
    for (Invoice invoice : page) {
      if (!overdueOnly || invoice.isOverdue(today)) {
        views.add(view(c, invoice, names.get(invoice.customerId()), false));
      }
    }
    ctx.json(Map.of("invoices", views));
  }

  private void create(Context ctx) throws SQLException {
    Invoices.NewDraft body = Fields.required("body", ctx.bodyAsClass(Invoices.NewDraft.class));
    Connection c = RequestContext.connection(ctx);
    UUID org = RequestContext.principal(ctx).orgId();
    if (body.id() != null && invoices.find(c, body.id()).isPresent()) {
      throw new ProblemException(
          409, "invoice-exists", "Invoice exists", "An invoice with this id already exists.");
    }
    Invoice draft = invoices.createDraft(c, org, userId(ctx), body);
    record(ctx, "invoice.drafted", draft, Map.of());
    ctx.status(201).json(view(c, draft, true));
  }

  private void detail(Context ctx) throws SQLException {
    Connection c = RequestContext.connection(ctx);
    ctx.json(view(c, invoices.get(c, id(ctx)), true));
  }

  private void update(Context ctx) throws SQLException {
    Invoices.DraftChange body =
        Fields.required("body", ctx.bodyAsClass(Invoices.DraftChange.class));
    Connection c = RequestContext.connection(ctx);
    Invoice changed =
        invoices.updateDraft(c, RequestContext.principal(ctx).orgId(), userId(ctx), id(ctx), body);
    ctx.json(view(c, changed, true));
  }

  private void issue(Context ctx) throws SQLException {
    IssueBody body = ctx.body().isBlank() ? new IssueBody(null) : ctx.bodyAsClass(IssueBody.class);
    LocalDate date = body.issueDate() == null ? LocalDate.now(clock) : body.issueDate();
    Connection c = RequestContext.connection(ctx);
    Invoice issued =
        invoices.issue(c, RequestContext.principal(ctx).orgId(), userId(ctx), id(ctx), date);
    record(ctx, "invoice.issued", issued, Map.of("number", issued.number()));
    ctx.json(view(c, issued, true));
  }

  private void pdf(Context ctx) throws SQLException {
    Connection c = RequestContext.connection(ctx);
    UUID id = id(ctx);
    byte[] pdf = invoices.pdf(c, RequestContext.principal(ctx).orgId(), id);
    Invoice invoice = invoices.get(c, id);
    String name = invoice.number() == null ? "draft-" + id : invoice.number();
    ctx.contentType("application/pdf");
    ctx.header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"");
    ctx.result(pdf);
  }

  private void voidInvoice(Context ctx) throws SQLException {
    Connection c = RequestContext.connection(ctx);
    Invoice voided =
        invoices.voidInvoice(c, RequestContext.principal(ctx).orgId(), userId(ctx), id(ctx));
    record(ctx, "invoice.voided", voided, Map.of("number", voided.number()));
    ctx.json(view(c, voided, true));
  }

  private void creditNote(Context ctx) throws SQLException {
    Connection c = RequestContext.connection(ctx);
    Invoice note =
        invoices.creditNote(c, RequestContext.principal(ctx).orgId(), userId(ctx), id(ctx));
    record(ctx, "invoice.credit_note_drafted", note, Map.of());
    ctx.status(201).json(view(c, note, true));
  }

  private void pay(Context ctx) throws SQLException {
    PaymentBody body = Fields.required("body", ctx.bodyAsClass(PaymentBody.class));
    String reference =
        body.reference() == null || body.reference().isBlank()
            ? null
            : Fields.text("reference", body.reference(), 200);
    Connection c = RequestContext.connection(ctx);
    Invoice paid =
        invoices.recordPayment(
            c,
            RequestContext.principal(ctx).orgId(),
            userId(ctx),
            id(ctx),
            body.amount(),
            body.paidOn() == null ? LocalDate.now(clock) : body.paidOn(),
            reference,
            "manual");
    record(
        ctx,
        "invoice.payment_recorded",
        paid,
        Map.of("amount", body.amount().toPlainString(), "status", paid.status().name()));
    ctx.json(view(c, paid, true));
  }

  private void send(Context ctx) throws SQLException {
    InvoiceMailer sender =
        mailer.orElseThrow(
            () ->
                new ProblemException(
                    503,
                    "mail-off",
                    "E-mail is not set up",
                    "This server has no SMTP server configured (BOBBIN_SMTP_HOST), so it cannot"
                        + " send invoices; download the PDF and send it yourself."));
    SendBody body = ctx.body().isBlank() ? new SendBody(null) : ctx.bodyAsClass(SendBody.class);
    Connection c = RequestContext.connection(ctx);
    Invoice invoice = invoices.get(c, id(ctx));
    if (invoice.status() == InvoiceStatus.DRAFT || invoice.status() == InvoiceStatus.VOID) {
      throw new ProblemException(
          409, "not-sendable", "Not possible now", "Only an issued invoice can be e-mailed.");
    }
    String to = body.to();
    if (to == null || to.isBlank()) {
      to =
          records
              .find(c, EntityType.CUSTOMER, Customer.class, invoice.customerId())
              .map(Customer::email)
              .filter(e -> e != null && !e.isBlank())
              .orElseThrow(
                  () ->
                      ProblemException.invalid(
                          "The customer has no e-mail address; give one in \"to\"."));
    }
    to = Fields.email("to", to);
    long emailId =
        Sql.one(
                c,
                "insert into invoice_email (org_id, invoice_id, recipient) values (?, ?, ?)"
                    + " returning id",
                row -> row.getLong(1),
                RequestContext.principal(ctx).orgId(),
                invoice.id(),
                to)
            .orElseThrow();
    record(ctx, "invoice.email_queued", invoice, Map.of("to", to));
    ctx.status(202).json(Map.of("emailId", emailId, "status", "pending", "to", to));
    sender.wake();
  }

  private void settings(Context ctx) throws SQLException {
    ctx.json(
        InvoiceSettings.load(
            RequestContext.connection(ctx), RequestContext.principal(ctx).orgId()));
  }

  private void saveSettings(Context ctx) throws SQLException {
    InvoiceSettings change =
        Fields.required("body", ctx.bodyAsClass(InvoiceSettingsBody.class)).toSettings();
    Connection c = RequestContext.connection(ctx);
    UUID org = RequestContext.principal(ctx).orgId();
    InvoiceSettings saved = InvoiceSettings.load(c, org).with(change);
    saved.save(c, org);
    audit.record(
        c,
        org,
        AuditLog.Actor.of(ctx),
        "invoice_settings.updated",
        "organisation",
        org.toString(),
        Map.of());
    ctx.json(saved);
  }

  /** The settings as sent: absent fields stay as they are. */
  record InvoiceSettingsBody(
      String legalName,
      String address,
      String taxId,
      String email,
      String phone,
      String logoSha256,
      String currency,
      BigDecimal defaultTaxPercent,
      Integer paymentTermsDays,
      String paymentInstructions,
      String numberFormat,
      String pageSize) {
    InvoiceSettings toSettings() {
      return new InvoiceSettings(
          legalName,
          address,
          taxId,
          email,
          phone,
          logoSha256,
          currency,
          defaultTaxPercent,
          paymentTermsDays == null ? -1 : paymentTermsDays,
          paymentInstructions,
          numberFormat,
          pageSize == null ? null : pageSize.toUpperCase(Locale.ROOT));
    }
  }

  private InvoiceView view(Connection c, Invoice i, boolean detail) throws SQLException {
    return view(c, i, customerNames(c, List.of(i)).get(i.customerId()), detail);
  }

  private Map<UUID, String> customerNames(Connection c, List<Invoice> of) throws SQLException {
    Map<UUID, String> names = new java.util.HashMap<>();
    for (Customer customer :
        records.findAll(
            c,
            EntityType.CUSTOMER,
            Customer.class,
            of.stream().map(Invoice::customerId).distinct().toList())) {
      names.put(customer.id(), customer.name());
    }
    return names;
  }

  private InvoiceView view(Connection c, Invoice i, String customerName, boolean detail)
      throws SQLException {
    InvoiceTotals totals = i.totals();
    List<LineView> lines = new ArrayList<>();
    for (InvoiceLine l : i.lines()) {
      lines.add(
          new LineView(
              l.description(),
              l.quantity(),
              l.unitPrice().amount(),
              l.discountPercent(),
              l.taxRatePercent(),
              l.net().amount(),
              l.tax().amount()));
    }
    List<TaxView> taxes = new ArrayList<>();
    totals.taxByRate().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> taxes.add(new TaxView(e.getKey(), e.getValue().amount())));
    List<PaymentView> payments = List.of();
    List<EmailView> emails = List.of();
    if (detail) {
      payments =
          Sql.list(
              c,
              "select amount, paid_on, reference, source from invoice_payment where invoice_id = ?"
                  + " order by recorded_at",
              row ->
                  new PaymentView(
                      row.getBigDecimal(1).stripTrailingZeros(),
                      row.getObject(2, LocalDate.class),
                      row.getString(3),
                      row.getString(4)),
              i.id());
      emails =
          Sql.list(
              c,
              "select id, recipient, status, attempts, last_error, sent_at from invoice_email"
                  + " where invoice_id = ? order by id",
              row ->
                  new EmailView(
                      row.getLong(1),
                      row.getString(2),
                      row.getString(3),
                      row.getInt(4),
                      row.getString(5),
                      Sql.instant(row, "sent_at").orElse(null)),
              i.id());
    }
    Money outstanding = i.outstanding();
    return new InvoiceView(
        i.id(),
        i.number(),
        i.creditNoteOf() == null ? "invoice" : "credit-note",
        i.status(),
        i.isOverdue(LocalDate.now(clock)),
        i.customerId(),
        customerName,
        i.productionOrderId(),
        i.quoteId(),
        i.creditNoteOf(),
        i.currency().getCurrencyCode(),
        i.issueDate(),
        i.dueDate(),
        i.notes(),
        lines,
        totals.subtotal().amount(),
        taxes,
        totals.tax().amount(),
        totals.total().amount(),
        i.amountPaid(),
        outstanding.amount(),
        payments,
        emails);
  }

  private void record(Context ctx, String action, Invoice invoice, Map<String, Object> details)
      throws SQLException {
    audit.record(
        RequestContext.connection(ctx),
        RequestContext.principal(ctx).orgId(),
        AuditLog.Actor.of(ctx),
        action,
        "invoice",
        invoice.id().toString(),
        details);
  }

  private static UUID id(Context ctx) {
    return Fields.uuid("id", ctx.pathParam("id"));
  }

  private static UUID userId(Context ctx) {
    return RequestContext.principal(ctx) instanceof UserPrincipal u ? u.userId() : null;
  }

  private static InvoiceStatus status(String raw) {
    try {
      return InvoiceStatus.valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          "status must be one of draft, issued, partially_paid, paid, void.");
    }
  }

  @Override
  public void close() {
    mailer.ifPresent(InvoiceMailer::close);
  }
}
