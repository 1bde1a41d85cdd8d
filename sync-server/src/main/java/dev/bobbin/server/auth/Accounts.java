package dev.bobbin.server.auth;

import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import dev.bobbin.server.db.OrgVersions;
import dev.bobbin.server.db.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users with their credentials, read and written inside an organisation's transaction. */
public final class Accounts {
  private static final String SELECT =
      "select u.*, c.password_hash, coalesce(c.totp_enabled, false) as totp_enabled,"
          + " c.totp_secret from app_user u left join user_credential c on c.user_id = u.id";

  private Accounts() {}

  /** A user row including what only the server may see. */
  public record Account(
      UUID id,
      UUID orgId,
      String email,
      String displayName,
      Role role,
      boolean active,
      Optional<String> passwordHash,
      boolean totpEnabled,
      Optional<String> totpSecret) {

    /** The public profile, as the API and the desktop show it. */
    public User toUser() {
      return new User(id, email, displayName, role, active);
    }
  }

  public static Optional<Account> byEmail(Connection c, String email) throws SQLException {
    return Sql.one(c, SELECT + " where lower(u.email) = lower(?)", Accounts::account, email);
  }

  public static Optional<Account> byId(Connection c, UUID id) throws SQLException {
    return Sql.one(c, SELECT + " where u.id = ?", Accounts::account, id);
  }

  public static List<Account> all(Connection c) throws SQLException {
    return Sql.list(c, SELECT + " order by lower(u.display_name), u.id", Accounts::account);
  }

  /**
   * Inserts a user of {@code orgId}.
   *
   * @throws SQLException with SQL state 23505 if the address is already in use on this server
   */
  public static Account insert(
      Connection c,
      UUID orgId,
      String email,
      String displayName,
      Role role,
      Optional<String> passwordHash)
      throws SQLException {
    UUID id = UUID.randomUUID();
    Sql.update(
        c,
        "insert into app_user (id, org_id, email, display_name, role, version)"
            + " values (?, ?, ?, ?, ?, ?)",
        id,
        orgId,
        email,
        displayName,
        role,
        OrgVersions.next(c, orgId));
    Sql.update(
        c,
        "insert into user_credential (user_id, org_id, password_hash, password_changed_at)"
            + " values (?, ?, ?, now())",
        id,
        orgId,
        passwordHash);
    return byId(c, id).orElseThrow();
  }

  public static void setPassword(Connection c, UUID userId, String passwordHash)
      throws SQLException {
    Sql.update(
        c,
        "update user_credential set password_hash = ?, password_changed_at = now()"
            + " where user_id = ?",
        passwordHash,
        userId);
  }

  /** Whether a failed unique check was the e-mail address being taken. */
  public static boolean isDuplicateEmail(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  private static Account account(ResultSet row) throws SQLException {
    return new Account(
        row.getObject("id", UUID.class),
        row.getObject("org_id", UUID.class),
        row.getString("email"),
        row.getString("display_name"),
        Role.valueOf(row.getString("role")),
        row.getBoolean("active"),
        Optional.ofNullable(row.getString("password_hash")),
        row.getBoolean("totp_enabled"),
        Optional.ofNullable(row.getString("totp_secret")));
  }
}
