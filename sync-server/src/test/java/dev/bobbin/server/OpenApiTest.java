package dev.bobbin.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.metrics.ServerMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code docs/api/openapi.yaml} describes exactly the routes the server registers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {
  // Surefire runs in the module folder; the document lives at the repository root.
  private static final Path OPENAPI = Path.of("..", "docs", "api", "openapi.yaml");
  private static final List<String> HTTP_METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private ServerMetrics metrics;
  private BobbinServer server;
  private JsonNode paths;

  @BeforeAll
  void start(@TempDir Path dataDir) throws IOException {
    metrics = new ServerMetrics();
    server = new BobbinServer(TestPostgres.serverConfig(dataDir), metrics, "dev");
    server.start();
    paths = new YAMLMapper().readTree(OPENAPI.toFile()).path("paths");
  }

  @AfterAll
  void stop() throws IOException {
    server.close();
    metrics.close();
  }

  @Test
  void everyRegisteredRouteIsDocumented() {
    assertThat(server.routes()).isNotEmpty();
    for (Route route : server.routes()) {
      assertThat(
              paths
                  .path(openApiPath(route.path()))
                  .has(route.method().name().toLowerCase(Locale.ROOT)))
          .as("%s documented in %s", route.key(), OPENAPI)
          .isTrue();
    }
  }

  @Test
  void everyDocumentedOperationIsServed() {
    List<String> served = server.routes().stream().map(OpenApiTest::openApiKey).toList();
    assertThat(documentedOperations()).containsExactlyInAnyOrderElementsOf(served);
  }

  @Test
  void javalinRegisteredExactlyTheRouteTable() {
    assertThat(server.registeredRoutes())
        .containsExactlyInAnyOrderElementsOf(server.routes().stream().map(Route::key).toList());
  }

  private List<String> documentedOperations() {
    List<String> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (String method : HTTP_METHODS) {
        if (path.getValue().has(method)) {
          operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    return operations;
  }

  private static String openApiKey(Route route) {
    return route.method().name() + " " + openApiPath(route.path());
  }

  // Javalin writes path parameters as {id} or <id>; OpenAPI only as {id}.
  private static String openApiPath(String javalinPath) {
    return javalinPath.replace('<', '{').replace('>', '}');
  }
}
