package dev.bobbin.server.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A Postgres the server runs itself, for a single-machine install with nothing to set up. */
final class EmbeddedDatabase implements AutoCloseable {
  static final String DATABASE = "bobbin";
  private static final String SUPERUSER = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path directory;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) {
    this.postgres = postgres;
    this.directory = directory;
  }

  /** Starts Postgres on {@code directory}, creating the cluster on first use and keeping it. */
  static EmbeddedDatabase start(Path directory) throws IOException {
    Files.createDirectories(directory);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(directory)
            .setCleanDataDirectory(false)
            // We stop it ourselves, after the pool, so that no connection sees it vanish.
            .setRegisterShutdownHook(false)
            .setServerConfig("listen_addresses", "localhost")
            // zonky tunes for throwaway test databases (fsync off); this one holds real data.
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .start();
    EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory);
    try {
      database.createDatabaseIfMissing();
    } catch (SQLException e) {
      postgres.close();
      throw new IOException("Could not create database " + DATABASE + " in " + directory, e);
    }
    return database;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  /** The superuser, which owns the schema and runs migrations. */
  javax.sql.DataSource ownerDataSource() {
    return postgres.getDatabase(SUPERUSER, DATABASE);
  }

  Path directory() {
    return directory;
  }

  private void createDatabaseIfMissing() throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("create database " + DATABASE);
      }
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
