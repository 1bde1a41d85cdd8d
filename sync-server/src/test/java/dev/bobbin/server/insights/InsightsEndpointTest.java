package dev.bobbin.server.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.server.TestServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A workshop with 30 m of fabric, a design taking 1 m a unit, two finished cutting runs as history
 * (10 units in 90 min, 20 in 120: 60 min of setup) and two open orders of 20 waiting for cutting,
 * one of them overdue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsEndpointTest {
  private static final String PATH = "/api/v1/ai/insights";

  private TestServer test;
  private int organisations;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  @Test
  void answersReadinessBlockersAndBatchesFromTheOrganisationsData() throws Exception {
    TestServer.Session admin = workshop();

    JsonNode body = get(admin);

    assertThat(body.path("engine").asText()).isEqualTo("built-in");
    JsonNode readiness = body.path("readiness");
    assertThat(readiness.path("openOrders").asInt()).isEqualTo(2);
    assertThat(readiness.path("readyOrders").asInt()).isEqualTo(1);
    assertThat(readiness.path("share").asDouble()).isCloseTo(0.5, within(1e-9));
    assertThat(readiness.path("waiting").get(0).path("orderNumber").asText()).isEqualTo("PO-B");
    JsonNode blocker = body.path("blockers").get(0);
    assertThat(blocker.path("kind").asText()).isEqualTo("OVERDUE");
    assertThat(blocker.path("orderNumber").asText()).isEqualTo("PO-A");
    assertThat(blocker.path("severity").asInt()).isEqualTo(55);
    JsonNode batch = body.path("batches").get(0);
    assertThat(batch.path("stageName").asText()).isEqualTo("Cutting");
    assertThat(batch.path("minutesSaved").asLong()).isEqualTo(60);
  }

  @Test
  void aSecondCallIsAnsweredFromTheCache() throws Exception {
    TestServer.Session admin = workshop();

    JsonNode first = get(admin);
    JsonNode second = get(admin);

    assertThat(first.path("cached").asBoolean()).isFalse();
    assertThat(second.path("cached").asBoolean()).isTrue();
    assertThat(second.path("computedAt")).isEqualTo(first.path("computedAt"));
    assertThat(second.path("readiness")).isEqualTo(first.path("readiness"));
  }

  @Test
  void theCachedAnswerExpires() throws Exception {
    TestServer.Session admin = workshop();
    JsonNode first = get(admin);

    test.clock.advance(InsightsController.TIME_TO_LIVE.plusSeconds(1));
    JsonNode later = get(admin);

    assertThat(later.path("cached").asBoolean()).isFalse();
    assertThat(later.path("computedAt")).isNotEqualTo(first.path("computedAt"));
  }

  @Test
  void aChangeToTheOrganisationsDataInvalidatesTheCache() throws Exception {
    TestServer.Session admin = workshop();
    JsonNode before = get(admin);
    assertThat(get(admin).path("cached").asBoolean()).isTrue();

    try (Connection c = test.ownerConnection()) {
      order(c, admin.orgId(), "PO-C", 5, "2026-12-24", "PLANNED", UUID.randomUUID());
    }
    JsonNode after = get(admin);

    assertThat(after.path("cached").asBoolean()).isFalse();
    assertThat(after.path("version").asLong()).isGreaterThan(before.path("version").asLong());
    assertThat(after.path("readiness").path("openOrders").asInt()).isEqualTo(3);
  }

  private JsonNode get(TestServer.Session who) throws IOException {
    var reply = test.http.get(PATH, who.accessToken());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return test.body(reply);
  }

  /** A fresh organisation holding the workshop described above. */
  private TestServer.Session workshop() throws Exception {
    organisations++;
    TestServer.Session admin =
        organisations == 1
            ? test.bootstrap("Workshop 1", "admin@workshop1.example.com")
            : test.addOrganisation(
                "Workshop " + organisations, "admin@workshop" + organisations + ".example.com");
    UUID org = admin.orgId();
    UUID fabric = UUID.randomUUID();
    UUID design = UUID.randomUUID();
    try (Connection c = test.ownerConnection()) {
      long v = nextVersion(c, org);
      execute(
          c,
          "insert into item (id, org_id, sku, name, category, unit, unit_cost, currency, version)"
              + " values (?, ?, 'FAB-1', 'Canvas', 'FABRIC', 'M', 2, 'USD', ?)",
          fabric,
          org,
          v);
      execute(
          c,
          "insert into item_balance (item_id, org_id, on_hand, version) values (?, ?, ?, ?)",
          fabric,
          org,
          new BigDecimal("30"),
          v);
      execute(
          c,
          "insert into design (id, org_id, code, name, status, version)"
              + " values (?, ?, 'TOTE', 'Tote bag', 'APPROVED', ?)",
          design,
          org,
          v);
      execute(
          c,
          "insert into design_bom_line (org_id, design_id, position, item_id, quantity_per_unit,"
              + " version) values (?, ?, 0, ?, 1, ?)",
          org,
          design,
          fabric,
          v);
      UUID history1 = order(c, org, "H-1", 10, "2026-10-01", "DONE", design);
      stage(c, org, history1, "DONE", Instant.parse("2026-10-01T08:00:00Z"), 90);
      UUID history2 = order(c, org, "H-2", 20, "2026-10-02", "DONE", design);
      stage(c, org, history2, "DONE", Instant.parse("2026-10-02T08:00:00Z"), 120);
      stage(c, org, order(c, org, "PO-A", 20, "2026-11-20", "PLANNED", design), "PENDING", null, 0);
      stage(c, org, order(c, org, "PO-B", 20, "2026-12-20", "PLANNED", design), "PENDING", null, 0);
    }
    return admin;
  }

  private static UUID order(
      Connection c, UUID org, String number, int quantity, String due, String status, UUID design)
      throws SQLException {
    UUID id = UUID.randomUUID();
    execute(
        c,
        "insert into production_order (id, org_id, number, design_id, workflow_template_id,"
            + " quantity, due_date, priority, status, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, 'NORMAL', ?, ?)",
        id,
        org,
        number,
        design,
        UUID.randomUUID(),
        quantity,
        LocalDate.parse(due),
        status,
        nextVersion(c, org));
    return id;
  }

  private static void stage(
      Connection c, UUID org, UUID order, String status, Instant started, int minutes)
      throws SQLException {
    execute(
        c,
        "insert into production_stage (id, org_id, order_id, sequence, name, consumes_materials,"
            + " status, started_at, finished_at, version)"
            + " values (?, ?, ?, 0, 'Cutting', true, ?, ?, ?, ?)",
        UUID.randomUUID(),
        org,
        order,
        status,
        started == null ? null : OffsetDateTime.ofInstant(started, ZoneOffset.UTC),
        started == null
            ? null
            : OffsetDateTime.ofInstant(started.plus(Duration.ofMinutes(minutes)), ZoneOffset.UTC),
        nextVersion(c, org));
  }

  /** Bumps the organisation's version as every server-side write does. */
  private static long nextVersion(Connection c, UUID org) throws SQLException {
    try (PreparedStatement bump =
        c.prepareStatement(
            "update org_version set version = version + 1 where org_id = ? returning version")) {
      bump.setObject(1, org);
      try (ResultSet row = bump.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static void execute(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      statement.executeUpdate();
    }
  }
}
