package dev.bobbin.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.websocket.WsConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The Javalin server: the features' routes plus error mapping, body limit and request metrics. */
public final class WebServer {
  private final Javalin app;
  private final List<String> registered = new CopyOnWriteArrayList<>();

  /**
   * Limits and CORS.
   *
   * @param maxBodyBytes largest request body accepted; larger ones get 413
   * @param corsOrigins origins allowed to call from a browser; empty turns CORS off
   */
  public record Options(long maxBodyBytes, List<String> corsOrigins) {
    public Options {
      corsOrigins = List.copyOf(corsOrigins);
    }
  }

  /** A WebSocket endpoint; guarded by its own handlers (an upgrade is not a routed request). */
  public record WsRoute(String path, Consumer<WsConfig> config) {}

  public WebServer(
      List<Route> routes, Options options, RequestObserver observer, ObjectMapper mapper) {
    this(routes, List.of(), options, observer, mapper);
  }

  public WebServer(
      List<Route> routes,
      List<WsRoute> sockets,
      Options options,
      RequestObserver observer,
      ObjectMapper mapper) {
    long maxBodyBytes = options.maxBodyBytes();
    this.app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.http.maxRequestSize = maxBodyBytes;
              if (!options.corsOrigins().isEmpty()) {
                cfg.bundledPlugins.enableCors(
                    cors ->
                        cors.addRule(
                            rule -> {
                              for (String origin : options.corsOrigins()) {
                                rule.allowHost(origin);
                              }
                              rule.exposeHeader("RateLimit-Limit");
                              rule.exposeHeader("RateLimit-Remaining");
                              rule.exposeHeader("RateLimit-Reset");
                              rule.exposeHeader("Retry-After");
                            }));
              }
              cfg.jsonMapper(new JavalinJackson(mapper, false));
              cfg.requestLogger.http(
                  (ctx, millis) ->
                      observer.requestFinished(
                          ctx.method().name(),
                          routePattern(ctx),
                          ctx.statusCode(),
                          Duration.ofNanos((long) (millis * 1_000_000))));
              cfg.events.handlerAdded(
                  meta -> registered.add(meta.getHttpMethod().name() + " " + meta.getPath()));
              for (Route route : routes) {
                cfg.routes.addHttpHandler(route.method(), route.path(), route.handler());
              }
              for (WsRoute socket : sockets) {
                cfg.routes.ws(socket.path(), socket.config());
              }
              ErrorMapping.register(cfg.routes, maxBodyBytes);
            });
  }

  /** Starts listening on {@code port} (0 picks a free one) and returns the bound port. */
  public int start(int port) {
    app.start(port);
    return app.port();
  }

  public void stop() {
    app.stop();
  }

  /**
   * Every handler Javalin actually registered, as {@code "GET /path"}; filled once the server has
   * started.
   */
  public List<String> registeredRoutes() {
    return List.copyOf(registered);
  }

  private static String routePattern(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    return endpoint == null ? RequestObserver.UNMATCHED : endpoint.path;
  }
}
