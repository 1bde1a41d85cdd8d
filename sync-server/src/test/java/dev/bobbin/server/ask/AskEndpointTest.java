package dev.bobbin.server.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import dev.bobbin.server.config.AiConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ask Bobbin over a real server and Postgres, on the workshop of {@code AskWorkshop} (the desktop's
 * test builds the same one in H2 and expects the same answers).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AskEndpointTest {
  private static final String ASK = "/api/v1/ai/ask";
  private static final String LOG = "/api/v1/ai/conversations";

  private TestServer test;
  private TestServer.Session atelier;
  private TestServer.Session other;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    atelier = test.bootstrap("Atelier", "admin@atelier.example.com");
    other = test.addOrganisation("Other works", "admin@other.example.com");
    try (Connection c = test.ownerConnection()) {
      new Workshop(c, atelier.orgId()).build();
    }
  }

  @AfterAll
  void stop() throws IOException {
    test.close();
  }

  private JsonNode ask(TestServer.Session who, String question) throws IOException {
    TestHttp.Reply reply =
        test.http.postJson(
            ASK,
            test.json.writeValueAsString(java.util.Map.of("question", question)),
            who.accessToken());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.header("Bobbin-AI-Engine")).contains("built-in");
    return test.body(reply);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          how many red 11-inch balloons do we have | stock | Yes: 100 pcs of Latex balloon (BAL-R11) available (120 on hand, 20 reserved), in Shelf B.
          do we have white satin | stock | Yes: 42.5 m of Satin (SAT-WHT) available (42.5 on hand), in Shelf S.
          what is running low | low_stock | 1 item is below the reorder point; the furthest below: Zip 20 cm (ZIP-20) with 0 pcs of 50.
          which orders are late | late_orders | 2 orders are late: PO-A1-0040 and PO-A1-0041. The oldest, PO-A1-0040 (Market tote), was due Fri 20 Nov and is in progress at Sewing.
          what is blocked | blocked_orders | 1 order has a blocked stage: PO-A1-0041 (Sewing).
          where is po-a1-41 | order_status | PO-A1-0041 (150 × Market tote for Acme Stores) is blocked at Sewing and was due Mon 23 Nov, 2 days ago.
          can we make 300 of TOTE-01 by Friday | feasibility | Not as things stand for 300 × Market tote: 1 material falls short (Canvas by 40 m); the estimate is Tue 8 Dec, after Fri 27 Nov.
          open inventory | navigate | Opening Inventory.
          """)
  void answersFromTheOrganisationsOwnRows(String question, String intent, String text)
      throws Exception {
    JsonNode answer = ask(atelier, question);

    assertThat(answer.path("intent").asText()).isEqualTo(intent);
    assertThat(answer.path("text").asText()).isEqualTo(text);
    assertThat(answer.path("engine").asText()).isEqualTo("built-in");
    assertThat(answer.path("actions")).isNotEmpty();
  }

  @Test
  void aQuickQuoteIsPricedByTheQuoteEngine() throws Exception {
    JsonNode answer = ask(atelier, "quote 200 market totes, complex");

    assertThat(answer.path("intent").asText()).isEqualTo("quote");
    assertThat(answer.path("text").asText())
        .startsWith("A quote for 200 × Market tote (complex): ")
        .contains(" each, ")
        .contains("realistic delivery");
    assertThat(answer.path("figures").findValuesAsText("name")).contains("Unit price", "Total");
    assertThat(answer.path("actions").get(0).path("link").asText())
        .startsWith("bobbin://quotes/new?design=");
  }

  @Test
  void anotherOrganisationSeesNoneOfIt() throws Exception {
    JsonNode answer = ask(other, "do we have white satin");
    assertThat(answer.path("text").asText()).isEqualTo("No item in stock matches \"white satin\".");
    assertThat(ask(other, "which orders are late").path("text").asText())
        .isEqualTo("No open order is past its due date.");
  }

  @Test
  void anUnknownQuestionGetsSuggestionsWithoutAModel() throws Exception {
    JsonNode answer = ask(atelier, "what's the weather like");
    assertThat(answer.path("intent").asText()).isEqualTo("unknown");
    assertThat(answer.path("suggestions")).hasSize(3);
    assertThat(answer.path("figures")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"question": "   "} | must not be blank
          {} | "question" is required
          {"question": "how many", "today": "2020-01-01"} | today must be within a day
          {"question": "how many", "today": "soon"} | today must be a date
          """)
  void badQuestionsAreRefusedWithAClearProblem(String body, String message) throws Exception {
    TestHttp.Reply reply = test.http.postJson(ASK, body, atelier.accessToken());
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(test.body(reply).path("detail").asText()).contains(message);
  }

  @Test
  void aTooLongQuestionIsRefused() throws Exception {
    TestHttp.Reply reply =
        test.http.postJson(
            ASK, "{\"question\":\"" + "a".repeat(501) + "\"}", atelier.accessToken());
    assertThat(reply.status()).isEqualTo(400);
    assertThat(test.body(reply).path("detail").asText()).contains("at most 500");
  }

  @Test
  void askingNeedsASignedInUser() throws Exception {
    assertThat(test.http.postJson(ASK, "{\"question\":\"what is low\"}", null).status())
        .isEqualTo(401);
  }

  @Test
  void eachPersonReadsTheirOwnConversationNewestFirstAndMarksAnswers() throws Exception {
    TestServer.Session me = test.createUser(atelier, Role.FLOOR);
    TestServer.Session colleague = test.createUser(atelier, Role.FLOOR);
    ask(me, "what is running low");
    test.clock.advance(Duration.ofMinutes(1));
    String id = ask(me, "which orders are late").path("id").asText();
    ask(colleague, "what is blocked");

    JsonNode page = test.body(test.http.get(LOG + "?limit=1", me.accessToken()));
    assertThat(page.path("entries")).as(page.toString()).hasSize(1);
    assertThat(page.path("entries").get(0).path("question").asText())
        .isEqualTo("which orders are late");
    assertThat(page.path("entries").get(0).path("answer").path("intent").asText())
        .isEqualTo("late_orders");
    assertThat(page.path("nextOffset").asInt()).isEqualTo(1);
    JsonNode second = test.body(test.http.get(LOG + "?limit=1&offset=1", me.accessToken()));
    assertThat(second.path("entries").get(0).path("question").asText())
        .isEqualTo("what is running low");
    assertThat(second.path("nextOffset").isNull()).isTrue();

    TestHttp.Reply marked =
        test.http.postJson(
            LOG + "/" + id + "/feedback",
            "{\"helpful\":false,\"comment\":\"wanted Acme only\"}",
            me.accessToken());
    assertThat(marked.status()).as(marked.body()).isEqualTo(200);
    assertThat(test.body(marked).path("feedback").path("helpful").asBoolean()).isFalse();
    // They change their mind: the feedback changes, the entry does not.
    JsonNode again =
        test.body(
            test.http.postJson(
                LOG + "/" + id + "/feedback", "{\"helpful\":true}", me.accessToken()));
    assertThat(again.path("feedback").path("helpful").asBoolean()).isTrue();
    assertThat(again.path("question").asText()).isEqualTo("which orders are late");

    assertThat(
            test.http
                .postJson(
                    LOG + "/" + id + "/feedback", "{\"helpful\":true}", colleague.accessToken())
                .status())
        .isEqualTo(404);
    assertThat(test.http.postJson(LOG + "/" + id + "/feedback", "{}", me.accessToken()).status())
        .isEqualTo(400);
    assertThat(test.http.get(LOG + "?limit=0", me.accessToken()).status()).isEqualTo(400);
  }

  @Test
  void entriesCannotBeChangedOrDeletedExceptByThePurge() throws Exception {
    TestServer.Session me = test.createUser(atelier, Role.DESIGNER);
    String id = ask(me, "open inventory").path("id").asText();
    try (Connection owner = test.ownerConnection()) {
      assertThatThrownBy(
              () ->
                  update(owner, "update ask_conversation set question = 'edited' where id = ?", id))
          .hasMessageContaining("cannot be changed");
      assertThatThrownBy(() -> update(owner, "delete from ask_conversation where id = ?", id))
          .hasMessageContaining("only by the retention purge");
    }
  }

  @Test
  void erasingAPersonErasesTheirQuestions() throws Exception {
    TestServer.Session me = test.createUser(atelier, Role.FLOOR);
    ask(me, "do we have white satin");
    assertThat(entriesOf(me.userId())).isEqualTo(1);

    TestHttp.Reply erased =
        test.http.postJson(
            "/api/v1/admin/users/" + me.userId() + "/erase", "{}", atelier.accessToken());

    assertThat(erased.status()).as(erased.body()).isEqualTo(200);
    assertThat(entriesOf(me.userId())).isZero();
  }

  private long entriesOf(UUID user) throws SQLException {
    try (Connection owner = test.ownerConnection();
        PreparedStatement count =
            owner.prepareStatement("select count(*) from ask_conversation where user_id = ?")) {
      count.setObject(1, user);
      try (var row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void entriesOlderThanTheRetentionArePurgedWhenANewOneIsWritten() throws Exception {
    TestServer.Session me = test.createUser(atelier, Role.MANAGER);
    ask(me, "what is blocked");
    // Last of the class: the clock does not come back.
    test.clock.advance(AiConfig.DEFAULT_CONVERSATION_RETENTION.plusDays(1));
    me = test.login(me.email(), TestServer.PASSWORD);
    ask(me, "open inventory");

    JsonNode page = test.body(test.http.get(LOG, me.accessToken()));
    assertThat(page.path("entries")).hasSize(1);
    assertThat(page.path("entries").get(0).path("question").asText()).isEqualTo("open inventory");
  }

  private static void update(Connection c, String sql, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, UUID.fromString(id));
      ps.executeUpdate();
    }
  }

  /** The workshop's rows, written as the owner (the sync path is tested elsewhere). */
  static final class Workshop {
    private final Connection c;
    private final UUID org;

    Workshop(Connection c, UUID org) {
      this.c = c;
      this.org = org;
    }

    void build() throws SQLException {
      UUID acme = id();
      insert(
          "insert into customer (id, org_id, name, version) values (?, ?, 'Acme Stores', 1)",
          acme,
          org);
      UUID balloon =
          item("BAL-R11", "Latex balloon", "BALLOON", "Red", "11\"", "PCS", "0.08", "120", "50");
      item("SAT-WHT", "Satin", "FABRIC", "White", "150 cm wide", "M", "5.20", "42.5", "20");
      item("SAT-IVR", "Satin", "FABRIC", "Ivory", "150 cm wide", "M", "5.20", "10", "5");
      UUID canvas = item("CAN-NAT", "Canvas", "FABRIC", "Natural", null, "M", "4.00", "200", "100");
      item("ZIP-20", "Zip 20 cm", "TRIM", "Black", null, "PCS", "0.40", "0", "50");
      UUID tote = id();
      insert(
          "insert into design (id, org_id, code, name, customer_id, status, version)"
              + " values (?, ?, 'TOTE-01', 'Market tote', ?, 'APPROVED', 1)",
          tote,
          org,
          acme);
      insert(
          "insert into design_bom_line (org_id, design_id, position, item_id, quantity_per_unit,"
              + " version) values (?, ?, 0, ?, 0.8, 1)",
          org,
          tote,
          canvas);
      UUID workflow = id();
      insert(
          "insert into workflow_template (id, org_id, name, version) values (?, ?, 'Garments', 1)",
          workflow,
          org);
      String[] stageNames = {"Cutting", "Sewing", "Finishing", "Packing"};
      for (int i = 0; i < stageNames.length; i++) {
        insert(
            "insert into workflow_stage_template (org_id, workflow_template_id, sequence, name,"
                + " consumes_materials, version) values (?, ?, ?, ?, false, 1)",
            org,
            workflow,
            i,
            stageNames[i]);
      }
      UUID late = order("PO-A1-0040", tote, acme, workflow, 200, "2026-11-20", "IN_PROGRESS");
      stages(late, "DONE:24", "IN_PROGRESS", "PENDING", "PENDING");
      insert(
          "insert into reservation (id, org_id, item_id, production_order_id, quantity, version)"
              + " values (?, ?, ?, ?, 20, 1)",
          id(),
          org,
          balloon,
          late);
      UUID blocked = order("PO-A1-0041", tote, acme, workflow, 150, "2026-11-23", "IN_PROGRESS");
      stages(blocked, "DONE:48", "BLOCKED", "PENDING", "PENDING");
      UUID done = order("PO-A1-0030", tote, acme, workflow, 50, "2026-11-01", "DONE");
      stages(done, "DONE:24", "DONE:72", "DONE:24", "DONE:12");
    }

    private UUID item(
        String sku,
        String name,
        String category,
        String colour,
        String size,
        String unit,
        String cost,
        String onHand,
        String reorder)
        throws SQLException {
      UUID id = id();
      insert(
          "insert into item (id, org_id, sku, name, category, colour_name, size, unit, location,"
              + " unit_cost, currency, reorder_point, reorder_quantity, version)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, 1)",
          id,
          org,
          sku,
          name,
          category,
          colour,
          size,
          unit,
          "Shelf " + sku.charAt(0),
          new BigDecimal(cost),
          new BigDecimal(reorder),
          new BigDecimal(reorder));
      insert(
          "insert into item_balance (item_id, org_id, on_hand, version) values (?, ?, ?, 1)",
          id,
          org,
          new BigDecimal(onHand));
      return id;
    }

    private UUID order(
        String number,
        UUID design,
        UUID customer,
        UUID workflow,
        int quantity,
        String due,
        String status)
        throws SQLException {
      UUID id = id();
      insert(
          "insert into production_order (id, org_id, number, design_id, customer_id,"
              + " workflow_template_id, quantity, due_date, priority, status, version)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, 'NORMAL', ?, 1)",
          id,
          org,
          number,
          design,
          customer,
          workflow,
          quantity,
          java.time.LocalDate.parse(due),
          status);
      return id;
    }

    /** One stage per argument: a status, {@code DONE:<hours>} for a finished one. */
    private void stages(UUID order, String... stages) throws SQLException {
      String[] names = {"Cutting", "Sewing", "Finishing", "Packing"};
      Instant start = Instant.parse("2026-11-02T08:00:00Z");
      for (int i = 0; i < stages.length; i++) {
        String[] parts = stages[i].split(":", -1);
        boolean finished = parts.length == 2;
        Instant end = finished ? start.plus(Duration.ofHours(Long.parseLong(parts[1]))) : null;
        insert(
            "insert into production_stage (id, org_id, order_id, sequence, name, status,"
                + " started_at, finished_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 1)",
            id(),
            org,
            order,
            i,
            names[i],
            parts[0],
            finished ? start.atOffset(ZoneOffset.UTC) : null,
            end == null ? null : end.atOffset(ZoneOffset.UTC));
        if (end != null) {
          start = end;
        }
      }
    }

    private void insert(String sql, Object... params) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        ps.executeUpdate();
      }
    }

    private static UUID id() {
      return UUID.randomUUID();
    }
  }
}
