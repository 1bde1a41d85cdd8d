package dev.bobbin.server.users;

import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.auth.Accounts;
import dev.bobbin.server.auth.Sessions;
import dev.bobbin.server.db.OrgVersions;
import dev.bobbin.server.db.Rows;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.RequestContext;
import dev.bobbin.server.security.UserPrincipal;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A person's rights over their data: an admin exports everything held about a user, or erases a
 * departed user's personal data. Erasure keeps the business records they touched (movements,
 * stages, audit entries), which stay attributed to the same user id under a pseudonym.
 */
public final class PrivacyController {
  private final AuditLog audit;
  private final Clock clock;

  public PrivacyController(AuditLog audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  public java.util.List<Route> routes() {
    return java.util.List.of(
        Route.get(UserController.PATH + "/{id}/export", UserController.ACCESS, this::export),
        Route.post(UserController.PATH + "/{id}/erase", UserController.ACCESS, this::erase));
  }

  private void export(Context ctx) throws SQLException {
    UUID id = Fields.uuid("user", ctx.pathParam("id"));
    Connection c = RequestContext.connection(ctx);
    UserController.find(c, id);
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("exportedAt", clock.instant());
    export.put(
        "user",
        Sql.one(
                c,
                "select u.id, u.email, u.display_name, u.role, u.active, u.created_at,"
                    + " u.updated_at, u.erased_at, c.password_changed_at, c.totp_enabled"
                    + " from app_user u left join user_credential c on c.user_id = u.id"
                    + " where u.id = ?",
                Rows::toMap,
                id)
            .orElseThrow());
    export.put(
        "sessions",
        Sql.list(
            c,
            "select created_at, expires_at, rotated_at, revoked_at, device, ip"
                + " from refresh_token where user_id = ? order by created_at",
            Rows::toMap,
            id));
    export.put(
        "apiKeysCreated",
        Sql.list(
            c,
            "select id, name, scope, created_at, revoked_at from api_key where created_by = ?",
            Rows::toMap,
            id));
    export.put(
        "auditEntries",
        Sql.list(
            c,
            "select id, at, action, target_type, target_id, device, ip, details from audit_log"
                + " where actor_user_id = ? or (target_type = 'user' and target_id = ?)"
                + " order by id",
            Rows::toMap,
            id,
            id.toString()));
    export.put(
        "stockMovements",
        Sql.list(
            c,
            "select id, item_id, quantity, reason, reference, note, at, device_id"
                + " from stock_movement where user_id = ? order by at",
            Rows::toMap,
            id));
    export.put(
        "productionStagesAssigned",
        Sql.list(
            c,
            "select id, order_id, name, status, started_at, finished_at, notes"
                + " from production_stage where assignee_id = ?",
            Rows::toMap,
            id));
    export.put(
        "preferences",
        Sql.list(
            c,
            "select name, value, updated_at from user_preference where user_id = ? order by name",
            Rows::toMap,
            id));
    record(ctx, c, "user.exported", id);
    ctx.json(export);
  }

  private void erase(Context ctx) throws SQLException {
    UUID id = Fields.uuid("user", ctx.pathParam("id"));
    UserPrincipal admin = RequestContext.user(ctx);
    Connection c = RequestContext.connection(ctx);
    Accounts.Account user = UserController.find(c, id);
    if (id.equals(admin.userId())) {
      throw new ProblemException(
          409, "erase-self", "Cannot erase yourself", "Ask another admin to erase your account.");
    }
    if (user.active()) {
      UserController.requireAnotherAdmin(c, id);
    }
    String tag = id.toString().substring(0, 8);
    Sql.update(
        c,
        "update app_user set email = ?, display_name = ?, active = false,"
            + " erased_at = now(), version = ?, updated_at = now() where id = ?",
        "erased-" + tag + "@erased.invalid",
        "Former user " + tag,
        OrgVersions.next(c, admin.orgId()),
        id);
    Sql.update(c, "delete from user_credential where user_id = ?", id);
    Sql.update(c, "delete from recovery_code where user_id = ?", id);
    Sql.update(c, "delete from user_preference where user_id = ?", id);
    // Their Ask Bobbin questions go too; the log's trigger lets only a marked purge delete.
    Sql.one(c, "select set_config('bobbin.purge', 'ask', true)", row -> row.getString(1));
    Sql.update(c, "delete from ask_conversation where user_id = ?", id);
    Sql.one(c, "select set_config('bobbin.purge', '', true)", row -> row.getString(1));
    Sessions.revokeAllOf(c, id);
    Sql.update(c, "update refresh_token set ip = null, device = null where user_id = ?", id);
    record(ctx, c, "user.erased", id);
    ctx.json(UserController.UserView.of(UserController.find(c, id)));
  }

  private void record(Context ctx, Connection c, String action, UUID id) throws SQLException {
    audit.record(
        c,
        RequestContext.principal(ctx).orgId(),
        AuditLog.Actor.of(ctx),
        action,
        "user",
        id.toString(),
        Map.of());
  }
}
