package dev.bobbin.server.auth;

import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.RolePermissions;
import dev.bobbin.server.apikeys.ApiKeys;
import dev.bobbin.server.db.OrgTransaction;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.db.Transactions;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.ratelimit.RateLimits;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.ApiKeyPrincipal;
import dev.bobbin.server.security.ApiKeyScope;
import dev.bobbin.server.security.Principal;
import dev.bobbin.server.security.RequestContext;
import dev.bobbin.server.security.UserPrincipal;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Wraps every route: rate limits, then (unless the route is public) authentication, then the
 * route's {@link Access} check, then the handler, all inside one transaction scoped to the caller's
 * organisation, committed only if the handler returns normally.
 */
public final class Guard {
  /** API keys act with this role's permissions, and read-only keys only on GET. */
  public static final Role API_KEY_ROLE = Role.DESIGNER;

  private final Transactions transactions;
  private final AccessTokens tokens;
  private final RateLimits limits;
  private final boolean trustForwardedFor;

  Guard(
      Transactions transactions,
      AccessTokens tokens,
      RateLimits limits,
      boolean trustForwardedFor) {
    this.transactions = transactions;
    this.tokens = tokens;
    this.limits = limits;
    this.trustForwardedFor = trustForwardedFor;
  }

  public List<Route> protect(List<Route> routes) {
    return routes.stream().map(route -> route.withHandler(wrap(route))).toList();
  }

  private Handler wrap(Route route) {
    boolean authRoute = route.path().startsWith(AuthController.PATH + "/");
    return ctx -> {
      String ip = clientIp(ctx);
      RequestContext.attachClientIp(ctx, ip);
      limits.checkClient(ctx, ip, authRoute);
      if (route.access().isPublic()) {
        route.handler().handle(ctx);
        return;
      }
      Credential credential = credential(ctx);
      try (OrgTransaction tx = transactions.begin(credential.orgId())) {
        Principal principal = resolve(tx.connection(), credential);
        limits.checkCaller(ctx, principal.rateLimitKey());
        authorize(principal, route.access(), ctx.method());
        RequestContext.attach(ctx, principal, tx.connection());
        route.handler().handle(ctx);
        tx.commit();
      }
    };
  }

  /**
   * The organisation of the signed-in user an {@code Authorization: Bearer <access token>} header
   * names, checked as for any request (valid token, active user, live session); for WebSocket
   * upgrades, which the route guard does not see.
   */
  public Optional<UUID> organisationOf(String authorization) throws SQLException {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    Optional<AccessTokens.Claims> claims = tokens.verify(authorization.substring(7).strip());
    if (claims.isEmpty()) {
      return Optional.empty();
    }
    UUID orgId = claims.get().orgId();
    try (OrgTransaction tx = transactions.begin(orgId)) {
      resolve(tx.connection(), new Credential(orgId, claims, ""));
      tx.commit();
      return Optional.of(orgId);
    } catch (dev.bobbin.server.http.ProblemException e) {
      return Optional.empty();
    }
  }

  /** What the caller presented: an access token or an API key, with the organisation it names. */
  private record Credential(UUID orgId, Optional<AccessTokens.Claims> claims, String apiKey) {}

  private Credential credential(Context ctx) {
    String apiKey = ctx.header("X-Api-Key");
    String authorization = ctx.header("Authorization");
    if (apiKey == null
        && authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String bearer = authorization.substring(7).strip();
      if (bearer.startsWith(ApiKeys.PREFIX) && !bearer.startsWith(Sessions.PREFIX)) {
        apiKey = bearer;
      } else {
        AccessTokens.Claims claims =
            tokens
                .verify(bearer)
                .orElseThrow(
                    () ->
                        Problems.unauthenticated(
                            "The access token is invalid or expired; refresh it or sign in."));
        return new Credential(claims.orgId(), Optional.of(claims), "");
      }
    }
    if (apiKey != null) {
      String key = apiKey.strip();
      UUID orgId =
          ApiKeys.organisationOf(key)
              .orElseThrow(() -> Problems.unauthenticated("The API key is invalid or revoked."));
      return new Credential(orgId, Optional.empty(), key);
    }
    throw Problems.unauthenticated(
        "Sign in first: send \"Authorization: Bearer <access token>\" or an API key.");
  }

  private static Principal resolve(Connection c, Credential credential) throws SQLException {
    if (credential.claims().isEmpty()) {
      return ApiKeys.authenticate(c, credential.apiKey())
          .orElseThrow(() -> Problems.unauthenticated("The API key is invalid or revoked."));
    }
    AccessTokens.Claims claims = credential.claims().get();
    return Sql.one(
            c,
            "select u.role, coalesce(c.totp_enabled, false), o.require_admin_totp"
                + " from app_user u join organisation o on o.id = u.org_id"
                + " left join user_credential c on c.user_id = u.id"
                + " where u.id = ? and u.active"
                + " and exists (select 1 from refresh_token t"
                + "   where t.family_id = ? and t.user_id = u.id and t.revoked_at is null)",
            row -> {
              Role role = Role.valueOf(row.getString(1));
              boolean mustEnrol = role == Role.ADMIN && row.getBoolean(3) && !row.getBoolean(2);
              return (Principal)
                  new UserPrincipal(
                      claims.userId(), claims.orgId(), role, claims.sessionId(), mustEnrol);
            },
            claims.userId(),
            claims.sessionId())
        .orElseThrow(() -> Problems.unauthenticated("This session has ended; sign in again."));
  }

  /** Throws 403 unless {@code principal} may call a route with {@code access}. */
  static void authorize(Principal principal, Access access, HandlerType method) {
    if (principal instanceof UserPrincipal user) {
      if (user.mustEnrolTotp() && access.level() != Access.Level.SIGNED_IN) {
        throw Problems.forbidden(
            "Your organisation requires a second factor for admins: set it up first"
                + " (POST /api/v1/auth/totp/enrol).");
      }
      if (access.level() == Access.Level.PERMISSION
          && !RolePermissions.allows(user.role(), access.permission().orElseThrow())) {
        throw Problems.forbidden(
            "Your role (" + user.role() + ") may not " + describe(access) + ".");
      }
      return;
    }
    ApiKeyPrincipal key = (ApiKeyPrincipal) principal;
    if (access.level() == Access.Level.SIGNED_IN) {
      throw Problems.forbidden("This route is for signed-in users, not API keys.");
    }
    if (access.level() == Access.Level.PERMISSION
        && !RolePermissions.allows(API_KEY_ROLE, access.permission().orElseThrow())) {
      throw Problems.forbidden("API keys may not " + describe(access) + ".");
    }
    boolean reads = HandlerType.GET.equals(method) || HandlerType.HEAD.equals(method);
    if (!reads && key.scope() != ApiKeyScope.READ_WRITE) {
      throw Problems.forbidden("This API key may only read.");
    }
  }

  private static String describe(Access access) {
    return access.permission().map(p -> "do this (needs " + p + ")").orElse("do this");
  }

  /**
   * The client's address: the socket's peer, or behind a trusted reverse proxy the last address in
   * {@code X-Forwarded-For} (the one the proxy itself saw; earlier ones are client-supplied).
   */
  private String clientIp(Context ctx) {
    if (trustForwardedFor) {
      String forwarded = ctx.header("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",", -1);
        return hops[hops.length - 1].strip();
      }
    }
    return ctx.ip();
  }
}
