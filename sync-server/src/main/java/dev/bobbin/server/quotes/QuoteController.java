package dev.bobbin.server.quotes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteEngine;
import dev.bobbin.model.quotes.QuoteRequest;
import dev.bobbin.model.quotes.QuoteResult;
import dev.bobbin.model.quotes.QuoteStatus;
import dev.bobbin.server.ai.AiModule;
import dev.bobbin.server.ai.AiReply;
import dev.bobbin.server.ai.Completion;
import dev.bobbin.server.ai.Engine;
import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.db.OrgVersions;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Quotes over HTTP: {@code POST /ai/quote} prices one with the shared {@link QuoteEngine} over the
 * organisation's Postgres data (and stores it when asked), {@code GET /quotes} lists them, {@code
 * POST /quotes/{id}/convert} turns one into a production order.
 */
public final class QuoteController {
  static final String AI_PATH = Route.API + "/ai/quote";
  static final String LIST_PATH = Route.API + "/quotes";
  static final String CONVERT_PATH = Route.API + "/quotes/{id}/convert";
  private static final int MAX_LISTED = 500;
  private static final String SUMMARY_INSTRUCTION =
      "Summarise this quote for the customer in at most three sentences: the unit and total"
          + " price, the realistic delivery date, and anything they could change to get a"
          + " better price or date. Use only the figures given.";

  private final AiModule ai;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final Clock clock;
  private final ServerNumbers numbers = new ServerNumbers();

  public QuoteController(AiModule ai, AuditLog audit, ObjectMapper json, Clock clock) {
    this.ai = ai;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** What a client sends to price a quote; see docs/ai.md. */
  record QuoteBody(
      String productType,
      Integer quantity,
      UUID materialItemId,
      BigDecimal materialPerUnit,
      String complexity,
      UUID designId,
      LocalDate deadline,
      UUID customerId,
      Boolean save) {}

  public List<Route> routes() {
    QuoteConversion conversion = new QuoteConversion(audit, numbers, clock);
    return List.of(
        ai.post(AI_PATH, Access.permission(Permission.MANAGE_QUOTES), this::quote),
        Route.get(LIST_PATH, Access.permission(Permission.MANAGE_QUOTES), this::list),
        Route.post(
            CONVERT_PATH, Access.permission(Permission.PLAN_PRODUCTION), conversion::convert));
  }

  private AiReply quote(Context ctx) throws SQLException {
    QuoteBody body = Fields.required("body", ctx.bodyAsClass(QuoteBody.class));
    UUID orgId = RequestContext.principal(ctx).orgId();
    Connection c = RequestContext.connection(ctx);
    QuoteRequest request = request(body, LocalDate.now(clock));
    QuoteResult result = price(new PostgresQuoteData(c, orgId, clock.instant()), request);
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("engine", Engine.BUILT_IN.label());
    reply.put("quote", result);
    if (Boolean.TRUE.equals(body.save())) {
      if (body.customerId() != null && !customerExists(c, orgId, body.customerId())) {
        throw unknownReference("customerId names no customer of this organisation.");
      }
      OrgVersions.next(c, orgId); // holds the version lock while the number is chosen
      Quote saved =
          result.toQuote(
              Ids.newId(),
              numbers.next(c, orgId, "Q", "quote"),
              body.customerId(),
              request,
              QuoteStatus.DRAFT);
      QuoteRows.insert(c, orgId, saved);
      audit.record(
          c,
          orgId,
          AuditLog.Actor.of(ctx),
          "quote.created",
          "quote",
          saved.id().toString(),
          Map.of("number", saved.number()));
      reply.put("saved", saved);
    }
    Optional<Completion> summary = summary(result);
    summary.ifPresent(
        s -> {
          reply.put("engine", Engine.BUILT_IN_WITH_MODEL.label());
          reply.put("summary", s.text());
        });
    return AiReply.of(reply, summary);
  }

  private Optional<Completion> summary(QuoteResult result) {
    if (!ai.model().configured()) {
      return Optional.empty();
    }
    try {
      return ai.model().summarise(SUMMARY_INSTRUCTION, json.writeValueAsString(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A quote result could not be written as JSON", e);
    }
  }

  private void list(Context ctx) throws SQLException {
    Optional<QuoteStatus> status = Optional.empty();
    String wanted = ctx.queryParam("status");
    if (wanted != null && !wanted.isBlank()) {
      status = Optional.of(status(wanted));
    }
    List<Quote> quotes =
        QuoteRows.list(
            RequestContext.connection(ctx),
            RequestContext.principal(ctx).orgId(),
            status,
            MAX_LISTED);
    ctx.json(Map.of("quotes", quotes));
  }

  /** Runs the engine; a missing design or material is a 422, any other invalid input a 400. */
  static QuoteResult price(PostgresQuoteData data, QuoteRequest request) {
    try {
      return new QuoteEngine(data).quote(request);
    } catch (ValidationException e) {
      boolean reference =
          e.violations().stream()
              .map(Violation::field)
              .anyMatch(f -> f.equals("designId") || f.equals("materialItemId"));
      throw reference ? unknownReference(e.getMessage()) : ProblemException.invalid(e.getMessage());
    }
  }

  static QuoteRequest request(QuoteBody body, LocalDate today) {
    if (body.quantity() == null) {
      throw ProblemException.invalid("quantity is required: how many pieces to quote.");
    }
    Complexity complexity =
        body.complexity() == null || body.complexity().isBlank()
            ? Complexity.STANDARD
            : complexity(body.complexity());
    try {
      return new QuoteRequest(
          body.productType(),
          body.quantity(),
          body.materialItemId(),
          body.materialPerUnit(),
          complexity,
          body.designId(),
          body.deadline(),
          today);
    } catch (ValidationException e) {
      throw ProblemException.invalid(e.getMessage());
    }
  }

  static Complexity complexity(String value) {
    try {
      return Complexity.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          "complexity must be one of "
              + Arrays.toString(Complexity.values())
              + ", not \""
              + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
              + "\".");
    }
  }

  private static QuoteStatus status(String value) {
    try {
      return QuoteStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          "status must be one of " + Arrays.toString(QuoteStatus.values()) + ".");
    }
  }

  private static boolean customerExists(Connection c, UUID orgId, UUID id) throws SQLException {
    return Sql.one(
            c,
            "select 1 from customer where org_id = ? and id = ?",
            row -> row.getInt(1),
            orgId,
            id)
        .isPresent();
  }

  static ProblemException unknownReference(String detail) {
    return new ProblemException(422, "unknown-reference", "Unknown reference", detail);
  }
}
