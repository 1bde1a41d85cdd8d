package dev.bobbin.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.auth.Bootstrap;
import dev.bobbin.server.config.ExternalDatabase;
import dev.bobbin.server.config.SecurityConfig;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.metrics.ServerMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A real server on a fresh database of the shared test Postgres, reached over real HTTP, with a
 * clock the test controls and helpers to bootstrap organisations and sign users in.
 */
public final class TestServer implements AutoCloseable {
  public static final String SETUP_TOKEN = "test-setup-token-0123456789";
  public static final String PASSWORD = "spindle-lantern-93";

  public final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
  public final ObjectMapper json = new ObjectMapper();
  public final BobbinServer server;
  public final TestHttp http;
  public final ServerConfig config;
  private final ServerMetrics metrics = new ServerMetrics();
  private final Path dataDir;

  /** A signed-in user of a test organisation. */
  public record Session(
      UUID userId, UUID orgId, String email, String accessToken, String refreshToken) {}

  public TestServer() {
    this(security -> security);
  }

  /** A server whose security settings {@code tweak} adjusts (rate limits, lockout…). */
  public TestServer(UnaryOperator<SecurityConfig> tweak) {
    this(tweak, List.of());
  }

  /** As above, with extra routes that probe the request path. */
  public TestServer(UnaryOperator<SecurityConfig> tweak, List<Route> extraRoutes) {
    this(tweak, extraRoutes, config -> config);
  }

  /** A server whose whole configuration {@code configTweak} adjusts (pool, e-mail, AI…). */
  public static TestServer configured(UnaryOperator<ServerConfig> configTweak) {
    return new TestServer(security -> security, List.of(), configTweak);
  }

  private TestServer(
      UnaryOperator<SecurityConfig> tweak,
      List<Route> extraRoutes,
      UnaryOperator<ServerConfig> configTweak) {
    try {
      dataDir = Files.createTempDirectory("bobbin-test");
      ServerConfig base = TestPostgres.serverConfig(dataDir);
      SecurityConfig security =
          tweak.apply(
              base.security()
                  .withBootstrapToken(SETUP_TOKEN)
                  // Tests sign in far more often per minute than people do.
                  .withRateLimits(100_000, 100_000, 100_000));
      config = configTweak.apply(base.withSecurity(security));
      server = new BobbinServer(config, metrics, "dev", clock);
      server.addRoutes(extraRoutes);
      http = new TestHttp(server.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bootstraps the server's first organisation; its admin is signed in. */
  public Session bootstrap(String organisation, String adminEmail) throws IOException {
    TestHttp.Reply reply =
        http.postJson(
            "/api/v1/auth/bootstrap",
            json.writeValueAsString(
                java.util.Map.of(
                    "token", SETUP_TOKEN,
                    "organisationName", organisation,
                    "email", adminEmail,
                    "displayName", "Admin of " + organisation,
                    "password", PASSWORD)),
            null);
    return session(reply, 201);
  }

  /** Another organisation on the same server, as an operator adds one from the command line. */
  public Session addOrganisation(String organisation, String adminEmail) throws Exception {
    server
        .auth()
        .bootstrap()
        .addOrganisation(
            new Bootstrap.FirstAdmin(organisation, adminEmail, "Admin of " + organisation),
            PASSWORD);
    return login(adminEmail, PASSWORD);
  }

  /** Creates a user through the admin API and signs them in. */
  public Session createUser(Session admin, Role role) throws IOException {
    String email =
        role.name().toLowerCase(Locale.ROOT)
            + "-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "@example.com";
    TestHttp.Reply reply =
        http.postJson(
            "/api/v1/admin/users",
            json.writeValueAsString(
                java.util.Map.of(
                    "email",
                    email,
                    "displayName",
                    "A " + role,
                    "role",
                    role.name(),
                    "password",
                    PASSWORD)),
            admin.accessToken());
    if (reply.status() != 201) {
      throw new IllegalStateException("Creating a user failed: " + reply);
    }
    return login(email, PASSWORD);
  }

  public Session login(String email, String password) throws IOException {
    return session(loginReply(email, password), 200);
  }

  public TestHttp.Reply loginReply(String email, String password) throws IOException {
    return http.postJson(
        "/api/v1/auth/login",
        json.writeValueAsString(java.util.Map.of("email", email, "password", password)),
        null);
  }

  public JsonNode body(TestHttp.Reply reply) throws IOException {
    return json.readTree(reply.body());
  }

  private Session session(TestHttp.Reply reply, int expected) throws IOException {
    if (reply.status() != expected) {
      throw new IllegalStateException("Expected " + expected + " but got " + reply);
    }
    JsonNode body = body(reply);
    return new Session(
        UUID.fromString(body.path("user").path("id").asText()),
        UUID.fromString(body.path("organisation").path("id").asText()),
        body.path("user").path("email").asText(),
        body.path("accessToken").asText(),
        body.path("refreshToken").asText());
  }

  /** A connection as the database owner (a superuser here), which row-level security ignores. */
  public java.sql.Connection ownerConnection() throws java.sql.SQLException {
    ExternalDatabase owner = config.migrationDatabase().orElseThrow();
    return java.sql.DriverManager.getConnection(owner.jdbcUrl(), owner.user().orElseThrow(), "");
  }

  @Override
  public void close() throws IOException {
    server.close();
    metrics.close();
  }
}
