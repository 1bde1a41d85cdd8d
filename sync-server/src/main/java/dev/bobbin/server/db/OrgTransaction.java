package dev.bobbin.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * One database transaction, scoped to one organisation by row-level security: every statement on
 * its connection sees and writes only that organisation's rows. Closing without {@link #commit()}
 * rolls back.
 */
public final class OrgTransaction implements AutoCloseable {
  private final Connection connection;
  private boolean finished;

  private OrgTransaction(Connection connection) {
    this.connection = connection;
  }

  static OrgTransaction begin(Connection connection, Optional<UUID> orgId) throws SQLException {
    try {
      connection.setAutoCommit(false);
      if (orgId.isPresent()) {
        // is_local = true: the setting ends with the transaction, so a pooled connection never
        // carries one request's organisation into the next.
        try (PreparedStatement set =
            connection.prepareStatement("select set_config('bobbin.org_id', ?, true)")) {
          set.setString(1, orgId.get().toString());
          set.execute();
        }
      }
      return new OrgTransaction(connection);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  public Connection connection() {
    return connection;
  }

  public void commit() throws SQLException {
    connection.commit();
    finished = true;
  }

  @Override
  public void close() throws SQLException {
    try {
      if (!finished) {
        connection.rollback();
      }
    } finally {
      connection.setAutoCommit(true);
      connection.close();
    }
  }
}
