package dev.bobbin.server.http;

import dev.bobbin.server.security.Access;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One HTTP endpoint and who may call it. Features hand the server a list of these; the same list
 * registers the routes, is guarded by role, and is checked against {@code docs/api/openapi.yaml}.
 */
public record Route(HandlerType method, String path, Access access, Handler handler) {
  /** Prefix of every API route; {@code /metrics} is the only route outside it. */
  public static final String API = "/api/v1";

  public static Route get(String path, Access access, Handler handler) {
    return new Route(HandlerType.GET, path, access, handler);
  }

  public static Route post(String path, Access access, Handler handler) {
    return new Route(HandlerType.POST, path, access, handler);
  }

  public static Route put(String path, Access access, Handler handler) {
    return new Route(HandlerType.PUT, path, access, handler);
  }

  public static Route patch(String path, Access access, Handler handler) {
    return new Route(HandlerType.PATCH, path, access, handler);
  }

  public static Route delete(String path, Access access, Handler handler) {
    return new Route(HandlerType.DELETE, path, access, handler);
  }

  /** The same route with another handler, e.g. one wrapped by the guard. */
  public Route withHandler(Handler newHandler) {
    return new Route(method, path, access, newHandler);
  }

  /** {@code "GET /api/v1/health"}, the form used in logs and the OpenAPI check. */
  public String key() {
    return method.name() + " " + path;
  }
}
