package dev.bobbin.server.quotes;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteStatus;
import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.db.OrgVersions;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.db.Transactions;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Quote requests from outside, e.g. a factory's website form: {@code POST
 * /public/quote-requests/{organisationId}} needs no account. A valid request lands as a quote with
 * status {@link QuoteStatus#REQUESTED} (number {@code Q-WEB-…}) that syncs to every device's Quotes
 * inbox, where a manager prices it. Each client address may send {@link #PER_HOUR} requests an hour
 * to one organisation ({@code 429} with {@code Retry-After} after that), a body is at most {@link
 * #MAX_BODY_BYTES} ({@code 413}), and every field is checked ({@code 400} naming it).
 */
public final class QuoteRequestController {
  static final String PATH = Route.API + "/public/quote-requests/{organisationId}";

  /** Requests one client address may send to one organisation per hour. */
  public static final int PER_HOUR = 20;

  /** The largest body accepted; a form's fields fit many times over. */
  public static final int MAX_BODY_BYTES = 16 * 1024;

  private final Transactions transactions;
  private final AuditLog audit;
  private final Clock clock;
  private final ServerNumbers numbers = new ServerNumbers();
  private final Map<String, Bucket> buckets =
      new LinkedHashMap<>(1_024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          // A flood of addresses cannot grow memory without bound; the quietest go first.
          return size() > 100_000;
        }
      };

  public QuoteRequestController(Transactions transactions, AuditLog audit, Clock clock) {
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  /** What the form sends. */
  record RequestBody(
      String name,
      String email,
      String phone,
      String productType,
      Integer quantity,
      LocalDate deadline,
      String message) {}

  public List<Route> routes() {
    return List.of(Route.post(PATH, Access.PUBLIC, this::receive));
  }

  private void receive(Context ctx) throws SQLException {
    UUID orgId = Fields.uuid("organisationId", ctx.pathParam("organisationId"));
    long declared = ctx.contentLength();
    if (declared > MAX_BODY_BYTES || ctx.bodyAsBytes().length > MAX_BODY_BYTES) {
      throw new ProblemException(
          413,
          "request-too-large",
          "Request too large",
          "A quote request may be at most " + MAX_BODY_BYTES / 1024 + " KiB.");
    }
    limit(orgId, RequestContext.clientIp(ctx));
    RequestBody body = Fields.required("body", ctx.bodyAsClass(RequestBody.class));
    Quote lead = lead(body);
    Optional<Quote> stored =
        transactions.inOrganisation(
            orgId,
            c -> {
              if (Sql.one(c, "select 1 from organisation where id = ?", r -> 1, orgId).isEmpty()) {
                return Optional.empty();
              }
              OrgVersions.next(c, orgId); // holds the version lock while the number is chosen
              Quote numbered = withNumber(lead, numbers.next(c, orgId, "Q", "quote"));
              QuoteRows.insert(c, orgId, numbered);
              audit.record(
                  c,
                  orgId,
                  new AuditLog.Actor(
                      Optional.empty(),
                      Optional.empty(),
                      RequestContext.clientIp(ctx),
                      Optional.of("website form")),
                  "quote.requested",
                  "quote",
                  numbered.id().toString(),
                  Map.of("number", numbered.number()));
              return Optional.of(numbered);
            });
    Quote saved =
        stored.orElseThrow(
            () -> ProblemException.notFound("No organisation with id " + orgId + "."));
    ctx.status(201)
        .json(
            Map.of(
                "number",
                saved.number(),
                "message",
                "Thank you, " + saved.requesterName() + ": we will get back to you with a quote."));
  }

  private Quote lead(RequestBody body) {
    if (body.quantity() == null) {
      throw ProblemException.invalid("quantity is required: how many pieces you need.");
    }
    if (body.deadline() != null && body.deadline().isBefore(LocalDate.now(clock))) {
      throw ProblemException.invalid("deadline must not be in the past.");
    }
    if (body.quantity() > 1_000_000) {
      throw ProblemException.invalid("quantity must be at most 1000000.");
    }
    String email = blankToNull(body.email());
    if (email != null) {
      email = Fields.email("email", email);
    }
    try {
      return new Quote(
          Ids.newId(),
          "Q-REQUEST",
          null,
          null,
          blankToNull(body.productType()),
          body.quantity(),
          null,
          Complexity.STANDARD,
          body.deadline(),
          null,
          null,
          List.of(),
          QuoteStatus.REQUESTED,
          null,
          blankToNull(body.name()),
          email,
          blankToNull(body.phone()),
          blankToNull(body.message()));
    } catch (ValidationException e) {
      throw ProblemException.invalid(e.getMessage());
    }
  }

  private static Quote withNumber(Quote q, String number) {
    return new Quote(
        q.id(),
        number,
        q.customerId(),
        q.designId(),
        q.productType(),
        q.quantity(),
        q.materialItemId(),
        q.complexity(),
        q.deadline(),
        q.breakdown(),
        q.estimatedDelivery(),
        q.suggestions(),
        q.status(),
        q.convertedOrderId(),
        q.requesterName(),
        q.requesterEmail(),
        q.requesterPhone(),
        q.requestMessage());
  }

  private void limit(UUID orgId, String ip) {
    Bucket bucket;
    synchronized (buckets) {
      bucket =
          buckets.computeIfAbsent(
              orgId + "|" + ip,
              k ->
                  Bucket.builder()
                      .addLimit(
                          limit ->
                              limit.capacity(PER_HOUR).refillGreedy(PER_HOUR, Duration.ofHours(1)))
                      .build());
    }
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long retryAfter =
          Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
      throw new ProblemException(
          429,
          "rate-limited",
          "Too many requests",
          "Too many quote requests from this address; try again in " + retryAfter + " second(s).",
          Map.of("Retry-After", Long.toString(retryAfter)));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
