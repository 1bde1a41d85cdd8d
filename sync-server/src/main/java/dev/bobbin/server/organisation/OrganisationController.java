package dev.bobbin.server.organisation;

import dev.bobbin.model.auth.Permission;
import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The caller's organisation: anyone in it may read it; admins change its settings. */
public final class OrganisationController {
  private final AuditLog audit;

  public OrganisationController(AuditLog audit) {
    this.audit = audit;
  }

  record OrganisationView(UUID id, String name, boolean requireAdminTotp) {}

  record Settings(String name, Boolean requireAdminTotp) {}

  public List<Route> routes() {
    return List.of(
        Route.get(Route.API + "/organisation", Access.ANY_PRINCIPAL, this::get),
        Route.patch(
            Route.API + "/admin/organisation",
            Access.permission(Permission.MANAGE_SETTINGS),
            this::update));
  }

  private void get(Context ctx) throws SQLException {
    ctx.json(read(RequestContext.connection(ctx), RequestContext.principal(ctx).orgId()));
  }

  private void update(Context ctx) throws SQLException {
    Settings body = Fields.required("body", ctx.bodyAsClass(Settings.class));
    Connection c = RequestContext.connection(ctx);
    OrganisationView current = read(c, RequestContext.principal(ctx).orgId());
    String name = body.name() == null ? current.name() : Fields.text("name", body.name(), 200);
    boolean requireTotp =
        body.requireAdminTotp() == null ? current.requireAdminTotp() : body.requireAdminTotp();
    if (requireTotp && !current.requireAdminTotp() && !callerHasTotp(ctx, c)) {
      throw new ProblemException(
          409,
          "totp-required-first",
          "Set up your own second factor first",
          "Turn on your own second factor before requiring one for every admin.");
    }
    Sql.update(
        c,
        "update organisation set name = ?, require_admin_totp = ? where id = ?",
        name,
        requireTotp,
        current.id());
    Map<String, Object> changes = new HashMap<>();
    changes.put("requireAdminTotp", requireTotp);
    audit.record(
        c,
        current.id(),
        AuditLog.Actor.of(ctx),
        "organisation.updated",
        "organisation",
        current.id().toString(),
        changes);
    ctx.json(read(c, current.id()));
  }

  private static boolean callerHasTotp(Context ctx, Connection c) throws SQLException {
    return Sql.one(
            c,
            "select totp_enabled from user_credential where user_id = ?",
            row -> row.getBoolean(1),
            RequestContext.user(ctx).userId())
        .orElse(false);
  }

  private static OrganisationView read(Connection c, UUID orgId) throws SQLException {
    return Sql.one(
            c,
            "select id, name, require_admin_totp from organisation where id = ?",
            row ->
                new OrganisationView(
                    row.getObject(1, UUID.class), row.getString(2), row.getBoolean(3)),
            orgId)
        .orElseThrow();
  }
}
