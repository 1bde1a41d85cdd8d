package dev.bobbin.server.ai;

import dev.bobbin.model.auth.Permission;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.ApiKeyPrincipal;
import dev.bobbin.server.security.Principal;
import dev.bobbin.server.security.RequestContext;
import dev.bobbin.server.security.UserPrincipal;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The AI call log: one append-only row per answered AI call, and {@code GET /api/v1/admin/ai/calls}
 * for admins (newest first, paged by {@code before}, with the totals of the last 30 days per
 * engine).
 */
final class AiCalls {
  private static final int MAX_LIMIT = 500;
  private static final Duration TOTALS_WINDOW = Duration.ofDays(30);

  private final Clock clock;

  AiCalls(Clock clock) {
    this.clock = clock;
  }

  record Call(
      long id,
      Instant at,
      UUID userId,
      UUID apiKeyId,
      String route,
      String engine,
      int durationMs,
      int promptTokens,
      int completionTokens,
      BigDecimal cost) {}

  record EngineTotals(String engine, long calls, long tokens, BigDecimal cost, double avgMs) {}

  record Page(List<Call> calls, Long nextBefore, Instant totalsSince, List<EngineTotals> totals) {}

  Route route() {
    return Route.get(
        Route.API + "/admin/ai/calls", Access.permission(Permission.VIEW_AUDIT_LOG), this::list);
  }

  /** Appends one call in the request's transaction. */
  void record(Context ctx, String route, AiReply reply, Duration took) throws SQLException {
    Principal principal = RequestContext.principal(ctx);
    UUID user = principal instanceof UserPrincipal u ? u.userId() : null;
    UUID key = principal instanceof ApiKeyPrincipal k ? k.keyId() : null;
    int prompt = reply.usage().map(Completion::promptTokens).orElse(0);
    int completion = reply.usage().map(Completion::completionTokens).orElse(0);
    BigDecimal cost = reply.usage().map(Completion::cost).orElse(BigDecimal.ZERO);
    Sql.update(
        RequestContext.connection(ctx),
        "insert into ai_call (org_id, at, user_id, api_key_id, route, engine, duration_ms,"
            + " prompt_tokens, completion_tokens, cost) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        principal.orgId(),
        Timestamp.from(clock.instant()),
        user,
        key,
        route,
        reply.engine().label(),
        (int) Math.min(Integer.MAX_VALUE, took.toMillis()),
        prompt,
        completion,
        cost);
  }

  private void list(Context ctx) throws SQLException {
    int limit = (int) Fields.longQuery(ctx, "limit", 100);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ProblemException.invalid("limit must be between 1 and " + MAX_LIMIT + ".");
    }
    long before = Fields.longQuery(ctx, "before", Long.MAX_VALUE);
    Connection c = RequestContext.connection(ctx);
    List<Call> calls =
        Sql.list(
            c,
            "select * from ai_call where id < ? order by id desc limit ?",
            AiCalls::call,
            before,
            limit);
    Instant since = clock.instant().minus(TOTALS_WINDOW);
    List<EngineTotals> totals =
        Sql.list(
            c,
            "select engine, count(*), coalesce(sum(prompt_tokens + completion_tokens), 0),"
                + " coalesce(sum(cost), 0), coalesce(avg(duration_ms), 0)"
                + " from ai_call where at >= ? group by engine order by engine",
            row ->
                new EngineTotals(
                    row.getString(1),
                    row.getLong(2),
                    row.getLong(3),
                    row.getBigDecimal(4),
                    row.getDouble(5)),
            Timestamp.from(since));
    Long next = calls.size() == limit ? calls.get(calls.size() - 1).id() : null;
    ctx.json(new Page(calls, next, since, totals));
  }

  private static Call call(ResultSet row) throws SQLException {
    return new Call(
        row.getLong("id"),
        Sql.instant(row, "at").orElseThrow(),
        row.getObject("user_id", UUID.class),
        row.getObject("api_key_id", UUID.class),
        row.getString("route"),
        row.getString("engine"),
        row.getInt("duration_ms"),
        row.getInt("prompt_tokens"),
        row.getInt("completion_tokens"),
        row.getBigDecimal("cost"));
  }
}
