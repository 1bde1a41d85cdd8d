package dev.bobbin.server.auth;

import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.db.Transactions;
import dev.bobbin.server.http.ProblemException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sign-in, refresh and sign-out. */
final class LoginService {
  private static final Logger log = LoggerFactory.getLogger(LoginService.class);

  private final Transactions transactions;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final Sessions sessions;
  private final AccessTokens tokens;
  private final TotpService totp;
  private final AuditLog audit;

  LoginService(
      Transactions transactions,
      PasswordHasher hasher,
      LoginThrottle throttle,
      Sessions sessions,
      AccessTokens tokens,
      TotpService totp,
      AuditLog audit) {
    this.transactions = transactions;
    this.hasher = hasher;
    this.throttle = throttle;
    this.sessions = sessions;
    this.tokens = tokens;
    this.totp = totp;
    this.audit = audit;
  }

  /** What the client sent to sign in. */
  record Attempt(
      String email,
      String password,
      Optional<String> totpCode,
      Optional<String> recoveryCode,
      String ip,
      Optional<String> device) {}

  SignedIn login(Attempt attempt) throws SQLException {
    Optional<Duration> locked = throttle.lockedFor(attempt.email(), attempt.ip());
    if (locked.isPresent()) {
      log.info("Sign-in refused while locked: {} from {}", attempt.email(), attempt.ip());
      throw Problems.locked(locked.get());
    }
    Optional<UUID> orgId =
        transactions.withoutOrganisation(c -> Organisations.ofEmail(c, attempt.email()));
    Optional<Accounts.Account> account =
        orgId.isEmpty()
            ? Optional.empty()
            : transactions.inOrganisation(orgId.get(), c -> Accounts.byEmail(c, attempt.email()));
    boolean passwordOk;
    if (account.isPresent() && account.get().passwordHash().isPresent()) {
      passwordOk = hasher.verify(attempt.password(), account.get().passwordHash().get());
    } else {
      hasher.verifyDummy(attempt.password());
      passwordOk = false;
    }
    if (!passwordOk || !account.get().active()) {
      fail(attempt, account, passwordOk ? "inactive" : "password");
      throw Problems.invalidCredentials();
    }
    Accounts.Account user = account.get();
    if (user.totpEnabled()) {
      checkSecondFactor(attempt, user);
    }
    throttle.recordSuccess(attempt.email());
    log.info("Signed in: {} from {}", attempt.email(), attempt.ip());
    return transactions.inOrganisation(
        user.orgId(),
        c -> {
          Sessions.Issued issued =
              sessions.start(c, user.orgId(), user.id(), attempt.ip(), attempt.device());
          audit.record(
              c,
              user.orgId(),
              new AuditLog.Actor(
                  Optional.of(user.id()), Optional.empty(), attempt.ip(), attempt.device()),
              "auth.login",
              "user",
              user.id().toString(),
              Map.of("secondFactor", user.totpEnabled()));
          return signedIn(c, user, issued);
        });
  }

  private void checkSecondFactor(Attempt attempt, Accounts.Account user) throws SQLException {
    if (attempt.totpCode().isEmpty() && attempt.recoveryCode().isEmpty()) {
      throw new ProblemException(
          401,
          "totp-required",
          "Second factor needed",
          "Enter the 6-digit code from your authenticator app, or a recovery code.");
    }
    boolean ok =
        transactions.inOrganisation(
            user.orgId(),
            c ->
                attempt.totpCode().isPresent()
                    ? totp.acceptCode(c, user, attempt.totpCode().get())
                    : totp.useRecoveryCode(c, user.id(), attempt.recoveryCode().get()));
    if (!ok) {
      fail(attempt, Optional.of(user), "second-factor");
      throw new ProblemException(
          401,
          "totp-invalid",
          "Wrong code",
          "That code is wrong or was already used; wait for the next one.");
    }
  }

  /**
   * Counts a failure towards the lockout and, when the account exists, tells its organisation's
   * audit trail (the throttle bounds how many such entries anyone can cause).
   */
  private void fail(Attempt attempt, Optional<Accounts.Account> account, String reason)
      throws SQLException {
    throttle.recordFailure(attempt.email(), attempt.ip());
    log.info("Sign-in failed: {} from {}", attempt.email(), attempt.ip());
    if (account.isPresent()) {
      Accounts.Account user = account.get();
      transactions.inOrganisation(
          user.orgId(),
          c -> {
            audit.record(
                c,
                user.orgId(),
                new AuditLog.Actor(
                    Optional.empty(), Optional.empty(), attempt.ip(), attempt.device()),
                "auth.login-failed",
                "user",
                user.id().toString(),
                Map.of("reason", reason));
            return null;
          });
    }
  }

  /** Swaps a refresh token for a new pair; a reused one revokes its session (and commits that). */
  SignedIn refresh(String refreshToken, String ip, Optional<String> device) throws SQLException {
    Optional<UUID> orgId = Sessions.organisationOf(refreshToken);
    if (orgId.isEmpty()) {
      throw Problems.unauthenticated("Unknown refresh token.");
    }
    Sessions.Rotation rotation =
        transactions.inOrganisation(
            orgId.get(),
            c -> {
              Sessions.Rotation result = sessions.rotate(c, orgId.get(), refreshToken, ip, device);
              if (result instanceof Sessions.Rejected rejected && rejected.reuse()) {
                audit.record(
                    c,
                    orgId.get(),
                    new AuditLog.Actor(Optional.empty(), Optional.empty(), ip, device),
                    "auth.refresh-token-reused",
                    "session",
                    null,
                    Map.of());
              }
              return result;
            });
    if (rotation instanceof Sessions.Rejected rejected) {
      throw new ProblemException(
          401,
          rejected.reuse() ? "refresh-token-reused" : "invalid-refresh-token",
          "Session ended",
          rejected.reason());
    }
    Sessions.Rotated rotated = (Sessions.Rotated) rotation;
    return transactions.inOrganisation(
        orgId.get(),
        c -> signedIn(c, Accounts.byId(c, rotated.userId()).orElseThrow(), rotated.next()));
  }

  void logout(Connection c, UUID sessionId) throws SQLException {
    sessions.revokeFamily(c, sessionId);
  }

  /** Starts a session for a user just created (bootstrap). */
  SignedIn startSession(Connection c, Accounts.Account user, String ip, Optional<String> device)
      throws SQLException {
    return signedIn(c, user, sessions.start(c, user.orgId(), user.id(), ip, device));
  }

  private SignedIn signedIn(Connection c, Accounts.Account user, Sessions.Issued issued)
      throws SQLException {
    SignedIn.Organisation organisation = organisation(c, user.orgId());
    return new SignedIn(
        tokens.issue(user.id(), user.orgId(), issued.familyId()),
        "Bearer",
        tokens.ttl().toSeconds(),
        issued.token(),
        issued.expiresAt(),
        user.toUser(),
        organisation);
  }

  static SignedIn.Organisation organisation(Connection c, UUID orgId) throws SQLException {
    return Sql.one(
            c,
            "select id, name, require_admin_totp from organisation where id = ?",
            row ->
                new SignedIn.Organisation(
                    row.getObject(1, UUID.class), row.getString(2), row.getBoolean(3)),
            orgId)
        .orElseThrow();
  }
}
