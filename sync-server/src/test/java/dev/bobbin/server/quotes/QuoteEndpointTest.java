package dev.bobbin.server.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code POST /ai/quote}, {@code GET /quotes} and conversion on a real server and Postgres. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteEndpointTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestServer test;
  private TestServer.Session manager;
  private TestServer.Session designer;
  private TestServer.Session floor;
  private UUID twill;
  private UUID canvas;
  private UUID shirt;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    TestServer.Session admin = test.bootstrap("Quotes", "admin@quotes.example.com");
    manager = test.createUser(admin, Role.MANAGER);
    designer = test.createUser(admin, Role.DESIGNER);
    floor = test.createUser(admin, Role.FLOOR);
    try (Connection c = test.ownerConnection()) {
      QuoteSeed seed = new QuoteSeed(c, admin.orgId());
      twill = seed.item("FAB-TWILL-NAVY", "FABRIC", "#1B2A4A", "M", "4.50", "30");
      canvas = seed.item("FAB-CANVAS-NAVY", "FABRIC", "#1F2A44", "M", "4.40", "100");
      UUID thread = seed.item("THR-NAVY", "THREAD", "#1B2A4A", "M", "0.0125", "100000");
      UUID label = seed.item("LBL-WOVEN", "LABEL", null, "PCS", "0.12", "5000");
      shirt = seed.design("D-001", "Work shirt", twill, "1.2", thread, "150", label, "1");
      UUID workflow = seed.workflow("Garments", "Cutting", "Sewing");
      Instant yesterday = test.clock.instant().minusSeconds(86_400);
      for (long hours : new long[] {10, 2, 8, 4, 6}) {
        seed.finishedStage(shirt, workflow, "Cutting", hours, yesterday);
      }
    }
  }

  @AfterAll
  void stop() throws IOException {
    test.close();
  }

  private TestHttp.Reply quote(TestServer.Session who, String body) throws IOException {
    return test.http.postJson("/api/v1/ai/quote", body, who.accessToken());
  }

  private String shirtQuote(int quantity) {
    return "{\"designId\": \"" + shirt + "\", \"quantity\": " + quantity + "}";
  }

  @Test
  void aDesignIsPricedFromTheOrganisationsOwnCostsWithTheDefaultRules() throws IOException {
    TestHttp.Reply reply = quote(designer, shirtQuote(40));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = JSON.readTree(reply.body());
    assertThat(body.path("engine").asText()).isEqualTo("built-in");
    assertThat(body.has("summary")).isFalse();
    JsonNode price = body.path("quote").path("breakdown");
    // The hand-computed case of QuoteEngineTest, now read from Postgres.
    assertThat(price.path("materials").path("amount").decimalValue()).isEqualByComparingTo("7.395");
    assertThat(price.path("unitPrice").path("amount").decimalValue()).isEqualByComparingTo("19.61");
    assertThat(price.path("total").path("amount").decimalValue()).isEqualByComparingTo("784.40");
    assertThat(price.path("total").path("currency").asText()).isEqualTo("USD");
    assertThat(reply.header("Bobbin-AI-Engine")).contains("built-in");
  }

  @Test
  void deliveryIsLearnedFromFinishedStagesAndShortfallsComeWithAnInStockAlternative()
      throws IOException {
    JsonNode quote = JSON.readTree(quote(manager, shirtQuote(40)).body()).path("quote");

    // Cutting took 2..10 h (p80 8.4 h), Sewing never finished (one day): 32.4 h → 2 days.
    assertThat(quote.path("delivery").path("realistic").asText()).isEqualTo("2026-11-27");
    assertThat(quote.path("delivery").path("stages").get(0).path("samples").asInt()).isEqualTo(5);
    assertThat(quote.path("shortfalls").get(0).path("sku").asText()).isEqualTo("FAB-TWILL-NAVY");
    assertThat(quote.path("suggestions").findValuesAsText("kind"))
        .contains("quantity-break", "alternative-material");
    assertThat(quote.path("suggestions").findValuesAsText("itemId")).contains(canvas.toString());
  }

  @Test
  void aZeroQuantityIsABadRequest() throws IOException {
    TestHttp.Reply reply = quote(manager, shirtQuote(0));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body()).contains("quantity: must be greater than zero");
  }

  @Test
  void aMissingQuantityIsABadRequest() throws IOException {
    TestHttp.Reply reply = quote(manager, "{\"productType\": \"Tote\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("quantity is required");
  }

  @Test
  void anUnknownComplexityIsABadRequestListingTheKnownOnes() throws IOException {
    TestHttp.Reply reply =
        quote(manager, "{\"productType\": \"Tote\", \"quantity\": 5, \"complexity\": \"HARD\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("complexity must be one of [SIMPLE, STANDARD, COMPLEX]");
  }

  @Test
  void anUnknownDesignIsUnprocessable() throws IOException {
    TestHttp.Reply reply =
        quote(manager, "{\"designId\": \"" + UUID.randomUUID() + "\", \"quantity\": 5}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body()).contains("unknown-reference").contains("designId: names no design");
  }

  @Test
  void anUnknownMaterialIsUnprocessable() throws IOException {
    TestHttp.Reply reply =
        quote(
            manager,
            "{\"productType\": \"Tote\", \"quantity\": 5, \"materialItemId\": \""
                + UUID.randomUUID()
                + "\"}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body()).contains("materialItemId: names no item");
  }

  @Test
  void aDeadlineInThePastIsABadRequest() throws IOException {
    TestHttp.Reply reply =
        quote(
            manager, "{\"productType\": \"Tote\", \"quantity\": 5, \"deadline\": \"2026-11-24\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("deadline: must not be in the past");
  }

  @Test
  void floorStaffMayNotQuote() throws IOException {
    assertThat(quote(floor, shirtQuote(5)).status()).isEqualTo(403);
  }

  @Test
  void aSavedQuoteIsAVersionedRowThatIsListed() throws IOException, SQLException {
    TestHttp.Reply reply =
        quote(manager, "{\"designId\": \"" + shirt + "\", \"quantity\": 60, \"save\": true}");

    JsonNode saved = JSON.readTree(reply.body()).path("saved");
    assertThat(saved.path("number").asText()).matches("Q-WEB-\\d{4}");
    assertThat(saved.path("status").asText()).isEqualTo("DRAFT");
    JsonNode listed =
        JSON.readTree(test.http.get("/api/v1/quotes", manager.accessToken()).body()).path("quotes");
    assertThat(listed.findValuesAsText("id")).contains(saved.path("id").asText());
    try (Connection c = test.ownerConnection();
        var ps =
            c.prepareStatement(
                "select q.version, v.version from quote q join org_version v on v.org_id ="
                    + " q.org_id where q.id = ?")) {
      ps.setObject(1, UUID.fromString(saved.path("id").asText()));
      try (var row = ps.executeQuery()) {
        row.next();
        assertThat(row.getLong(1)).isPositive().isLessThanOrEqualTo(row.getLong(2));
      }
    }
  }

  @Test
  void aQuoteBecomesAPlannedOrderWithItsStagesOnceAndOnlyOnce() throws IOException {
    JsonNode saved =
        JSON.readTree(
                quote(
                        manager,
                        "{\"designId\": \"" + shirt + "\", \"quantity\": 25, \"save\": true}")
                    .body())
            .path("saved");
    String path = "/api/v1/quotes/" + saved.path("id").asText() + "/convert";

    TestHttp.Reply first = test.http.postJson(path, "", manager.accessToken());
    TestHttp.Reply second = test.http.postJson(path, "", manager.accessToken());

    assertThat(first.status()).isEqualTo(201);
    JsonNode converted = JSON.readTree(first.body());
    assertThat(converted.path("order").path("status").asText()).isEqualTo("PLANNED");
    assertThat(converted.path("order").path("quantity").asInt()).isEqualTo(25);
    assertThat(converted.path("order").path("number").asText()).matches("PO-WEB-\\d{4}");
    assertThat(converted.path("stages").findValuesAsText("name"))
        .containsExactly("Cutting", "Sewing");
    assertThat(converted.path("quote").path("status").asText()).isEqualTo("CONVERTED");
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.body())
        .contains("already-converted")
        .contains(converted.path("order").path("number").asText());
  }

  @Test
  void aQuoteWithoutADesignCannotBecomeAnOrder() throws IOException {
    JsonNode saved =
        JSON.readTree(
                quote(manager, "{\"productType\": \"Tote\", \"quantity\": 5, \"save\": true}")
                    .body())
            .path("saved");

    TestHttp.Reply reply =
        test.http.postJson(
            "/api/v1/quotes/" + saved.path("id").asText() + "/convert", "", manager.accessToken());

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.body()).contains("has no design");
  }

  @Test
  void designersMayQuoteButNotPlanProduction() throws IOException {
    TestHttp.Reply reply =
        test.http.postJson(
            "/api/v1/quotes/" + UUID.randomUUID() + "/convert", "", designer.accessToken());

    assertThat(reply.status()).isEqualTo(403);
  }
}
