package dev.bobbin.desktop.testing;

import dev.bobbin.server.BobbinServer;
import dev.bobbin.server.auth.DemoOrganisation;
import dev.bobbin.server.config.SecurityConfig;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.metrics.ServerMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real sync server, started in this JVM on its own embedded Postgres in a temp folder, on a
 * free port, in demo mode: the demo organisation has an admin and one user per role, all with
 * {@link #PASSWORD}. {@link #shared()} is started once per test JVM (a start costs a few seconds).
 */
public final class LiveServer implements AutoCloseable {
  public static final String ADMIN = DemoOrganisation.ADMIN_EMAIL;
  public static final String MANAGER = "manager@" + DemoOrganisation.DOMAIN;
  public static final String FLOOR = "floor@" + DemoOrganisation.DOMAIN;
  public static final String PASSWORD = DemoOrganisation.PASSWORD;

  private final ServerMetrics metrics = new ServerMetrics();
  private final BobbinServer server;
  private final URI uri;
  private final Path dataDir;

  private LiveServer(Path dataDir) throws IOException {
    this.dataDir = dataDir;
    SecurityConfig security =
        SecurityConfig.defaults()
            // Tests sign in far more often per minute than people do.
            .withRateLimits(100_000, 100_000, 100_000);
    ServerConfig config =
        new ServerConfig(
            0,
            dataDir,
            Optional.empty(),
            Optional.empty(),
            4,
            ServerConfig.DEFAULT_MAX_BODY_BYTES,
            ServerConfig.DEFAULT_CONNECT_TIMEOUT,
            true,
            security);
    server = new BobbinServer(config, metrics, "test");
    uri = URI.create("http://localhost:" + server.start());
  }

  private static final class Holder {
    static final LiveServer SHARED = startNew();

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(SHARED::close, "live-server-stop"));
    }
  }

  /** The server all account tests share; never stop it. */
  public static LiveServer shared() {
    return Holder.SHARED;
  }

  /** A server of its own, for a test that stops it. */
  public static LiveServer startNew() {
    try {
      return new LiveServer(Files.createTempDirectory("bobbin-live-server"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI uri() {
    return uri;
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      metrics.close();
      deleteQuietly(dataDir);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // A temp folder left behind is harmless.
    }
  }
}
