package dev.bobbin.server.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import dev.bobbin.server.config.AiConfig;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every AI route is limited per caller, answers with its engine, and lands in the call log. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AiModuleTest {
  private static final String BUILT_IN = "/api/v1/test/ai/built-in";
  private static final String WITH_MODEL = "/api/v1/test/ai/with-model";
  private static final String CALLS = "/api/v1/admin/ai/calls";
  private static final int LIMIT = 3;

  private TestServer test;
  private TestServer.Session admin;

  @BeforeAll
  void start() throws Exception {
    AiModule module =
        new AiModule(
            AiConfig.defaults().withRateLimitPerUser(LIMIT),
            LanguageModel.none(),
            Clock.systemUTC());
    List<Route> routes =
        List.of(
            module.post(BUILT_IN, Access.SIGNED_IN, ctx -> AiReply.builtIn(Map.of("answer", 42))),
            module.get(
                WITH_MODEL,
                Access.SIGNED_IN,
                ctx ->
                    AiReply.of(
                        Map.of("answer", 43),
                        Optional.of(
                            new Completion("Forty-three.", 120, 30, new BigDecimal("0.0021"))))));
    test = new TestServer(security -> security, routes);
    admin = test.bootstrap("Atelier", "admin@atelier.example.com");
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  @Test
  void aCallerGetsTheLimitThenA429WithRetryAfterWhileOthersGoOn() throws Exception {
    TestServer.Session floor = test.createUser(admin, Role.FLOOR);
    TestServer.Session other = test.createUser(admin, Role.FLOOR);
    for (int i = 0; i < LIMIT; i++) {
      TestHttp.Reply ok = test.http.postJson(BUILT_IN, "{}", floor.accessToken());
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.header("Bobbin-AI-Engine")).contains("built-in");
      assertThat(test.body(ok).path("answer").asInt()).isEqualTo(42);
    }

    TestHttp.Reply refused = test.http.postJson(BUILT_IN, "{}", floor.accessToken());

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
    assertThat(test.http.postJson(BUILT_IN, "{}", other.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void adminsReadEachCallWithItsEngineTokensAndCostAndTheTotals() throws Exception {
    TestServer.Session designer = test.createUser(admin, Role.DESIGNER);
    assertThat(test.http.postJson(BUILT_IN, "{}", designer.accessToken()).status()).isEqualTo(200);
    TestHttp.Reply withModel = test.http.get(WITH_MODEL, designer.accessToken());
    assertThat(withModel.header("Bobbin-AI-Engine")).contains("built-in+model");

    JsonNode page = test.body(test.http.get(CALLS + "?limit=500", admin.accessToken()));

    List<JsonNode> mine =
        page.path("calls").findParents("userId").stream()
            .filter(c -> c.path("userId").asText().equals(designer.userId().toString()))
            .toList();
    assertThat(mine).hasSize(2);
    JsonNode modelCall = mine.get(0);
    assertThat(modelCall.path("route").asText()).isEqualTo("/test/ai/with-model");
    assertThat(modelCall.path("engine").asText()).isEqualTo("built-in+model");
    assertThat(modelCall.path("promptTokens").asInt()).isEqualTo(120);
    assertThat(modelCall.path("completionTokens").asInt()).isEqualTo(30);
    assertThat(modelCall.path("cost").decimalValue()).isEqualByComparingTo("0.0021");
    assertThat(modelCall.path("durationMs").asInt()).isNotNegative();
    JsonNode builtIn = mine.get(1);
    assertThat(builtIn.path("engine").asText()).isEqualTo("built-in");
    assertThat(builtIn.path("promptTokens").asInt()).isZero();
    JsonNode totals = page.path("totals");
    assertThat(totals.findValuesAsText("engine")).contains("built-in", "built-in+model");
  }

  @Test
  void onlyAdminsReadTheLogAndNobodyCanRewriteIt() throws Exception {
    TestServer.Session floor = test.createUser(admin, Role.FLOOR);
    assertThat(test.http.postJson(BUILT_IN, "{}", floor.accessToken()).status()).isEqualTo(200);

    assertThat(test.http.get(CALLS, floor.accessToken()).status()).isEqualTo(403);
    assertThat(test.http.get(CALLS + "?limit=0", admin.accessToken()).status()).isEqualTo(400);
    assertThat(test.http.get(CALLS + "?before=soon", admin.accessToken()).status()).isEqualTo(400);
    try (Connection app = test.server.dataSource().getConnection();
        Statement s = app.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("update ai_call set cost = 0"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
    }
  }

  @Test
  void aiRoutesCannotBePublic() {
    AiModule module = new AiModule(AiConfig.defaults(), LanguageModel.none(), Clock.systemUTC());
    assertThatThrownBy(
            () -> module.post("/api/v1/x", Access.PUBLIC, ctx -> AiReply.builtIn(Map.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
