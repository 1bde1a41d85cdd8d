package dev.bobbin.server.auth;

import dev.bobbin.model.auth.Role;
import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.db.Transactions;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo organisation {@code --demo} creates, once: an admin and one user per other role, all
 * with the same published password, so that the desktop can sign in out of the box. Never use
 * {@code --demo} on a server that others can reach.
 */
public final class DemoOrganisation {
  public static final String DOMAIN = "demo.bobbin.dev";
  public static final String PASSWORD = "bobbin-demo";
  public static final String ADMIN_EMAIL = "admin@" + DOMAIN;
  private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

  private final Transactions transactions;
  private final PasswordHasher hasher;
  private final AuditLog audit;

  DemoOrganisation(Transactions transactions, PasswordHasher hasher, AuditLog audit) {
    this.transactions = transactions;
    this.hasher = hasher;
    this.audit = audit;
  }

  /** Creates the demo organisation unless it exists, then logs how to sign in. */
  public void ensure() throws SQLException {
    boolean exists =
        transactions.withoutOrganisation(c -> Organisations.ofEmail(c, ADMIN_EMAIL)).isPresent();
    if (!exists) {
      String hash = hasher.hash(PASSWORD);
      transactions.withoutOrganisation(
          c -> {
            UUID orgId = UUID.randomUUID();
            Organisations.create(c, orgId, "Demo Atelier");
            for (Role role : Role.values()) {
              String name = role.name().toLowerCase(Locale.ROOT);
              Accounts.insert(
                  c, orgId, name + "@" + DOMAIN, "Demo " + name, role, Optional.of(hash));
            }
            audit.record(
                c,
                orgId,
                AuditLog.Actor.system(),
                "organisation.demo-created",
                "organisation",
                orgId.toString(),
                Map.of());
            return null;
          });
      log.info("Demo organisation created");
    }
    log.info(
        "Demo sign-in: {} (or manager@, designer@, floor@{}), demo password \"{}\"",
        ADMIN_EMAIL,
        DOMAIN,
        PASSWORD);
  }
}
