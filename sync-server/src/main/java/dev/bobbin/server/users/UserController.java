package dev.bobbin.server.users;

import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.auth.Accounts;
import dev.bobbin.server.auth.PasswordHasher;
import dev.bobbin.server.auth.PasswordPolicy;
import dev.bobbin.server.auth.Sessions;
import dev.bobbin.server.db.OrgVersions;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import dev.bobbin.server.security.UserPrincipal;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Admins create users, change their role, name or password, and deactivate them. */
public final class UserController {
  static final String PATH = Route.API + "/admin/users";
  static final Access ACCESS = Access.permission(Permission.MANAGE_USERS);

  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final AuditLog audit;

  public UserController(PasswordHasher hasher, PasswordPolicy policy, AuditLog audit) {
    this.hasher = hasher;
    this.policy = policy;
    this.audit = audit;
  }

  record CreateUser(String email, String displayName, Role role, String password) {}

  record UpdateUser(String displayName, Role role, Boolean active, String password) {}

  /** A user as admins see them. */
  record UserView(
      UUID id, String email, String displayName, Role role, boolean active, boolean totpEnabled) {
    static UserView of(Accounts.Account a) {
      return new UserView(
          a.id(), a.email(), a.displayName(), a.role(), a.active(), a.totpEnabled());
    }
  }

  public List<Route> routes() {
    return List.of(
        Route.get(PATH, ACCESS, this::list),
        Route.post(PATH, ACCESS, this::create),
        Route.patch(PATH + "/{id}", ACCESS, this::update));
  }

  private void list(Context ctx) throws SQLException {
    List<UserView> users =
        Accounts.all(RequestContext.connection(ctx)).stream().map(UserView::of).toList();
    ctx.json(Map.of("users", users));
  }

  private void create(Context ctx) throws SQLException {
    CreateUser body = Fields.required("body", ctx.bodyAsClass(CreateUser.class));
    String email = Fields.email("email", body.email());
    String name = Fields.text("displayName", body.displayName(), 120);
    Role role = Fields.required("role", body.role());
    String password = checkedPassword(body.password(), email);
    UserPrincipal admin = RequestContext.user(ctx);
    Connection c = RequestContext.connection(ctx);
    Accounts.Account created;
    try {
      created =
          Accounts.insert(c, admin.orgId(), email, name, role, Optional.of(hasher.hash(password)));
    } catch (SQLException e) {
      if (Accounts.isDuplicateEmail(e)) {
        throw new ProblemException(
            409, "email-taken", "E-mail in use", "That e-mail address already has an account.");
      }
      throw e;
    }
    audit.record(
        c,
        admin.orgId(),
        AuditLog.Actor.of(ctx),
        "user.created",
        "user",
        created.id().toString(),
        Map.of("role", role.name()));
    ctx.status(201).json(UserView.of(created));
  }

  private void update(Context ctx) throws SQLException {
    UUID id = Fields.uuid("user", ctx.pathParam("id"));
    UpdateUser body = Fields.required("body", ctx.bodyAsClass(UpdateUser.class));
    UserPrincipal admin = RequestContext.user(ctx);
    Connection c = RequestContext.connection(ctx);
    Accounts.Account user = find(c, id);
    Role role = body.role() == null ? user.role() : body.role();
    boolean active = body.active() == null ? user.active() : body.active();
    if (user.role() == Role.ADMIN && user.active() && (role != Role.ADMIN || !active)) {
      requireAnotherAdmin(c, id);
    }
    String name =
        body.displayName() == null
            ? user.displayName()
            : Fields.text("displayName", body.displayName(), 120);
    Sql.update(
        c,
        "update app_user set display_name = ?, role = ?, active = ?, version = ?,"
            + " updated_at = now() where id = ?",
        name,
        role,
        active,
        OrgVersions.next(c, admin.orgId()),
        id);
    Map<String, Object> changes = new HashMap<>();
    if (role != user.role()) {
      changes.put("role", role.name());
    }
    if (active != user.active()) {
      changes.put("active", active);
    }
    if (body.password() != null) {
      Accounts.setPassword(c, id, hasher.hash(checkedPassword(body.password(), user.email())));
      changes.put("password", "reset");
    }
    if (!active || body.password() != null) {
      Sessions.revokeAllOf(c, id);
    }
    audit.record(
        c, admin.orgId(), AuditLog.Actor.of(ctx), "user.updated", "user", id.toString(), changes);
    ctx.json(UserView.of(find(c, id)));
  }

  private String checkedPassword(String password, String email) {
    String value = Fields.required("password", password);
    Optional<String> weak = policy.check(value, email);
    if (weak.isPresent()) {
      throw new ProblemException(400, "weak-password", "Password not accepted", weak.get());
    }
    return value;
  }

  static Accounts.Account find(Connection c, UUID id) throws SQLException {
    return Accounts.byId(c, id).orElseThrow(() -> ProblemException.notFound("No such user."));
  }

  /** Refuses to leave the organisation without an active admin. */
  static void requireAnotherAdmin(Connection c, UUID leaving) throws SQLException {
    long others =
        Sql.one(
                c,
                "select count(*) from app_user where role = 'ADMIN' and active and id <> ?",
                row -> row.getLong(1),
                leaving)
            .orElse(0L);
    if (others == 0) {
      throw new ProblemException(
          409,
          "last-admin",
          "Last admin",
          "The organisation must keep at least one active admin; make someone else admin first.");
    }
  }
}
