package dev.bobbin.server.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The database role requests run as: it owns no table, cannot bypass row-level security and holds
 * only the grants in {@code db/app-role-grants.sql}.
 */
final class AppRole {
  static final String EMBEDDED_NAME = "bobbin_app";
  private static final Pattern SAFE_PASSWORD = Pattern.compile("[A-Za-z0-9_-]{16,}");

  private AppRole() {}

  /** Creates (or resets) the embedded server's application role; needs a superuser. */
  static void ensureEmbedded(DataSource owner, String password) throws SQLException {
    // A generated base64url password: safe to inline, since CREATE ROLE takes no parameters.
    if (!SAFE_PASSWORD.matcher(password).matches()) {
      throw new IllegalArgumentException("Generated password has an unexpected form");
    }
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "do $$ begin if not exists (select 1 from pg_roles where rolname = '"
              + EMBEDDED_NAME
              + "') then create role "
              + EMBEDDED_NAME
              + " login; end if; end $$");
      statement.execute(
          "alter role "
              + EMBEDDED_NAME
              + " with login nosuperuser nocreatedb nocreaterole nobypassrls password '"
              + password
              + "'");
    }
  }

  /** Gives {@code role} exactly the grants it needs; run by the owner after migrating. */
  static void grant(DataSource owner, String role) throws SQLException {
    String quoted = "\"" + role.replace("\"", "\"\"") + "\"";
    String script = grantsScript().replace("${role}", quoted);
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : script.split(";", -1)) {
        String trimmed = stripComments(sql).trim();
        if (!trimmed.isEmpty()) {
          statement.execute(trimmed);
        }
      }
    }
  }

  /**
   * The name of the role {@code pool} connects as, after checking that it cannot escape row-level
   * security.
   *
   * @throws IllegalStateException naming what is wrong with the role
   */
  static String verify(DataSource pool) throws SQLException {
    try (Connection connection = pool.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select r.rolname, r.rolsuper, r.rolbypassrls,"
                    + " (select count(*) from pg_class c"
                    + "   where c.relowner = r.oid and c.relkind in ('r', 'p', 'v', 'm'))"
                    + " from pg_roles r where r.rolname = current_user");
        ResultSet row = query.executeQuery()) {
      row.next();
      String name = row.getString(1);
      if (row.getBoolean(2) || row.getBoolean(3)) {
        throw new IllegalStateException(
            "The database role "
                + name
                + " is a superuser or has BYPASSRLS; the server must connect as a role that"
                + " cannot bypass row-level security (see docs/security.md)");
      }
      if (row.getLong(4) > 0) {
        throw new IllegalStateException(
            "The database role "
                + name
                + " owns tables; the server must connect as a role that owns none and run"
                + " migrations as the owner (BOBBIN_DB_MIGRATION_USER, see docs/security.md)");
      }
      return name;
    }
  }

  static String currentUser(DataSource pool) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select current_user")) {
      row.next();
      return row.getString(1);
    }
  }

  private static String grantsScript() {
    try (InputStream in = AppRole.class.getResourceAsStream("/db/app-role-grants.sql")) {
      if (in == null) {
        throw new IllegalStateException("db/app-role-grants.sql missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Could not read db/app-role-grants.sql", e);
    }
  }

  private static String stripComments(String sql) {
    return sql.lines()
        .filter(line -> !line.strip().startsWith("--"))
        .reduce("", (a, b) -> a + b + "\n");
  }
}
