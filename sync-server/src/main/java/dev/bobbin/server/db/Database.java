package dev.bobbin.server.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.bobbin.server.config.ExternalDatabase;
import dev.bobbin.server.config.SecretFiles;
import dev.bobbin.server.config.ServerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The server's Postgres: migrated by the owner role, then served through a pool of the application
 * role, which row-level security binds to one organisation per transaction.
 */
public final class Database implements AutoCloseable {
  private final Optional<EmbeddedDatabase> embedded;
  private final HikariDataSource pool;
  private final String schemaVersion;
  private final String description;
  private final String appRole;
  private final ExternalDatabase app;

  private Database(
      Optional<EmbeddedDatabase> embedded,
      HikariDataSource pool,
      String schemaVersion,
      String description,
      String appRole,
      ExternalDatabase app) {
    this.app = app;
    this.embedded = embedded;
    this.pool = pool;
    this.schemaVersion = schemaVersion;
    this.description = description;
    this.appRole = appRole;
  }

  /**
   * Connects (starting embedded Postgres when no database is configured) and migrates.
   *
   * @throws IOException if embedded Postgres cannot start
   * @throws IllegalStateException if the application role could bypass row-level security
   */
  public static Database open(ServerConfig config, MeterRegistry registry) throws IOException {
    if (config.externalDatabase().isPresent()) {
      ExternalDatabase app = config.externalDatabase().get();
      ExternalDatabase owner = config.migrationDatabase().orElseThrow();
      return connect(
          Optional.empty(),
          ownerDataSource(owner),
          app,
          config,
          registry,
          "Postgres at " + app.describe());
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start(config.embeddedPostgresDir());
    try {
      String password =
          SecretFiles.readOrCreate(config.secretsDir().resolve("db-app-password"), 24);
      DataSource owner = embedded.ownerDataSource();
      AppRole.ensureEmbedded(owner, password);
      ExternalDatabase app =
          new ExternalDatabase(
              embedded.jdbcUrl(), Optional.of(AppRole.EMBEDDED_NAME), Optional.of(password));
      return connect(
          Optional.of(embedded),
          owner,
          app,
          config,
          registry,
          "embedded Postgres at " + embedded.directory());
    } catch (SQLException e) {
      embedded.close();
      throw new IllegalStateException(
          "Could not create the application role: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  private static Database connect(
      Optional<EmbeddedDatabase> embedded,
      DataSource owner,
      ExternalDatabase app,
      ServerConfig config,
      MeterRegistry registry,
      String description) {
    HikariDataSource pool =
        ConnectionPool.open(
            app.jdbcUrl(),
            app.user(),
            app.password(),
            config.dbPoolSize(),
            config.dbConnectTimeout(),
            registry);
    try {
      String role = AppRole.currentUser(pool);
      String version = Migrations.migrate(owner);
      AppRole.grant(owner, role);
      AppRole.verify(pool);
      return new Database(embedded, pool, version, description, role, app);
    } catch (SQLException e) {
      pool.close();
      throw new IllegalStateException("Database setup failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static DataSource ownerDataSource(ExternalDatabase owner) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(owner.jdbcUrl());
    owner.user().ifPresent(dataSource::setUser);
    owner.password().ifPresent(dataSource::setPassword);
    return dataSource;
  }

  /** The application role's pool; use {@link #transactions()} for org-scoped work. */
  public DataSource dataSource() {
    return pool;
  }

  /**
   * A connection of the application role outside the pool, for work that holds one for the server's
   * life (the LISTEN of live pokes); the caller closes it.
   */
  public java.sql.Connection openDedicatedConnection() throws SQLException {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(app.jdbcUrl());
    app.user().ifPresent(dataSource::setUser);
    app.password().ifPresent(dataSource::setPassword);
    return dataSource.getConnection();
  }

  public Transactions transactions() {
    return new Transactions(pool);
  }

  /** The role requests run as. */
  public String appRole() {
    return appRole;
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
