package dev.bobbin.server.security;

import io.javalin.http.Context;
import java.sql.Connection;
import java.util.Optional;

/**
 * What the guard attaches to a request: the caller, the client address and the request's
 * transaction, scoped to the caller's organisation.
 */
public final class RequestContext {
  private static final String PRINCIPAL = "bobbin.principal";
  private static final String CONNECTION = "bobbin.connection";
  private static final String CLIENT_IP = "bobbin.clientIp";

  /** Header a desktop app sends with its device id, recorded in sessions and the audit log. */
  public static final String DEVICE_HEADER = "X-Bobbin-Device";

  private RequestContext() {}

  public static void attach(Context ctx, Principal principal, Connection connection) {
    ctx.attribute(PRINCIPAL, principal);
    ctx.attribute(CONNECTION, connection);
  }

  public static void attachClientIp(Context ctx, String ip) {
    ctx.attribute(CLIENT_IP, ip);
  }

  /** The caller of a guarded route. */
  public static Principal principal(Context ctx) {
    Principal principal = ctx.attribute(PRINCIPAL);
    if (principal == null) {
      throw new IllegalStateException("No principal: route " + ctx.path() + " is not guarded");
    }
    return principal;
  }

  /** The caller, which must be a user (routes at {@link Access#SIGNED_IN} guarantee it). */
  public static UserPrincipal user(Context ctx) {
    if (principal(ctx) instanceof UserPrincipal user) {
      return user;
    }
    throw new IllegalStateException("Route " + ctx.path() + " needs a user, not an API key");
  }

  /** The request's transaction; committed by the guard when the handler returns normally. */
  public static Connection connection(Context ctx) {
    Connection connection = ctx.attribute(CONNECTION);
    if (connection == null) {
      throw new IllegalStateException("No transaction: route " + ctx.path() + " is not guarded");
    }
    return connection;
  }

  /** The client's address, as the guard resolved it (honouring a trusted proxy). */
  public static String clientIp(Context ctx) {
    String ip = ctx.attribute(CLIENT_IP);
    return ip == null ? ctx.ip() : ip;
  }

  /** The device id the client sent, cut to a sane length. */
  public static Optional<String> device(Context ctx) {
    String device = ctx.header(DEVICE_HEADER);
    if (device == null || device.isBlank()) {
      return Optional.empty();
    }
    String trimmed = device.strip();
    return Optional.of(trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed);
  }
}
