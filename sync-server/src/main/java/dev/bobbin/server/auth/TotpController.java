package dev.bobbin.server.auth;

import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import dev.bobbin.server.security.UserPrincipal;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/auth/totp/*}: a user turns their own second factor on and off. */
final class TotpController {
  private static final String PATH = AuthController.PATH + "/totp";

  private final TotpService totp;
  private final AuditLog audit;

  TotpController(TotpService totp, AuditLog audit) {
    this.totp = totp;
    this.audit = audit;
  }

  record CodeRequest(String code) {}

  record Confirmed(List<String> recoveryCodes) {}

  List<Route> routes() {
    return List.of(
        Route.post(PATH + "/enrol", Access.SIGNED_IN, this::enrol),
        Route.post(PATH + "/confirm", Access.SIGNED_IN, this::confirm),
        Route.post(PATH + "/disable", Access.SIGNED_IN, this::disable));
  }

  private void enrol(Context ctx) throws SQLException {
    Connection c = RequestContext.connection(ctx);
    ctx.json(totp.enrol(c, account(ctx, c)));
  }

  private void confirm(Context ctx) throws SQLException {
    String code = code(ctx);
    Connection c = RequestContext.connection(ctx);
    List<String> codes = totp.confirm(c, account(ctx, c), code);
    record(ctx, c, "user.totp-enabled");
    ctx.json(new Confirmed(codes));
  }

  private void disable(Context ctx) throws SQLException {
    String code = code(ctx);
    Connection c = RequestContext.connection(ctx);
    totp.disable(c, account(ctx, c), code);
    record(ctx, c, "user.totp-disabled");
    ctx.status(204);
  }

  private static String code(Context ctx) {
    CodeRequest body = Fields.required("body", ctx.bodyAsClass(CodeRequest.class));
    return Fields.text("code", body.code(), 40);
  }

  private static Accounts.Account account(Context ctx, Connection c) throws SQLException {
    return Accounts.byId(c, RequestContext.user(ctx).userId()).orElseThrow();
  }

  private void record(Context ctx, Connection c, String action) throws SQLException {
    UserPrincipal user = RequestContext.user(ctx);
    audit.record(
        c,
        user.orgId(),
        AuditLog.Actor.of(ctx),
        action,
        "user",
        user.userId().toString(),
        Map.of());
  }
}
