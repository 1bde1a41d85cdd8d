package dev.bobbin.server.auth;

import dev.bobbin.server.db.Sql;
import dev.bobbin.server.db.Transactions;
import dev.bobbin.server.security.Secrets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Brute-force limits on sign-in, kept in Postgres so that every server instance shares them: after
 * too many failures within the lockout period, an account (by e-mail address, existing or not) or a
 * client address is locked for that period; the lock ends by itself.
 */
final class LoginThrottle {
  private final Transactions transactions;
  private final int maxPerAccount;
  private final int maxPerIp;
  private final Duration lockout;
  private final Clock clock;

  LoginThrottle(
      Transactions transactions, int maxPerAccount, int maxPerIp, Duration lockout, Clock clock) {
    this.transactions = transactions;
    this.maxPerAccount = maxPerAccount;
    this.maxPerIp = maxPerIp;
    this.lockout = lockout;
    this.clock = clock;
  }

  /** How long sign-in stays refused for this address or client, if it is locked. */
  Optional<Duration> lockedFor(String email, String ip) throws SQLException {
    Instant now = clock.instant();
    Optional<Instant> until =
        transactions.withoutOrganisation(
            c ->
                Sql.one(
                        c,
                        "select max(locked_until) from login_throttle where key in (?, ?)",
                        row ->
                            Optional.ofNullable(row.getObject(1, java.time.OffsetDateTime.class)),
                        accountKey(email),
                        ipKey(ip))
                    .flatMap(o -> o)
                    .map(java.time.OffsetDateTime::toInstant));
    return until.filter(now::isBefore).map(u -> Duration.between(now, u));
  }

  void recordFailure(String email, String ip) throws SQLException {
    transactions.withoutOrganisation(
        c -> {
          count(c, accountKey(email), maxPerAccount);
          count(c, ipKey(ip), maxPerIp);
          return null;
        });
  }

  /** A successful sign-in forgets the account's failures (not the client's). */
  void recordSuccess(String email) throws SQLException {
    transactions.withoutOrganisation(
        c -> Sql.update(c, "delete from login_throttle where key = ?", accountKey(email)));
  }

  private void count(Connection c, byte[] key, int max) throws SQLException {
    Instant now = clock.instant();
    Instant windowStart = now.minus(lockout);
    int failures =
        Sql.one(
                c,
                "insert into login_throttle (key, failures, window_started_at) values (?, 1, ?)"
                    + " on conflict (key) do update set"
                    + "   failures = case when login_throttle.window_started_at < ? then 1"
                    + "     else login_throttle.failures + 1 end,"
                    + "   window_started_at = case when login_throttle.window_started_at < ?"
                    + "     then excluded.window_started_at"
                    + "     else login_throttle.window_started_at end"
                    + " returning failures",
                row -> row.getInt(1),
                key,
                now,
                windowStart,
                windowStart)
            .orElseThrow();
    if (failures >= max) {
      Sql.update(
          c,
          "update login_throttle set locked_until = ?, failures = 0, window_started_at = ?"
              + " where key = ?",
          now.plus(lockout),
          now,
          key);
    }
  }

  private static byte[] accountKey(String email) {
    return Secrets.sha256("account:" + email.strip().toLowerCase(Locale.ROOT));
  }

  private static byte[] ipKey(String ip) {
    return Secrets.sha256("ip:" + ip);
  }
}
