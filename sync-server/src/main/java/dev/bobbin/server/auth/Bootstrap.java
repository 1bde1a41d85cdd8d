package dev.bobbin.server.auth;

import dev.bobbin.model.auth.Role;
import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.config.Secret;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.db.Transactions;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.security.Secrets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one-time creation of the first organisation and its admin, with a setup token printed at the
 * first start (or given as {@code BOBBIN_BOOTSTRAP_TOKEN}), or from the command line.
 */
public final class Bootstrap {
  // Serialises concurrent bootstraps, across server instances too.
  private static final long ADVISORY_LOCK = 0x626f6262696eL;

  private final Transactions transactions;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final AuditLog audit;
  private final Optional<Secret> configuredToken;
  private Optional<String> setupToken = Optional.empty();

  Bootstrap(
      Transactions transactions,
      PasswordHasher hasher,
      PasswordPolicy policy,
      AuditLog audit,
      Optional<Secret> configuredToken) {
    this.transactions = transactions;
    this.hasher = hasher;
    this.policy = policy;
    this.audit = audit;
    this.configuredToken = configuredToken;
  }

  /** The first organisation and its admin. */
  public record FirstAdmin(String organisationName, String email, String displayName) {}

  /**
   * When no organisation exists yet: the setup token to print (made now unless configured). Empty
   * once bootstrapped.
   */
  public synchronized Optional<String> setupTokenIfNeeded() throws SQLException {
    if (isBootstrapped()) {
      setupToken = Optional.empty();
      return Optional.empty();
    }
    if (setupToken.isEmpty()) {
      setupToken =
          Optional.of(
              configuredToken
                  .map(Secret::value)
                  .orElseGet(() -> "setup-" + Secrets.randomToken(18)));
    }
    return setupToken;
  }

  public boolean isBootstrapped() throws SQLException {
    return transactions.withoutOrganisation(Bootstrap::isBootstrapped);
  }

  /** Checks a setup token presented over HTTP, in constant time. */
  boolean tokenMatches(String presented) throws SQLException {
    Optional<String> expected = setupTokenIfNeeded();
    return expected.isPresent() && Secrets.constantTimeEquals(expected.get(), presented);
  }

  /**
   * Creates the first organisation and admin, in one transaction.
   *
   * @throws ProblemException 409 if an organisation exists, 400 if the password is too weak
   */
  public Accounts.Account createFirstAdmin(
      Connection c, FirstAdmin admin, String password, AuditLog.Actor actor) throws SQLException {
    Optional<String> weak = policy.check(password, admin.email());
    if (weak.isPresent()) {
      throw Problems.weakPassword(weak.get());
    }
    String hash = hasher.hash(password);
    Sql.one(c, "select pg_advisory_xact_lock(?)", row -> row.getObject(1), ADVISORY_LOCK);
    if (isBootstrapped(c)) {
      throw alreadyDone();
    }
    UUID orgId = UUID.randomUUID();
    Organisations.create(c, orgId, admin.organisationName());
    Accounts.Account created =
        Accounts.insert(
            c, orgId, admin.email(), admin.displayName(), Role.ADMIN, Optional.of(hash));
    AuditLog.Actor who =
        actor.userId().isPresent()
            ? actor
            : new AuditLog.Actor(
                Optional.of(created.id()), Optional.empty(), actor.ip(), actor.device());
    audit.record(
        c, orgId, who, "organisation.bootstrapped", "organisation", orgId.toString(), Map.of());
    return created;
  }

  /**
   * Adds another organisation with its admin, for a server that hosts several; only the operator
   * can (command line), never over HTTP.
   *
   * @throws ProblemException 409 if the address is taken, 400 if the password is too weak
   */
  public Accounts.Account addOrganisation(FirstAdmin admin, String password) throws SQLException {
    Optional<String> weak = policy.check(password, admin.email());
    if (weak.isPresent()) {
      throw Problems.weakPassword(weak.get());
    }
    String hash = hasher.hash(password);
    return transactions.withoutOrganisation(
        c -> {
          if (Organisations.ofEmail(c, admin.email()).isPresent()) {
            throw new ProblemException(
                409, "email-taken", "E-mail in use", "That e-mail address already has an account.");
          }
          UUID orgId = UUID.randomUUID();
          Organisations.create(c, orgId, admin.organisationName());
          Accounts.Account created =
              Accounts.insert(
                  c, orgId, admin.email(), admin.displayName(), Role.ADMIN, Optional.of(hash));
          audit.record(
              c,
              orgId,
              AuditLog.Actor.system(),
              "organisation.created",
              "organisation",
              orgId.toString(),
              Map.of());
          return created;
        });
  }

  /** Runs {@link #createFirstAdmin} in its own transaction, for the command line. */
  public Accounts.Account createFirstAdmin(FirstAdmin admin, String password) throws SQLException {
    return transactions.withoutOrganisation(
        c -> createFirstAdmin(c, admin, password, AuditLog.Actor.system()));
  }

  static ProblemException alreadyDone() {
    return new ProblemException(
        409,
        "already-bootstrapped",
        "Already set up",
        "This server already has an organisation; sign in, or ask its admin for an account.");
  }

  private static boolean isBootstrapped(Connection c) throws SQLException {
    return Sql.one(c, "select bobbin_is_bootstrapped()", row -> row.getBoolean(1)).orElseThrow();
  }
}
