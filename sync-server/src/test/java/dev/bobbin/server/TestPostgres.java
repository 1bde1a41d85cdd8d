package dev.bobbin.server;

import dev.bobbin.server.config.ExternalDatabase;
import dev.bobbin.server.config.SecurityConfig;
import dev.bobbin.server.config.ServerConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * One Postgres for the whole test JVM (starting one costs ~2 s); each caller gets a fresh database
 * in it, so tests stay independent. As in production, the server migrates as the owner ({@code
 * postgres}) and serves requests as an application role that owns nothing.
 */
public final class TestPostgres {
  /** The application role tests connect as; cluster-wide, so made once. */
  public static final String APP_ROLE = "bobbin_app_test";

  public static final String APP_PASSWORD = "test-app-password";

  private TestPostgres() {}

  // The holder idiom starts Postgres on first use only; zonky's shutdown hook stops it.
  private static final class Holder {
    static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.start();
        createAppRole(postgres);
        return postgres;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Creates {@link #APP_ROLE} in {@code postgres}, as an operator would for an external one. */
  public static void createAppRole(EmbeddedPostgres postgres) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "create role "
              + APP_ROLE
              + " login nosuperuser nobypassrls password '"
              + APP_PASSWORD
              + "'");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the application role", e);
    }
  }

  /** The superuser, for tests that must look past row-level security. */
  public static EmbeddedPostgres postgres() {
    return Holder.POSTGRES;
  }

  /** A new, empty database on the shared Postgres, as its owner. */
  public static ExternalDatabase newDatabase() {
    String name = "test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = Holder.POSTGRES.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create test database " + name, e);
    }
    return new ExternalDatabase(
        "jdbc:postgresql://localhost:" + Holder.POSTGRES.getPort() + "/" + name,
        Optional.of("postgres"),
        Optional.empty());
  }

  /** A server config on a fresh database and a random port. */
  public static ServerConfig serverConfig(Path dataDir) {
    return serverConfig(dataDir, newDatabase());
  }

  /** A server config on {@code owner}'s database, served as the application role. */
  public static ServerConfig serverConfig(Path dataDir, ExternalDatabase owner) {
    return new ServerConfig(
        0,
        dataDir,
        Optional.of(
            new ExternalDatabase(
                owner.jdbcUrl(), Optional.of(APP_ROLE), Optional.of(APP_PASSWORD))),
        Optional.of(owner),
        4,
        ServerConfig.DEFAULT_MAX_BODY_BYTES,
        Duration.ofSeconds(2),
        false,
        SecurityConfig.defaults());
  }

  /** The schema version the migrations in {@code src/main/resources/db/migration} lead to. */
  public static String latestMigration() {
    try (java.util.stream.Stream<Path> files =
        java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
      return String.valueOf(
          files
              .map(f -> f.getFileName().toString())
              .filter(name -> name.matches("V\\d+__.*\\.sql"))
              .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
              .max()
              .orElseThrow());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
