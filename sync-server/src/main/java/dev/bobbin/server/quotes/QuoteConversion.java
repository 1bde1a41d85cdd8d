package dev.bobbin.server.quotes;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageStatus;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteStatus;
import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.db.OrgVersions;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.security.RequestContext;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a quote into a planned production order with one pending stage per stage of a workflow, and
 * marks the quote converted, all in the request's one transaction: either all of it is written
 * (each row with its own organisation version) or nothing is. A second conversion is refused with
 * {@code 409} naming the order the first one made.
 */
final class QuoteConversion {
  private final AuditLog audit;
  private final ServerNumbers numbers;
  private final Clock clock;

  QuoteConversion(AuditLog audit, ServerNumbers numbers, Clock clock) {
    this.audit = audit;
    this.numbers = numbers;
    this.clock = clock;
  }

  /**
   * Optional choices; without them the organisation's first workflow by name, the quote's deadline
   * (else its estimated delivery, else two weeks from today) and normal priority.
   */
  record ConvertBody(UUID workflowTemplateId, LocalDate dueDate, Priority priority) {}

  void convert(Context ctx) throws SQLException {
    UUID quoteId = Fields.uuid("id", ctx.pathParam("id"));
    ConvertBody body =
        ctx.body().isBlank()
            ? new ConvertBody(null, null, null)
            : Fields.required("body", ctx.bodyAsClass(ConvertBody.class));
    UUID orgId = RequestContext.principal(ctx).orgId();
    Connection c = RequestContext.connection(ctx);
    // Takes the organisation's version lock first: conversions of one organisation run one at a
    // time, so a quote cannot be converted twice by two requests at once.
    OrgVersions.next(c, orgId);
    Quote quote =
        QuoteRows.lock(c, orgId, quoteId)
            .orElseThrow(() -> ProblemException.notFound("No quote with id " + quoteId + "."));
    refuseUnconvertible(c, orgId, quote);
    WorkflowTemplate workflow = workflow(c, orgId, body.workflowTemplateId());
    LocalDate due =
        body.dueDate() != null
            ? body.dueDate()
            : quote.deadline() != null
                ? quote.deadline()
                : quote.estimatedDelivery() != null
                    ? quote.estimatedDelivery()
                    : LocalDate.now(clock).plusWeeks(2);
    ProductionOrder order;
    try {
      order =
          new ProductionOrder(
              Ids.newId(),
              numbers.next(c, orgId, "PO", "production_order"),
              quote.designId(),
              quote.customerId(),
              workflow.id(),
              quote.quantity(),
              due,
              body.priority() == null ? Priority.NORMAL : body.priority(),
              OrderStatus.PLANNED,
              "From quote " + quote.number());
    } catch (ValidationException e) {
      throw ProblemException.invalid(e.getMessage());
    }
    insertOrder(c, orgId, order);
    List<ProductionStage> stages = new ArrayList<>();
    for (int i = 0; i < workflow.stages().size(); i++) {
      StageTemplate step = workflow.stages().get(i);
      ProductionStage stage =
          new ProductionStage(
              Ids.newId(),
              order.id(),
              i,
              step.name(),
              step.consumesMaterials(),
              StageStatus.PENDING,
              null,
              null,
              null,
              0,
              0,
              null);
      insertStage(c, orgId, stage);
      stages.add(stage);
    }
    QuoteRows.markConverted(c, orgId, quote.id(), order.id());
    audit.record(
        c,
        orgId,
        AuditLog.Actor.of(ctx),
        "quote.converted",
        "quote",
        quote.id().toString(),
        Map.of("order", order.number()));
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("quote", quote.converted(order.id()));
    reply.put("order", order);
    reply.put("stages", stages);
    ctx.status(201).json(reply);
  }

  private static void refuseUnconvertible(Connection c, UUID orgId, Quote quote)
      throws SQLException {
    if (quote.status() == QuoteStatus.CONVERTED) {
      String number =
          Sql.one(
                  c,
                  "select number from production_order where org_id = ? and id = ?",
                  row -> row.getString(1),
                  orgId,
                  quote.convertedOrderId())
              .orElse("an order that has since been deleted");
      throw new ProblemException(
          409,
          "already-converted",
          "Quote already converted",
          "Quote " + quote.number() + " was already converted into " + number + ".");
    }
    if (quote.status() == QuoteStatus.REQUESTED
        || quote.status() == QuoteStatus.REJECTED
        || quote.status() == QuoteStatus.EXPIRED) {
      throw new ProblemException(
          409,
          "cannot-convert",
          "Quote cannot be converted",
          "Quote "
              + quote.number()
              + " is "
              + quote.status().name().toLowerCase(java.util.Locale.ROOT)
              + (quote.status() == QuoteStatus.REQUESTED
                  ? ": price it first."
                  : "; only a draft, sent or accepted quote becomes an order."));
    }
    if (quote.designId() == null) {
      throw new ProblemException(
          409,
          "cannot-convert",
          "Quote cannot be converted",
          "Quote " + quote.number() + " has no design; a production order makes a design.");
    }
    boolean designExists =
        Sql.one(
                c,
                "select 1 from design where org_id = ? and id = ?",
                row -> row.getInt(1),
                orgId,
                quote.designId())
            .isPresent();
    if (!designExists) {
      throw QuoteController.unknownReference(
          "The design of quote " + quote.number() + " no longer exists.");
    }
  }

  private static WorkflowTemplate workflow(Connection c, UUID orgId, UUID wanted)
      throws SQLException {
    if (wanted != null) {
      return PostgresQuoteData.workflow(c, orgId, wanted)
          .orElseThrow(
              () ->
                  QuoteController.unknownReference(
                      "workflowTemplateId names no workflow of this organisation."));
    }
    return new PostgresQuoteData(c, orgId, java.time.Instant.EPOCH)
        .workflow()
        .orElseThrow(
            () ->
                new ProblemException(
                    409,
                    "no-workflow",
                    "No workflow",
                    "The organisation has no workflow template yet; add one first."));
  }

  private static void insertOrder(Connection c, UUID orgId, ProductionOrder o) throws SQLException {
    Sql.update(
        c,
        "insert into production_order (id, org_id, number, design_id, customer_id,"
            + " workflow_template_id, quantity, due_date, priority, status, notes, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        o.id(),
        orgId,
        o.number(),
        o.designId(),
        o.customerId(),
        o.workflowTemplateId(),
        o.quantity(),
        o.dueDate(),
        o.priority().name(),
        o.status().name(),
        o.notes(),
        OrgVersions.next(c, orgId));
  }

  private static void insertStage(Connection c, UUID orgId, ProductionStage s) throws SQLException {
    Sql.update(
        c,
        "insert into production_stage (id, org_id, order_id, sequence, name, consumes_materials,"
            + " status, quantity_done, quantity_rejected, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, 0, 0, ?)",
        s.id(),
        orgId,
        s.orderId(),
        s.sequence(),
        s.name(),
        s.consumesMaterials(),
        s.status().name(),
        OrgVersions.next(c, orgId));
  }
}
