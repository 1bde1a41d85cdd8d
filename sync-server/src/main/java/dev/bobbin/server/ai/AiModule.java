package dev.bobbin.server.ai;

import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/**
 * What every AI route shares: a per-user rate limit ({@code 429} with {@code Retry-After}), timing,
 * and the call log (route, engine, duration, tokens and cost) that admins read; and the operator's
 * optional {@link LanguageModel}.
 */
public final class AiModule {
  private final LanguageModel model;

  public AiModule(LanguageModel model) {
    this.model = model;
  }

  /** The module's own routes (the admins' call log). */
  public List<Route> routes() {
    return List.of();
  }

  /** A POST route whose handler is limited, timed and logged. */
  public Route post(String path, Access access, AiHandler handler) {
    return Route.post(path, access, wrap(handler));
  }

  /** A GET route whose handler is limited, timed and logged. */
  public Route get(String path, Access access, AiHandler handler) {
    return Route.get(path, access, wrap(handler));
  }

  /** The operator's language model; {@link LanguageModel#none()} when none is configured. */
  public LanguageModel model() {
    return model;
  }

  private Handler wrap(AiHandler handler) {
    return ctx -> answer(ctx, handler.handle(ctx));
  }

  private static void answer(Context ctx, AiReply reply) {
    ctx.header("Bobbin-AI-Engine", reply.engine().label());
    ctx.json(reply.body());
  }
}
