package dev.bobbin.server.auth;

import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.db.Transactions;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import dev.bobbin.server.security.UserPrincipal;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /api/v1/auth/*}: bootstrap, sign-in, refresh, sign-out, own account. */
final class AuthController {
  static final String PATH = Route.API + "/auth";

  private final Transactions transactions;
  private final LoginService login;
  private final Bootstrap bootstrap;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final AuditLog audit;

  AuthController(
      Transactions transactions,
      LoginService login,
      Bootstrap bootstrap,
      PasswordHasher hasher,
      PasswordPolicy policy,
      AuditLog audit) {
    this.transactions = transactions;
    this.login = login;
    this.bootstrap = bootstrap;
    this.hasher = hasher;
    this.policy = policy;
    this.audit = audit;
  }

  record BootstrapRequest(
      String token, String organisationName, String email, String displayName, String password) {}

  record LoginRequest(String email, String password, String totpCode, String recoveryCode) {}

  record RefreshRequest(String refreshToken) {}

  record PasswordChange(String currentPassword, String newPassword) {}

  /** The signed-in user's own view of their account. */
  record Me(
      dev.bobbin.model.auth.User user,
      SignedIn.Organisation organisation,
      boolean totpEnabled,
      boolean mustEnrolTotp) {}

  List<Route> routes() {
    return List.of(
        Route.post(PATH + "/bootstrap", Access.PUBLIC, this::bootstrap),
        Route.post(PATH + "/login", Access.PUBLIC, this::login),
        Route.post(PATH + "/refresh", Access.PUBLIC, this::refresh),
        Route.post(PATH + "/logout", Access.SIGNED_IN, this::logout),
        Route.get(PATH + "/me", Access.SIGNED_IN, this::me),
        Route.post(PATH + "/password", Access.SIGNED_IN, this::changePassword));
  }

  private void bootstrap(Context ctx) throws SQLException {
    BootstrapRequest body = Fields.required("body", ctx.bodyAsClass(BootstrapRequest.class));
    String token = Fields.text("token", body.token(), 200);
    Bootstrap.FirstAdmin admin =
        new Bootstrap.FirstAdmin(
            Fields.text("organisationName", body.organisationName(), 200),
            Fields.email("email", body.email()),
            Fields.text("displayName", body.displayName(), 120));
    String password = Fields.required("password", body.password());
    if (bootstrap.isBootstrapped()) {
      throw Bootstrap.alreadyDone();
    }
    if (!bootstrap.tokenMatches(token)) {
      throw new ProblemException(
          401,
          "invalid-setup-token",
          "Wrong setup token",
          "The setup token is wrong; it is printed in the server's log at its first start.");
    }
    String ip = RequestContext.clientIp(ctx);
    Optional<String> device = RequestContext.device(ctx);
    SignedIn signedIn =
        transactions.withoutOrganisation(
            c -> {
              Accounts.Account created =
                  bootstrap.createFirstAdmin(
                      c,
                      admin,
                      password,
                      new AuditLog.Actor(Optional.empty(), Optional.empty(), ip, device));
              return login.startSession(c, created, ip, device);
            });
    ctx.status(201).json(signedIn);
  }

  private void login(Context ctx) throws SQLException {
    LoginRequest body = Fields.required("body", ctx.bodyAsClass(LoginRequest.class));
    String email = Fields.text("email", body.email(), 254);
    String password = Fields.required("password", body.password());
    if (password.length() > 1_024) {
      throw Problems.invalidCredentials();
    }
    SignedIn signedIn =
        login.login(
            new LoginService.Attempt(
                email,
                password,
                Optional.ofNullable(body.totpCode()).filter(s -> !s.isBlank()),
                Optional.ofNullable(body.recoveryCode()).filter(s -> !s.isBlank()),
                RequestContext.clientIp(ctx),
                RequestContext.device(ctx)));
    ctx.json(signedIn);
  }

  private void refresh(Context ctx) throws SQLException {
    RefreshRequest body = Fields.required("body", ctx.bodyAsClass(RefreshRequest.class));
    String token = Fields.text("refreshToken", body.refreshToken(), 200);
    ctx.json(login.refresh(token, RequestContext.clientIp(ctx), RequestContext.device(ctx)));
  }

  private void logout(Context ctx) throws SQLException {
    UserPrincipal user = RequestContext.user(ctx);
    Connection c = RequestContext.connection(ctx);
    login.logout(c, user.sessionId());
    audit.record(
        c,
        user.orgId(),
        AuditLog.Actor.of(ctx),
        "auth.logout",
        "user",
        user.userId().toString(),
        Map.of());
    ctx.status(204);
  }

  private void me(Context ctx) throws SQLException {
    UserPrincipal user = RequestContext.user(ctx);
    Connection c = RequestContext.connection(ctx);
    Accounts.Account account = Accounts.byId(c, user.userId()).orElseThrow();
    ctx.json(
        new Me(
            account.toUser(),
            LoginService.organisation(c, user.orgId()),
            account.totpEnabled(),
            user.mustEnrolTotp()));
  }

  private void changePassword(Context ctx) throws SQLException {
    PasswordChange body = Fields.required("body", ctx.bodyAsClass(PasswordChange.class));
    String current = Fields.required("currentPassword", body.currentPassword());
    String next = Fields.required("newPassword", body.newPassword());
    UserPrincipal user = RequestContext.user(ctx);
    Connection c = RequestContext.connection(ctx);
    Accounts.Account account = Accounts.byId(c, user.userId()).orElseThrow();
    if (account.passwordHash().isEmpty() || !hasher.verify(current, account.passwordHash().get())) {
      throw new ProblemException(
          400, "wrong-password", "Wrong password", "The current password is wrong.");
    }
    Optional<String> weak = policy.check(next, account.email());
    if (weak.isPresent()) {
      throw Problems.weakPassword(weak.get());
    }
    Accounts.setPassword(c, user.userId(), hasher.hash(next));
    // Other devices must sign in again with the new password; this session continues.
    Sessions.revokeOthers(c, user.userId(), user.sessionId());
    audit.record(
        c,
        user.orgId(),
        AuditLog.Actor.of(ctx),
        "user.password-changed",
        "user",
        user.userId().toString(),
        Map.of());
    ctx.status(204);
  }
}
