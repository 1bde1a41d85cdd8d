package dev.bobbin.server;

import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.db.Database;
import dev.bobbin.server.health.HealthController;
import dev.bobbin.server.http.Json;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.http.WebServer;
import dev.bobbin.server.metrics.ServerMetrics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One running server: its database and its HTTP API, started and stopped together. */
public final class BobbinServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BobbinServer.class);

  private final ServerConfig config;
  private final ServerMetrics metrics;
  private final String appVersion;
  private Optional<Database> database = Optional.empty();
  private Optional<WebServer> web = Optional.empty();
  private List<Route> routes = List.of();

  public BobbinServer(ServerConfig config, ServerMetrics metrics, String appVersion) {
    this.config = config;
    this.metrics = metrics;
    this.appVersion = appVersion;
  }

  /**
   * Opens the database (migrating it), then starts HTTP.
   *
   * @return the port the server listens on
   * @throws IOException if embedded Postgres cannot start
   */
  public int start() throws IOException {
    if (config.demo()) {
      log.info("Demo mode is on");
    }
    Database db = Database.open(config, metrics.registry());
    database = Optional.of(db);
    routes = routes(db);
    WebServer server =
        new WebServer(routes, config.maxBodyBytes(), metrics.requestObserver(), Json.newMapper());
    web = Optional.of(server);
    int port = server.start(config.port());
    log.info(
        "Bobbin server listening on http://localhost:{} (database: {})", port, db.description());
    return port;
  }

  private List<Route> routes(Database db) {
    List<Route> all = new ArrayList<>();
    all.addAll(new HealthController(db.dataSource(), appVersion, db.schemaVersion()).routes());
    all.addAll(metrics.routes());
    return List.copyOf(all);
  }

  /** The route table the server registered; empty before {@link #start()}. */
  public List<Route> routes() {
    return routes;
  }

  /** What Javalin itself reports as registered, as {@code "GET /path"}. */
  public List<String> registeredRoutes() {
    return web.map(WebServer::registeredRoutes).orElse(List.of());
  }

  /** The pool, for callers that need the database directly (tests, later the sync engine). */
  public DataSource dataSource() {
    return database.orElseThrow(() -> new IllegalStateException("Server not started")).dataSource();
  }

  /** Stops HTTP first so that no request is cut off mid-query, then the database. */
  @Override
  public void close() throws IOException {
    if (web.isEmpty() && database.isEmpty()) {
      return;
    }
    web.ifPresent(WebServer::stop);
    web = Optional.empty();
    if (database.isPresent()) {
      database.get().close();
      database = Optional.empty();
    }
    log.info("Bobbin server stopped");
  }
}
