package dev.bobbin.server.apikeys;

import dev.bobbin.server.db.Sql;
import dev.bobbin.server.security.ApiKeyPrincipal;
import dev.bobbin.server.security.ApiKeyScope;
import dev.bobbin.server.security.Secrets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisation API keys: {@code bobbin_<organisation id, 32 hex>_<43 random characters>}. The
 * organisation part routes the lookup to the right organisation under row-level security; the
 * random part is 256 bits, stored only as SHA-256.
 */
public final class ApiKeys {
  public static final String PREFIX = "bobbin_";
  private static final Pattern FORMAT =
      Pattern.compile("bobbin_([0-9a-f]{32})_([A-Za-z0-9_-]{43})");

  /** A key as listed to admins: never the key itself. */
  public record ApiKeyInfo(
      UUID id,
      String name,
      ApiKeyScope scope,
      String hint,
      UUID createdBy,
      java.time.Instant createdAt,
      java.time.Instant lastUsedAt,
      java.time.Instant revokedAt) {}

  /** A key just created: the only moment its value is known. */
  public record NewApiKey(ApiKeyInfo info, String key) {}

  /** The organisation a presented key claims to belong to, if it has the right shape. */
  public static Optional<UUID> organisationOf(String key) {
    Matcher matcher = FORMAT.matcher(key);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String hex = matcher.group(1);
    return Optional.of(
        UUID.fromString(
            hex.substring(0, 8)
                + "-"
                + hex.substring(8, 12)
                + "-"
                + hex.substring(12, 16)
                + "-"
                + hex.substring(16, 20)
                + "-"
                + hex.substring(20)));
  }

  static NewApiKey create(Connection c, UUID orgId, String name, ApiKeyScope scope, UUID createdBy)
      throws SQLException {
    String key = PREFIX + orgId.toString().replace("-", "") + "_" + Secrets.randomToken(32);
    String hint = "…" + key.substring(key.length() - 4);
    UUID id = UUID.randomUUID();
    Sql.update(
        c,
        "insert into api_key (id, org_id, name, scope, key_hash, hint, created_by)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        id,
        orgId,
        name,
        scope,
        Secrets.sha256(key),
        hint,
        createdBy);
    return new NewApiKey(find(c, id).orElseThrow(), key);
  }

  static List<ApiKeyInfo> list(Connection c) throws SQLException {
    return Sql.list(c, "select * from api_key order by created_at, id", ApiKeys::info);
  }

  static Optional<ApiKeyInfo> find(Connection c, UUID id) throws SQLException {
    return Sql.one(c, "select * from api_key where id = ?", ApiKeys::info, id);
  }

  /** Revokes the key; true if it existed and was active. */
  static boolean revoke(Connection c, UUID id) throws SQLException {
    return Sql.update(
            c, "update api_key set revoked_at = now() where id = ? and revoked_at is null", id)
        == 1;
  }

  /**
   * The caller a presented key stands for, if it is an active key of the transaction's
   * organisation; records when it was last used (at most once a minute, to spare writes).
   */
  public static Optional<ApiKeyPrincipal> authenticate(Connection c, String key)
      throws SQLException {
    Optional<ApiKeyPrincipal> principal =
        Sql.one(
            c,
            "select id, org_id, scope from api_key where key_hash = ? and revoked_at is null",
            row ->
                new ApiKeyPrincipal(
                    row.getObject("id", UUID.class),
                    row.getObject("org_id", UUID.class),
                    ApiKeyScope.valueOf(row.getString("scope"))),
            Secrets.sha256(key));
    if (principal.isPresent()) {
      Sql.update(
          c,
          "update api_key set last_used_at = now() where id = ?"
              + " and (last_used_at is null or last_used_at < now() - interval '1 minute')",
          principal.get().keyId());
    }
    return principal;
  }

  private static ApiKeyInfo info(ResultSet row) throws SQLException {
    return new ApiKeyInfo(
        row.getObject("id", UUID.class),
        row.getString("name"),
        ApiKeyScope.valueOf(row.getString("scope")),
        row.getString("hint"),
        row.getObject("created_by", UUID.class),
        Sql.instant(row, "created_at").orElseThrow(),
        Sql.instant(row, "last_used_at").orElse(null),
        Sql.instant(row, "revoked_at").orElse(null));
  }

  private ApiKeys() {}
}
