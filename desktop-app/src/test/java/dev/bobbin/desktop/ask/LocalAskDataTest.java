package dev.bobbin.desktop.ask;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.model.ask.AskEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The desktop answers from its H2 store exactly as the server answers from Postgres: the same
 * workshop as the server's {@code AskEndpointTest}, the same questions, the same sentences.
 */
class LocalAskDataTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  LocalData data;
  AskEngine engine;

  @BeforeEach
  void open() {
    data = LocalData.open(dir, CLOCK);
    data.store().runInTransaction(s -> s.doWork(c -> new Workshop(c).build()));
    // As the command bar builds it, and as the server does: quotes and delivery by the QuoteEngine.
    engine = new AskEngine(new LocalAskData(data.store(), CLOCK), data.quoteService()::price);
  }

  @AfterEach
  void close() {
    data.close();
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
  void answersAsTheServerDoes(String question, String intent, String text) {
    var answer = engine.answer(question, LocalDate.now(CLOCK));

    assertThat(answer.intent().key()).isEqualTo(intent);
    assertThat(answer.text()).isEqualTo(text);
  }

  @Test
  void aQuickQuoteIsPricedByTheLocalQuoteEngine() {
    var answer =
        new AskEngine(new LocalAskData(data.store(), CLOCK), data.quoteService()::price)
            .answer("quote 200 market totes, complex", LocalDate.now(CLOCK));

    assertThat(answer.text())
        .startsWith("A quote for 200 × Market tote (complex): ")
        .contains(" each, ")
        .contains("realistic delivery");
  }

  @Test
  void theLogKeepsEachQuestionAndTheLatestMark() {
    AskLog log = new AskLog(data.store());
    UUID id = UUID.randomUUID();
    log.record(
        id,
        java.util.Optional.empty(),
        "what is blocked",
        "blocked_orders",
        "1 order",
        CLOCK.instant());
    log.mark(id, false, CLOCK.instant());
    log.mark(id, true, CLOCK.instant());

    assertThat(log.recent(5))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.question()).isEqualTo("what is blocked");
              assertThat(e.helpful()).contains(true);
            });
  }

  @Test
  void entriesOlderThanTheRetentionGoWhenANewOneIsWritten() {
    AskLog log = new AskLog(data.store());
    Instant now = CLOCK.instant();
    log.record(
        UUID.randomUUID(),
        java.util.Optional.empty(),
        "old",
        "navigate",
        "Opening Inventory.",
        now.minus(AskLog.RETENTION).minus(Duration.ofDays(1)));
    log.record(
        UUID.randomUUID(),
        java.util.Optional.empty(),
        "new",
        "navigate",
        "Opening Inventory.",
        now);

    assertThat(log.recent(5)).extracting(AskLog.Entry::question).containsExactly("new");
  }

  /** The workshop of the server's test, row for row. */
  private static final class Workshop {
    private final Connection c;

    Workshop(Connection c) {
      this.c = c;
    }

    void build() throws SQLException {
      UUID acme = UUID.randomUUID();
      insert("INSERT INTO customer (id, name) VALUES (?, 'Acme Stores')", acme);
      UUID balloon =
          item("BAL-R11", "Latex balloon", "BALLOON", "Red", "11\"", "PCS", "0.08", "120", "50");
      item("SAT-WHT", "Satin", "FABRIC", "White", "150 cm wide", "M", "5.20", "42.5", "20");
      item("SAT-IVR", "Satin", "FABRIC", "Ivory", "150 cm wide", "M", "5.20", "10", "5");
      UUID canvas = item("CAN-NAT", "Canvas", "FABRIC", "Natural", null, "M", "4.00", "200", "100");
      item("ZIP-20", "Zip 20 cm", "TRIM", "Black", null, "PCS", "0.40", "0", "50");
      UUID tote = UUID.randomUUID();
      insert(
          "INSERT INTO design (id, code, name, customer_id, status) VALUES (?, 'TOTE-01', 'Market tote', ?, 'APPROVED')",
          tote,
          acme);
      insert(
          "INSERT INTO design_bom_line (design_id, line_no, item_id, quantity_per_unit) VALUES (?, 0, ?, 0.8)",
          tote,
          canvas);
      UUID workflow = UUID.randomUUID();
      insert("INSERT INTO workflow_template (id, name) VALUES (?, 'Garments')", workflow);
      String[] stageNames = {"Cutting", "Sewing", "Finishing", "Packing"};
      for (int i = 0; i < stageNames.length; i++) {
        insert(
            "INSERT INTO workflow_stage_template (workflow_template_id, sequence, name,"
                + " consumes_materials) VALUES (?, ?, ?, FALSE)",
            workflow,
            i,
            stageNames[i]);
      }
      UUID late = order("PO-A1-0040", tote, acme, workflow, 200, "2026-11-20", "IN_PROGRESS");
      stages(late, "DONE:24", "IN_PROGRESS", "PENDING", "PENDING");
      insert(
          "INSERT INTO reservation (id, item_id, production_order_id, quantity, released) VALUES (?, ?, ?, 20, FALSE)",
          UUID.randomUUID(),
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
      UUID id = UUID.randomUUID();
      insert(
          "INSERT INTO item (id, sku, name, category, colour_name, size, unit, location,"
              + " unit_cost_amount, unit_cost_currency, reorder_point, reorder_quantity)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?)",
          id,
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
          "INSERT INTO item_balance (item_id, on_hand, updated_at) VALUES (?, ?, ?)",
          id,
          new BigDecimal(onHand),
          CLOCK.instant().atOffset(ZoneOffset.UTC));
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
      UUID id = UUID.randomUUID();
      insert(
          "INSERT INTO production_order (id, number, design_id, customer_id, workflow_template_id,"
              + " quantity, due_date, priority, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'NORMAL', ?)",
          id,
          number,
          design,
          customer,
          workflow,
          quantity,
          LocalDate.parse(due),
          status);
      return id;
    }

    private void stages(UUID order, String... stages) throws SQLException {
      String[] names = {"Cutting", "Sewing", "Finishing", "Packing"};
      Instant start = Instant.parse("2026-11-02T08:00:00Z");
      for (int i = 0; i < stages.length; i++) {
        String[] parts = stages[i].split(":", -1);
        boolean finished = parts.length == 2;
        Instant end = finished ? start.plus(Duration.ofHours(Long.parseLong(parts[1]))) : null;
        insert(
            "INSERT INTO production_stage (id, order_id, sequence, name, consumes_materials, status,"
                + " started_at, finished_at, quantity_done, quantity_rejected)"
                + " VALUES (?, ?, ?, ?, FALSE, ?, ?, ?, 0, 0)",
            UUID.randomUUID(),
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
  }
}
