package dev.bobbin.server.apikeys;

import dev.bobbin.model.auth.Permission;
import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.ApiKeyScope;
import dev.bobbin.server.security.RequestContext;
import dev.bobbin.server.security.UserPrincipal;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Admins create, list and revoke their organisation's API keys. */
public final class ApiKeyController {
  private static final String PATH = Route.API + "/admin/api-keys";
  private static final Access ACCESS = Access.permission(Permission.MANAGE_INTEGRATIONS);

  private final AuditLog audit;

  public ApiKeyController(AuditLog audit) {
    this.audit = audit;
  }

  /** Body of {@code POST /admin/api-keys}. */
  record CreateRequest(String name, ApiKeyScope scope) {}

  public List<Route> routes() {
    return List.of(
        Route.get(PATH, ACCESS, this::list),
        Route.post(PATH, ACCESS, this::create),
        Route.delete(PATH + "/{id}", ACCESS, this::revoke));
  }

  private void list(Context ctx) throws SQLException {
    ctx.json(Map.of("apiKeys", ApiKeys.list(RequestContext.connection(ctx))));
  }

  private void create(Context ctx) throws SQLException {
    CreateRequest body = ctx.bodyAsClass(CreateRequest.class);
    String name = Fields.text("name", body == null ? null : body.name(), 100);
    ApiKeyScope scope = Fields.required("scope", body.scope());
    UserPrincipal admin = RequestContext.user(ctx);
    Connection c = RequestContext.connection(ctx);
    ApiKeys.NewApiKey created = ApiKeys.create(c, admin.orgId(), name, scope, admin.userId());
    audit.record(
        c,
        admin.orgId(),
        AuditLog.Actor.of(ctx),
        "api-key.created",
        "api_key",
        created.info().id().toString(),
        Map.of("scope", scope.name()));
    ctx.status(201).json(created);
  }

  private void revoke(Context ctx) throws SQLException {
    UUID id = Fields.uuid("API key", ctx.pathParam("id"));
    Connection c = RequestContext.connection(ctx);
    if (ApiKeys.find(c, id).isEmpty()) {
      throw ProblemException.notFound("No such API key.");
    }
    if (ApiKeys.revoke(c, id)) {
      audit.record(
          c,
          RequestContext.principal(ctx).orgId(),
          AuditLog.Actor.of(ctx),
          "api-key.revoked",
          "api_key",
          id.toString(),
          Map.of());
    }
    ctx.status(204);
  }
}
