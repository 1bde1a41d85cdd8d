package dev.bobbin.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.server.ai.AiModule;
import dev.bobbin.server.ai.LanguageModel;
import dev.bobbin.server.ai.OpenAiCompatibleModel;
import dev.bobbin.server.apikeys.ApiKeyController;
import dev.bobbin.server.ask.AskController;
import dev.bobbin.server.audit.AuditController;
import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.auth.AuthModule;
import dev.bobbin.server.blobs.BlobController;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.conflicts.ConflictController;
import dev.bobbin.server.customers.CustomerController;
import dev.bobbin.server.db.Database;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.designs.DesignAnalysisController;
import dev.bobbin.server.health.HealthController;
import dev.bobbin.server.http.Json;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.http.WebServer;
import dev.bobbin.server.insights.InsightsController;
import dev.bobbin.server.invoices.InvoiceController;
import dev.bobbin.server.live.LiveModule;
import dev.bobbin.server.metrics.ServerMetrics;
import dev.bobbin.server.organisation.OrganisationController;
import dev.bobbin.server.quotes.QuoteController;
import dev.bobbin.server.quotes.QuoteRequestController;
import dev.bobbin.server.reports.ReportController;
import dev.bobbin.server.sync.ProtocolCheck;
import dev.bobbin.server.sync.SyncModule;
import dev.bobbin.server.users.PreferencesController;
import dev.bobbin.server.users.PrivacyController;
import dev.bobbin.server.users.UserController;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
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
  private final Clock clock;
  private Optional<Database> database = Optional.empty();
  private Optional<AuthModule> auth = Optional.empty();
  private Optional<WebServer> web = Optional.empty();
  private Optional<LiveModule> live = Optional.empty();
  private Optional<InvoiceController> invoices = Optional.empty();
  private List<Route> routes = List.of();
  private List<Route> extraRoutes = List.of();

  public BobbinServer(ServerConfig config, ServerMetrics metrics, String appVersion) {
    this(config, metrics, appVersion, Clock.systemUTC());
  }

  /** A server whose token expiries and lockouts follow {@code clock} (tests move it). */
  public BobbinServer(ServerConfig config, ServerMetrics metrics, String appVersion, Clock clock) {
    this.config = config;
    this.metrics = metrics;
    this.appVersion = appVersion;
    this.clock = clock;
  }

  /**
   * Adds routes beside the server's own, guarded like them; for tests that probe the request path.
   * Call before {@link #start()}.
   */
  public void addRoutes(List<Route> routesForTests) {
    this.extraRoutes = List.copyOf(routesForTests);
  }

  /**
   * Opens the database (migrating it), then starts HTTP.
   *
   * @return the port the server listens on
   * @throws IOException if embedded Postgres cannot start
   */
  public int start() throws IOException {
    Database db = Database.open(config, metrics.registry());
    database = Optional.of(db);
    ObjectMapper json = Json.newMapper();
    AuditLog audit = new AuditLog(json);
    AuthModule authModule = new AuthModule(config, db.transactions(), audit, clock);
    auth = Optional.of(authModule);
    routes = routes(db, authModule, audit, json);
    LiveModule liveModule =
        new LiveModule(
            authModule.guard()::organisationOf,
            orgId ->
                db.transactions()
                    .inOrganisation(
                        orgId,
                        c ->
                            Sql.one(
                                    c,
                                    "select version from org_version where org_id = ?",
                                    row -> row.getLong(1),
                                    orgId)
                                .orElse(0L)),
            db::openDedicatedConnection);
    live = Optional.of(liveModule);
    try {
      liveModule.start();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not LISTEN for version changes: " + e.getMessage(), e);
    }
    WebServer server =
        new WebServer(
            authModule.guard().protect(ProtocolCheck.around(routes)),
            List.of(liveModule.route()),
            new WebServer.Options(config.maxBodyBytes(), config.security().corsOrigins()),
            metrics.requestObserver(),
            json);
    web = Optional.of(server);
    try {
      prepareAccounts(authModule);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not prepare accounts: " + e.getMessage(), e);
    }
    int port = server.start(config.port());
    log.info(
        "Bobbin server listening on http://localhost:{} (database: {})", port, db.description());
    return port;
  }

  private void prepareAccounts(AuthModule authModule) throws SQLException {
    if (config.demo()) {
      authModule.demo().ensure();
    }
    Optional<String> setupToken = authModule.bootstrap().setupTokenIfNeeded();
    if (setupToken.isPresent()) {
      log.info(
          "No organisation yet. Create it and its first admin with POST /api/v1/auth/bootstrap"
              + " or the 'bootstrap' command. Setup token (one-time): {}",
          setupToken.get());
    }
  }

  private List<Route> routes(
      Database db, AuthModule authModule, AuditLog audit, ObjectMapper json) {
    List<Route> all = new ArrayList<>();
    all.addAll(new HealthController(db.dataSource(), appVersion, db.schemaVersion()).routes());
    all.addAll(metrics.routes());
    all.addAll(authModule.routes());
    all.addAll(new UserController(authModule.hasher(), authModule.policy(), audit).routes());
    all.addAll(new PrivacyController(audit, clock).routes());
    all.addAll(new PreferencesController(clock).routes());
    all.addAll(new ApiKeyController(audit).routes());
    all.addAll(new AuditController(json).routes());
    all.addAll(new OrganisationController(audit).routes());
    all.addAll(new CustomerController(audit).routes());
    SyncModule sync = new SyncModule(clock);
    all.addAll(sync.routes());
    all.addAll(new ConflictController(sync).routes());
    all.addAll(new BlobController(config.maxBlobBytes()).routes());
    all.addAll(new ReportController(clock).routes());
    InvoiceController invoiceController =
        new InvoiceController(sync.records(), audit, clock, config.mail(), db.transactions());
    invoices = Optional.of(invoiceController);
    all.addAll(invoiceController.routes());
    AiModule ai =
        new AiModule(
            config.ai(),
            config
                .ai()
                .model()
                .<LanguageModel>map(model -> new OpenAiCompatibleModel(model, json))
                .orElse(LanguageModel.none()),
            clock);
    all.addAll(ai.routes());
    all.addAll(new DesignAnalysisController(ai, audit, json, config.maxBlobBytes()).routes());
    all.addAll(new InsightsController(ai, clock, json).routes());
    all.addAll(new AskController(ai, clock, json, config.ai().conversationRetention()).routes());
    all.addAll(new QuoteController(ai, audit, json, clock).routes());
    all.addAll(new QuoteRequestController(db.transactions(), audit, clock).routes());
    all.addAll(extraRoutes);
    return List.copyOf(all);
  }

  /** The accounts module; present once started (tests use it to reach bootstrap). */
  public AuthModule auth() {
    return auth.orElseThrow(() -> new IllegalStateException("Server not started"));
  }

  /** The database; present once started. */
  public Database database() {
    return database.orElseThrow(() -> new IllegalStateException("Server not started"));
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
    live.ifPresent(LiveModule::close);
    live = Optional.empty();
    invoices.ifPresent(InvoiceController::close);
    invoices = Optional.empty();
    auth = Optional.empty();
    if (database.isPresent()) {
      database.get().close();
      database = Optional.empty();
    }
    log.info("Bobbin server stopped");
  }
}
