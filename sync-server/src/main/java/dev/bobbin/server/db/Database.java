package dev.bobbin.server.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.bobbin.server.config.ExternalDatabase;
import dev.bobbin.server.config.ServerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The server's Postgres: a pool on the operator's database, or on one the server starts itself,
 * with the schema migrated.
 */
public final class Database implements AutoCloseable {
  private final Optional<EmbeddedDatabase> embedded;
  private final HikariDataSource pool;
  private final String schemaVersion;
  private final String description;

  private Database(
      Optional<EmbeddedDatabase> embedded,
      HikariDataSource pool,
      String schemaVersion,
      String description) {
    this.embedded = embedded;
    this.pool = pool;
    this.schemaVersion = schemaVersion;
    this.description = description;
  }

  /**
   * Connects (starting embedded Postgres when no database is configured) and migrates.
   *
   * @throws IOException if embedded Postgres cannot start
   */
  public static Database open(ServerConfig config, MeterRegistry registry) throws IOException {
    if (config.externalDatabase().isPresent()) {
      ExternalDatabase external = config.externalDatabase().get();
      return connect(
          Optional.empty(),
          external.jdbcUrl(),
          external.user(),
          external.password(),
          config,
          registry,
          "Postgres at " + external.describe());
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start(config.embeddedPostgresDir());
    try {
      return connect(
          Optional.of(embedded),
          embedded.jdbcUrl(),
          Optional.of(embedded.user()),
          Optional.empty(),
          config,
          registry,
          "embedded Postgres at " + embedded.directory());
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  private static Database connect(
      Optional<EmbeddedDatabase> embedded,
      String jdbcUrl,
      Optional<String> user,
      Optional<String> password,
      ServerConfig config,
      MeterRegistry registry,
      String description) {
    HikariDataSource pool =
        ConnectionPool.open(
            jdbcUrl, user, password, config.dbPoolSize(), config.dbConnectTimeout(), registry);
    try {
      return new Database(embedded, pool, Migrations.migrate(pool), description);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  public DataSource dataSource() {
    return pool;
  }

  /** The Flyway version the schema was migrated to at start. */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** Where the data lives, without credentials, for the startup log line. */
  public String description() {
    return description;
  }

  /** Closes the pool first, so that embedded Postgres stops with no client attached. */
  @Override
  public void close() throws IOException {
    pool.close();
    if (embedded.isPresent()) {
      embedded.get().close();
    }
  }
}
