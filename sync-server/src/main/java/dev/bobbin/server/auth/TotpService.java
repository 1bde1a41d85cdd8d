package dev.bobbin.server.auth;

import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.security.Secrets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A user's optional second factor: enrolment (secret shown once, confirmed by a first code),
 * verification with replay protection (a code's time step is accepted once), one-time recovery
 * codes stored as SHA-256.
 */
final class TotpService {
  static final int RECOVERY_CODES = 10;
  private static final String ISSUER = "Bobbin";

  private final Totp totp;
  private final SecretBox box;
  private final Clock clock;

  TotpService(Totp totp, SecretBox box, Clock clock) {
    this.totp = totp;
    this.box = box;
    this.clock = clock;
  }

  /** What an authenticator app needs, shown once. */
  record Enrolment(String secret, String otpauthUri) {}

  Enrolment enrol(Connection c, Accounts.Account account) throws SQLException {
    if (account.totpEnabled()) {
      throw new ProblemException(
          409,
          "totp-already-enabled",
          "Second factor already on",
          "Turn the second factor off before enrolling a new device.");
    }
    String secret = Base32.encode(Secrets.randomBytes(20));
    Sql.update(
        c,
        "update user_credential set totp_secret = ?, totp_last_step = null where user_id = ?",
        box.seal(secret, account.id().toString()),
        account.id());
    String label = URLEncoder.encode(ISSUER + ":" + account.email(), StandardCharsets.UTF_8);
    String uri =
        "otpauth://totp/"
            + label
            + "?secret="
            + secret
            + "&issuer="
            + ISSUER
            + "&algorithm=SHA1&digits="
            + Totp.DIGITS
            + "&period="
            + Totp.STEP.toSeconds();
    return new Enrolment(secret, uri);
  }

  /** Turns the factor on once the user proves their app makes codes; returns recovery codes. */
  List<String> confirm(Connection c, Accounts.Account account, String code) throws SQLException {
    if (account.totpEnabled()) {
      throw new ProblemException(
          409, "totp-already-enabled", "Second factor already on", "It is already on.");
    }
    if (account.totpSecret().isEmpty()) {
      throw new ProblemException(
          409, "totp-not-enrolled", "No enrolment", "Start with POST /api/v1/auth/totp/enrol.");
    }
    if (!acceptCode(c, account, code)) {
      throw invalidCode();
    }
    Sql.update(c, "update user_credential set totp_enabled = true where user_id = ?", account.id());
    Sql.update(c, "delete from recovery_code where user_id = ?", account.id());
    List<String> codes = new ArrayList<>(RECOVERY_CODES);
    for (int i = 0; i < RECOVERY_CODES; i++) {
      String recovery = newRecoveryCode();
      codes.add(recovery);
      Sql.update(
          c,
          "insert into recovery_code (org_id, user_id, code_hash) values (?, ?, ?)",
          account.orgId(),
          account.id(),
          Secrets.sha256(normalise(recovery)));
    }
    return codes;
  }

  void disable(Connection c, Accounts.Account account, String code) throws SQLException {
    if (!account.totpEnabled()) {
      return;
    }
    if (!acceptCode(c, account, code) && !useRecoveryCode(c, account.id(), code)) {
      throw invalidCode();
    }
    clear(c, account.id());
  }

  /** Removes a user's factor and recovery codes (disable, erasure). */
  static void clear(Connection c, UUID userId) throws SQLException {
    Sql.update(
        c,
        "update user_credential set totp_enabled = false, totp_secret = null, totp_last_step = null"
            + " where user_id = ?",
        userId);
    Sql.update(c, "delete from recovery_code where user_id = ?", userId);
  }

  /**
   * Accepts {@code code} if it matches the user's secret and its time step is later than any
   * accepted before, so that a code seen over someone's shoulder cannot be replayed.
   */
  boolean acceptCode(Connection c, Accounts.Account account, String code) throws SQLException {
    if (code == null || account.totpSecret().isEmpty()) {
      return false;
    }
    OptionalLong step =
        totp.matchingStep(
            Base32.decode(box.open(account.totpSecret().get(), account.id().toString())),
            code,
            clock.instant());
    if (step.isEmpty()) {
      return false;
    }
    return Sql.update(
            c,
            "update user_credential set totp_last_step = ? where user_id = ?"
                + " and (totp_last_step is null or totp_last_step < ?)",
            step.getAsLong(),
            account.id(),
            step.getAsLong())
        == 1;
  }

  /** Uses up one recovery code; false if it is unknown or already used. */
  boolean useRecoveryCode(Connection c, UUID userId, String code) throws SQLException {
    if (code == null || code.isBlank()) {
      return false;
    }
    return Sql.update(
            c,
            "update recovery_code set used_at = now()"
                + " where user_id = ? and code_hash = ? and used_at is null",
            userId,
            Secrets.sha256(normalise(code)))
        == 1;
  }

  private static String newRecoveryCode() {
    String raw = Base32.encode(Secrets.randomBytes(10)).toLowerCase(Locale.ROOT);
    return raw.substring(0, 4)
        + "-"
        + raw.substring(4, 8)
        + "-"
        + raw.substring(8, 12)
        + "-"
        + raw.substring(12, 16);
  }

  private static String normalise(String code) {
    return code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }

  private static ProblemException invalidCode() {
    return new ProblemException(
        400,
        "totp-invalid",
        "Wrong code",
        "That code is wrong or was already used; wait for the next one.");
  }
}
