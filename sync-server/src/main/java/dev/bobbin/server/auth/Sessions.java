package dev.bobbin.server.auth;

import dev.bobbin.server.db.Sql;
import dev.bobbin.server.security.Secrets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refresh tokens: {@code bobbin_rt_<organisation id, 32 hex>_<43 random characters>}, stored as
 * SHA-256. Each use rotates the token; all tokens of one sign-in form a family, and presenting a
 * token that was already rotated (a copy in a thief's hands, or the victim's after the thief used
 * it) revokes the whole family.
 */
public final class Sessions {
  static final String PREFIX = "bobbin_rt_";
  private static final Pattern FORMAT =
      Pattern.compile("bobbin_rt_([0-9a-f]{32})_([A-Za-z0-9_-]{43})");

  private final Duration ttl;
  private final Clock clock;

  Sessions(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  /** A refresh token just issued. */
  record Issued(String token, Instant expiresAt, UUID familyId) {}

  /** What presenting a refresh token led to. */
  sealed interface Rotation permits Rotated, Rejected {}

  record Rotated(Issued next, UUID userId) implements Rotation {}

  /**
   * The token was refused.
   *
   * @param reuse it had already been rotated, and its family is now revoked
   */
  record Rejected(String reason, boolean reuse) implements Rotation {}

  static Optional<UUID> organisationOf(String token) {
    Matcher matcher = FORMAT.matcher(token);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String hex = matcher.group(1);
    return Optional.of(
        UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5")));
  }

  /** Starts a new family for a fresh sign-in. */
  Issued start(Connection c, UUID orgId, UUID userId, String ip, Optional<String> device)
      throws SQLException {
    return issue(c, orgId, userId, UUID.randomUUID(), ip, device);
  }

  Rotation rotate(Connection c, UUID orgId, String token, String ip, Optional<String> device)
      throws SQLException {
    record Row(
        UUID id,
        UUID userId,
        UUID familyId,
        Instant expiresAt,
        boolean rotated,
        boolean revoked,
        boolean userActive) {}
    Optional<Row> found =
        Sql.one(
            c,
            "select t.id, t.user_id, t.family_id, t.expires_at, t.rotated_at is not null,"
                + " t.revoked_at is not null, u.active"
                + " from refresh_token t join app_user u on u.id = t.user_id"
                + " where t.token_hash = ? for update of t",
            row ->
                new Row(
                    row.getObject(1, UUID.class),
                    row.getObject(2, UUID.class),
                    row.getObject(3, UUID.class),
                    Sql.instant(row, "expires_at").orElseThrow(),
                    row.getBoolean(5),
                    row.getBoolean(6),
                    row.getBoolean(7)),
            Secrets.sha256(token));
    if (found.isEmpty()) {
      return new Rejected("Unknown refresh token.", false);
    }
    Row row = found.get();
    if (row.revoked()) {
      return new Rejected("This session has ended; sign in again.", false);
    }
    if (row.rotated()) {
      revokeFamily(c, row.familyId());
      return new Rejected(
          "This refresh token was already used; the session is revoked for safety. Sign in"
              + " again.",
          true);
    }
    if (!clock.instant().isBefore(row.expiresAt()) || !row.userActive()) {
      return new Rejected("This session has ended; sign in again.", false);
    }
    Sql.update(
        c, "update refresh_token set rotated_at = ? where id = ?", clock.instant(), row.id());
    return new Rotated(issue(c, orgId, row.userId(), row.familyId(), ip, device), row.userId());
  }

  void revokeFamily(Connection c, UUID familyId) throws SQLException {
    Sql.update(
        c,
        "update refresh_token set revoked_at = ? where family_id = ? and revoked_at is null",
        clock.instant(),
        familyId);
  }

  /** Ends every session of a user (password change, deactivation, erasure). */
  public static void revokeAllOf(Connection c, UUID userId) throws SQLException {
    Sql.update(
        c,
        "update refresh_token set revoked_at = now() where user_id = ? and revoked_at is null",
        userId);
  }

  /** Ends every session of a user but {@code keepFamily} (the one changing the password). */
  static void revokeOthers(Connection c, UUID userId, UUID keepFamily) throws SQLException {
    Sql.update(
        c,
        "update refresh_token set revoked_at = now()"
            + " where user_id = ? and family_id <> ? and revoked_at is null",
        userId,
        keepFamily);
  }

  private Issued issue(
      Connection c, UUID orgId, UUID userId, UUID familyId, String ip, Optional<String> device)
      throws SQLException {
    String token = PREFIX + orgId.toString().replace("-", "") + "_" + Secrets.randomToken(32);
    Instant expires = clock.instant().plus(ttl);
    Sql.update(
        c,
        "insert into refresh_token (id, org_id, user_id, family_id, token_hash, created_at,"
            + " expires_at, device, ip) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        orgId,
        userId,
        familyId,
        Secrets.sha256(token),
        clock.instant(),
        expires,
        device,
        ip);
    return new Issued(token, expires, familyId);
  }
}
