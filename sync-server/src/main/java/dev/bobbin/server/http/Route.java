package dev.bobbin.server.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One HTTP endpoint. Features hand the server a list of these; the same list registers the routes
 * and is checked against {@code docs/api/openapi.yaml}.
 */
public record Route(HandlerType method, String path, Handler handler) {
  /** Prefix of every API route; {@code /metrics} is the only route outside it. */
  public static final String API = "/api/v1";

  public static Route get(String path, Handler handler) {
    return new Route(HandlerType.GET, path, handler);
  }

  public static Route post(String path, Handler handler) {
    return new Route(HandlerType.POST, path, handler);
  }

  /** {@code "GET /api/v1/health"}, the form used in logs and the OpenAPI check. */
  public String key() {
    return method.name() + " " + path;
  }
}
