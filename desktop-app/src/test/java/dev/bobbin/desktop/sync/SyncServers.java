package dev.bobbin.desktop.sync;

import dev.bobbin.server.BobbinServer;
import dev.bobbin.server.config.ExternalDatabase;
import dev.bobbin.server.config.SecurityConfig;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.metrics.ServerMetrics;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Real sync servers for the desktop's sync tests, as sync-server's own tests start them: one
 * embedded Postgres per test JVM, a fresh database per server, migrations as the owner and requests
 * as an application role that row-level security applies to. {@code --demo} accounts.
 */
public final class SyncServers {
  static final String APP_ROLE = "bobbin_app_desktop_test";
  static final String APP_PASSWORD = "desktop-test-app-password";

  private SyncServers() {}

  private static final class Holder {
    static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
            Statement s = c.createStatement()) {
          s.execute(
              "create role "
                  + APP_ROLE
                  + " login nosuperuser nobypassrls password '"
                  + APP_PASSWORD
                  + "'");
        }
        return postgres;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException("Could not prepare the test Postgres", e);
      }
    }
  }

  /** A new empty database, as its owner. */
  static ExternalDatabase newDatabase() {
    String name = "desktop_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = Holder.POSTGRES.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
    return new ExternalDatabase(
        "jdbc:postgresql://localhost:" + Holder.POSTGRES.getPort() + "/" + name,
        Optional.of("postgres"),
        Optional.empty());
  }

  /** A running server. */
  public record Running(
      BobbinServer server, int port, ServerMetrics metrics, ExternalDatabase owner)
      implements AutoCloseable {
    public URI uri() {
      return URI.create("http://localhost:" + port);
    }

    @Override
    public void close() throws IOException {
      server.close();
      metrics.close();
    }
  }

  /** A demo server on a fresh database. */
  public static Running start() {
    return start(newDatabase());
  }

  /** A demo server on {@code owner}'s database (a second instance shares the first's). */
  public static Running start(ExternalDatabase owner) {
    try {
      Path dataDir = Files.createTempDirectory("bobbin-desktop-sync");
      ServerConfig config =
          new ServerConfig(
              0,
              dataDir,
              Optional.of(
                  new ExternalDatabase(
                      owner.jdbcUrl(), Optional.of(APP_ROLE), Optional.of(APP_PASSWORD))),
              Optional.of(owner),
              8,
              8 * ServerConfig.DEFAULT_MAX_BODY_BYTES,
              Duration.ofSeconds(5),
              true,
              SecurityConfig.defaults().withRateLimits(1_000_000, 1_000_000, 1_000_000));
      ServerMetrics metrics = new ServerMetrics();
      BobbinServer server = new BobbinServer(config, metrics, "desktop-test");
      int port = server.start();
      return new Running(server, port, metrics, owner);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
