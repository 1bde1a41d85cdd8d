package dev.bobbin.server.insights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.insights.Blocker;
import dev.bobbin.model.insights.Insights;
import dev.bobbin.model.insights.ProductionInsights;
import dev.bobbin.server.ai.AiModule;
import dev.bobbin.server.ai.AiReply;
import dev.bobbin.server.ai.Completion;
import dev.bobbin.server.ai.Engine;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code GET /ai/insights}: readiness, blockers and batching suggestions of the caller's
 * organisation (see {@link ProductionInsights}), cached per organisation until its data changes or
 * {@link #TIME_TO_LIVE} passes.
 */
public final class InsightsController {
  static final String PATH = Route.API + "/ai/insights";

  /** How long an answer is reused while nothing changes. */
  public static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

  /** Entries of each list sent at most (counts are always complete). */
  static final int LIST_LIMIT = 50;

  private final AiModule ai;
  private final Clock clock;
  private final ObjectMapper json;
  private final InsightsCache cache;
  private final ProductionInsights engine = new ProductionInsights();

  public InsightsController(AiModule ai, Clock clock, ObjectMapper json) {
    this(ai, clock, json, TIME_TO_LIVE);
  }

  InsightsController(AiModule ai, Clock clock, ObjectMapper json, Duration timeToLive) {
    this.ai = ai;
    this.clock = clock;
    this.json = json;
    this.cache = new InsightsCache(timeToLive);
  }

  public List<Route> routes() {
    return List.of(ai.get(PATH, Access.permission(Permission.VIEW_PRODUCTION), this::insights));
  }

  private AiReply insights(Context ctx) throws SQLException {
    UUID orgId = RequestContext.principal(ctx).orgId();
    Connection c = RequestContext.connection(ctx);
    // The version is read before the data: a change committed in between is newer than the
    // version cached with it, so the next call recomputes rather than keeping it stale.
    long version =
        Sql.one(c, "select version from org_version where org_id = ?", r -> r.getLong(1), orgId)
            .orElse(0L);
    Instant now = clock.instant();
    Optional<InsightsCache.Entry> hit = cache.fresh(orgId, version, now);
    if (hit.isPresent()) {
      Engine engine =
          hit.get().summary().isPresent() ? Engine.BUILT_IN_WITH_MODEL : Engine.BUILT_IN;
      return new AiReply(new RawValue(hit.get().cachedJson()), engine, Optional.empty());
    }
    Insights insights = engine.compute(InsightsQueries.load(c, now));
    Optional<Completion> summary =
        ai.model()
            .summarise(
                "In three sentences for a production manager, say how ready the open orders are,"
                    + " what to unblock first and which orders to batch.",
                facts(insights));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("engine", summary.isPresent() ? "built-in+model" : "built-in");
    body.put("cached", false);
    body.put("version", version);
    body.put("computedAt", insights.computedAt());
    body.put("readiness", readiness(insights));
    body.put("blockerCount", insights.blockers().size());
    body.put("blockers", first(insights.blockers()));
    body.put("batches", first(insights.batches()));
    body.put("stageTimes", insights.stageTimes());
    summary.ifPresent(s -> body.put("summary", s.text()));
    Map<String, Object> cachedBody = new LinkedHashMap<>(body);
    cachedBody.put("cached", true);
    try {
      cache.put(
          orgId,
          new InsightsCache.Entry(version, now, json.writeValueAsString(cachedBody), summary));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Insights are always writable as JSON", e);
    }
    return AiReply.of(body, summary);
  }

  private static Map<String, Object> readiness(Insights insights) {
    Map<String, Object> readiness = new LinkedHashMap<>();
    readiness.put("openOrders", insights.readiness().openOrders());
    readiness.put("readyOrders", insights.readiness().readyOrders());
    readiness.put("share", insights.readiness().share());
    readiness.put("waitingCount", insights.readiness().waiting().size());
    readiness.put("waiting", first(insights.readiness().waiting()));
    return readiness;
  }

  private static <T> List<T> first(List<T> all) {
    return all.subList(0, Math.min(LIST_LIMIT, all.size()));
  }

  private static String facts(Insights insights) {
    String blockers =
        insights.blockers().stream().limit(5).map(Blocker::reason).collect(Collectors.joining(" "));
    String batches =
        insights.batches().stream()
            .limit(3)
            .map(
                b ->
                    String.join(", ", b.orderNumbers())
                        + " at "
                        + b.stageName()
                        + " saves "
                        + b.minutesSaved()
                        + " min")
            .collect(Collectors.joining("; "));
    return String.format(
        Locale.ROOT,
        "%d of %d open orders have all their materials. Blockers, worst first: %s Batches: %s",
        insights.readiness().readyOrders(),
        insights.readiness().openOrders(),
        blockers.isEmpty() ? "none." : blockers,
        batches.isEmpty() ? "none." : batches);
  }
}
