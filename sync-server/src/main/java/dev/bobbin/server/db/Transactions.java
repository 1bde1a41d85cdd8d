package dev.bobbin.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Opens transactions on the application role's pool, each scoped to one organisation or none. */
public final class Transactions {
  private final DataSource pool;

  public Transactions(DataSource pool) {
    this.pool = pool;
  }

  /** Work done inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Begins a transaction that sees only {@code orgId}'s rows; the caller commits and closes it. */
  public OrgTransaction begin(UUID orgId) throws SQLException {
    return OrgTransaction.begin(pool.getConnection(), Optional.of(orgId));
  }

  /** Runs {@code work} in one transaction of {@code orgId} and commits it. */
  public <T> T inOrganisation(UUID orgId, Work<T> work) throws SQLException {
    return run(Optional.of(orgId), work);
  }

  /**
   * Runs {@code work} in a transaction with no organisation set: it sees no org-scoped row, only
   * the tables and functions meant for use before sign-in (login throttle, e-mail lookup).
   */
  public <T> T withoutOrganisation(Work<T> work) throws SQLException {
    return run(Optional.empty(), work);
  }

  private <T> T run(Optional<UUID> orgId, Work<T> work) throws SQLException {
    try (OrgTransaction tx = OrgTransaction.begin(pool.getConnection(), orgId)) {
      T result = work.run(tx.connection());
      tx.commit();
      return result;
    }
  }
}
