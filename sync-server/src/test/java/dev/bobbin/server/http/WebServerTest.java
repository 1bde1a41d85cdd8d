package dev.bobbin.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.security.Access;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Error mapping and limits, on a real Javalin with routes made for the test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebServerTest {
  private static final long MAX_BODY = 2_048;
  private final ObjectMapper json = new ObjectMapper();
  private WebServer server;
  private TestHttp http;

  @BeforeAll
  void start() {
    List<Route> routes =
        List.of(
            Route.get(
                "/boom",
                Access.PUBLIC,
                ctx -> {
                  throw new IllegalStateException("secret internals");
                }),
            Route.get(
                "/refused",
                Access.PUBLIC,
                ctx -> {
                  throw new ProblemException(
                      409, "stage-transition", "Transition not allowed", "Stage is cancelled");
                }),
            Route.post("/echo", Access.PUBLIC, ctx -> ctx.json(ctx.bodyAsClass(Map.class))));
    server =
        new WebServer(
            routes,
            new WebServer.Options(MAX_BODY, List.of()),
            (method, route, status, duration) -> {},
            Json.newMapper());
    http = new TestHttp(server.start(0));
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  @Test
  void unknownRouteIs404ProblemJson() throws Exception {
    TestHttp.Reply reply = http.get("/api/v1/nope");

    assertProblem(reply, 404, "about:blank", "Not Found");
  }

  @Test
  void unexpectedExceptionIs500WithAGenericDetailAndNoStackTrace() throws Exception {
    TestHttp.Reply reply = http.get("/boom");

    JsonNode problem = assertProblem(reply, 500, "about:blank", "Internal Server Error");
    assertThat(problem.path("detail").asText()).isEqualTo(ErrorMapping.INTERNAL_DETAIL);
    assertThat(reply.body()).doesNotContain("secret internals", "IllegalStateException", "at ");
  }

  @Test
  void problemExceptionKeepsItsStatusTypeAndDetail() throws Exception {
    TestHttp.Reply reply = http.get("/refused");

    JsonNode problem =
        assertProblem(reply, 409, "urn:bobbin:problem:stage-transition", "Transition not allowed");
    assertThat(problem.path("detail").asText()).isEqualTo("Stage is cancelled");
  }

  @Test
  void bodyOverTheLimitIs413ProblemJson() throws Exception {
    String big = "{\"a\":\"" + "x".repeat((int) MAX_BODY) + "\"}";

    TestHttp.Reply reply = post(big);

    JsonNode problem = assertProblem(reply, 413, "about:blank", "Content Too Large");
    assertThat(problem.path("detail").asText()).contains("limit of 2048 bytes");
  }

  @Test
  void malformedJsonIs400ProblemJson() throws Exception {
    TestHttp.Reply reply = post("{not json");

    assertProblem(reply, 400, "about:blank", "Bad Request");
  }

  @Test
  void bodyWithinTheLimitIsAccepted() throws Exception {
    TestHttp.Reply reply = post("{\"a\":1}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"a\":1}");
  }

  private TestHttp.Reply post(String body) throws Exception {
    return http.send(
        new Request.Builder()
            .url(http.url("/echo"))
            .post(RequestBody.create(body, okhttp3.MediaType.get("application/json")))
            .build());
  }

  private JsonNode assertProblem(TestHttp.Reply reply, int status, String type, String title)
      throws Exception {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith(Problem.CONTENT_TYPE);
    JsonNode problem = json.readTree(reply.body());
    assertThat(problem.path("type").asText()).isEqualTo(type);
    assertThat(problem.path("title").asText()).isEqualTo(title);
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("detail").asText()).isNotBlank();
    return problem;
  }
}
