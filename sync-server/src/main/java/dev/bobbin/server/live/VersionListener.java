package dev.bobbin.server.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's one {@code LISTEN bobbin_version} connection, outside the pool. Every commit that
 * moves an organisation's version notifies (V3 trigger), so each instance hears every change,
 * whichever instance wrote it. On failure it reconnects with backoff; versions missed meanwhile
 * cost nothing but latency, since devices also poll.
 */
final class VersionListener implements AutoCloseable {
  static final String CHANNEL = "bobbin_version";
  private static final Logger log = LoggerFactory.getLogger(VersionListener.class);
  private static final int WAIT_MILLIS = 500;
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

  /** Opens a connection to the database, as the application role. */
  @FunctionalInterface
  interface Connector {
    Connection open() throws SQLException;
  }

  private final Connector connector;
  private final BiConsumer<UUID, Long> onVersion;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Connection connection;

  VersionListener(Connector connector, BiConsumer<UUID, Long> onVersion) {
    this.connector = connector;
    this.onVersion = onVersion;
    this.thread = new Thread(this::run, "bobbin-listen");
    thread.setDaemon(true);
  }

  /** Listens before returning, so that no commit after start goes unheard. */
  void start() throws SQLException {
    connection = listen();
    thread.start();
  }

  private Connection listen() throws SQLException {
    Connection c = connector.open();
    try (Statement statement = c.createStatement()) {
      statement.execute("listen " + CHANNEL);
      return c;
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  private void run() {
    long backoffMillis = 100;
    while (running) {
      try {
        if (connection == null) {
          connection = listen();
          log.info("Listening for version changes again");
          backoffMillis = 100;
        }
        PGNotification[] notifications =
            connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
        if (notifications != null) {
          for (PGNotification notification : notifications) {
            deliver(notification.getParameter());
          }
        }
      } catch (SQLException e) {
        if (!running) {
          return;
        }
        log.warn("Lost the LISTEN connection; reconnecting in {} ms", backoffMillis, e);
        closeQuietly();
        try {
          Thread.sleep(backoffMillis);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
        backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF.toMillis());
      }
    }
  }

  private void deliver(String payload) {
    int colon = payload.indexOf(':');
    try {
      onVersion.accept(
          UUID.fromString(payload.substring(0, colon)),
          Long.parseLong(payload.substring(colon + 1)));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      log.warn("Ignoring a malformed {} notification", CHANNEL, e);
    }
  }

  private void closeQuietly() {
    Connection c = connection;
    connection = null;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        log.debug("Closing the LISTEN connection failed", e);
      }
    }
  }

  @Override
  public void close() {
    running = false;
    closeQuietly();
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
