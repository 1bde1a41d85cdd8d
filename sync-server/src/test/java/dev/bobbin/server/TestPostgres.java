package dev.bobbin.server;

import dev.bobbin.server.config.ExternalDatabase;
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
 * in it, so tests stay independent.
 */
public final class TestPostgres {
  private TestPostgres() {}

  // The holder idiom starts Postgres on first use only; zonky's shutdown hook stops it.
  private static final class Holder {
    static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
      try {
        return EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A new, empty database on the shared Postgres. */
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
    return new ServerConfig(
        0,
        dataDir,
        Optional.of(newDatabase()),
        4,
        ServerConfig.DEFAULT_MAX_BODY_BYTES,
        Duration.ofSeconds(2),
        false);
  }
}
