package dev.bobbin.server.health;

import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers load balancers and monitors: is this instance able to serve? */
public final class HealthController {
  private static final Logger log = LoggerFactory.getLogger(HealthController.class);
  private static final int QUERY_TIMEOUT_SECONDS = 5;

  private final DataSource dataSource;
  private final String appVersion;
  private final String schemaVersion;

  public HealthController(DataSource dataSource, String appVersion, String schemaVersion) {
    this.dataSource = dataSource;
    this.appVersion = appVersion;
    this.schemaVersion = schemaVersion;
  }

  public List<Route> routes() {
    return List.of(Route.get(Route.API + "/health", Access.PUBLIC, this::health));
  }

  private void health(Context ctx) {
    HealthReport report = check();
    // 503 lets a load balancer take this instance out of rotation while its database is away.
    ctx.status(report.up() ? 200 : 503).json(report);
  }

  HealthReport check() {
    long start = System.nanoTime();
    boolean reachable = databaseAnswers();
    long latencyMs = (System.nanoTime() - start) / 1_000_000;
    return new HealthReport(
        reachable ? "UP" : "DOWN",
        appVersion,
        schemaVersion,
        new HealthReport.DatabaseCheck(reachable, latencyMs));
  }

  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      statement.execute("select 1");
      return true;
    } catch (SQLException e) {
      log.warn("Health check: database unreachable: {}", e.getMessage());
      return false;
    }
  }
}
