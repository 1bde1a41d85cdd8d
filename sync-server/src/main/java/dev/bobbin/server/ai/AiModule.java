package dev.bobbin.server.ai;

import dev.bobbin.server.config.AiConfig;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.ratelimit.MinuteBuckets;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What every AI route shares: a per-user rate limit ({@code 429} with {@code Retry-After}, default
 * 60 calls a minute), timing, and the call log (route, engine, duration, tokens and cost) that
 * admins read at {@code GET /api/v1/admin/ai/calls}; and the operator's optional {@link
 * LanguageModel}.
 *
 * <p>Each answer carries the header {@code Bobbin-AI-Engine}: {@code built-in}, {@code
 * built-in+model} or {@code model}. A call that fails (bad input, not found) is not logged: its
 * request was refused before any engine answered.
 */
public final class AiModule {
  private final AiConfig config;
  private final LanguageModel model;
  private final AiCalls calls;
  private final MinuteBuckets buckets = new MinuteBuckets(100_000);

  public AiModule(AiConfig config, LanguageModel model, Clock clock) {
    this.config = config;
    this.model = model;
    this.calls = new AiCalls(clock);
  }

  /** The module's own routes: the admins' call log. */
  public List<Route> routes() {
    return List.of(calls.route());
  }

  /** A POST route whose handler is limited, timed and logged. */
  public Route post(String path, Access access, AiHandler handler) {
    return Route.post(path, signedIn(access), wrap(path, handler));
  }

  /** A GET route whose handler is limited, timed and logged. */
  public Route get(String path, Access access, AiHandler handler) {
    return Route.get(path, signedIn(access), wrap(path, handler));
  }

  /** The operator's language model; {@link LanguageModel#none()} when none is configured. */
  public LanguageModel model() {
    return model;
  }

  /** The AI settings, e.g. how long conversations are kept. */
  public AiConfig config() {
    return config;
  }

  private static Access signedIn(Access access) {
    if (access.isPublic()) {
      throw new IllegalArgumentException(
          "AI routes are limited and logged per caller, so they cannot be public");
    }
    return access;
  }

  private Handler wrap(String path, AiHandler handler) {
    String name = path.startsWith(Route.API) ? path.substring(Route.API.length()) : path;
    return ctx -> {
      buckets.take(
          ctx, "ai:" + RequestContext.principal(ctx).rateLimitKey(), config.rateLimitPerUser());
      long start = System.nanoTime();
      AiReply reply = handler.handle(ctx);
      calls.record(ctx, name, reply, Duration.ofNanos(System.nanoTime() - start));
      ctx.header("Bobbin-AI-Engine", reply.engine().label());
      ctx.json(reply.body());
    };
  }
}
