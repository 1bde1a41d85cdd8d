package dev.bobbin.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.server.auth.DemoOrganisation;
import dev.bobbin.server.config.SecurityConfig;
import dev.bobbin.server.config.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** What the benchmarks that start a real server share: its config, the demo sign-in, the load. */
final class DemoServer {
  private DemoServer() {}

  /**
   * A demo server on embedded Postgres in {@code work}, on a free port.
   *
   * @param pool database connections
   * @param security e.g. with rate limits raised when one user makes thousands of requests
   */
  static ServerConfig config(Path work, int pool, SecurityConfig security) {
    return new ServerConfig(
        0,
        work.resolve("server"),
        Optional.empty(),
        Optional.empty(),
        pool,
        ServerConfig.DEFAULT_MAX_BODY_BYTES,
        ServerConfig.DEFAULT_CONNECT_TIMEOUT,
        true,
        security);
  }

  /** Signs the demo admin in; the answer holds the access token, user and organisation. */
  static JsonNode login(HttpClient http, URI base) throws IOException, InterruptedException {
    String body =
        new ObjectMapper()
            .writeValueAsString(
                Map.of(
                    "email", DemoOrganisation.ADMIN_EMAIL, "password", DemoOrganisation.PASSWORD));
    HttpResponse<String> reply =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(reply.body());
  }

  /** The 1, 5 and 15 minute load averages, or "unknown" off Linux. */
  static String loadAverage() {
    try {
      return String.join(
          " ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" ", 4), 3));
    } catch (IOException e) {
      return "unknown";
    }
  }
}
