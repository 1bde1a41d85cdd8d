package dev.bobbin.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportEndpointTest {
  private TestServer test;
  private TestServer.Session atelier;
  private TestServer.Session other;
  private TestServer.Session manager;
  private TestServer.Session floor;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    atelier = test.bootstrap("Atelier", "admin@atelier.example.com");
    other = test.addOrganisation("Other works", "admin@other.example.com");
    manager = test.createUser(atelier, Role.MANAGER);
    floor = test.createUser(atelier, Role.FLOOR);
    try (Connection c = test.ownerConnection()) {
      UUID linen = item(c, atelier, "LIN-001", "Linen, \"natural\"", "12.5000");
      ledger(c, atelier, linen, "100", "RECEIVE", "=HYPERLINK(\"x\")", "2026-11-01T10:00:00Z");
      ledger(c, atelier, linen, "-5", "CONSUME", "cut for PO-1", "2026-11-02T10:00:00Z");
      UUID secret = item(c, other, "SECRET-9", "Other's cloth", "99.0000");
      ledger(c, other, secret, "7", "RECEIVE", "not yours", "2026-11-01T11:00:00Z");
    }
  }

  @AfterAll
  void stop() throws IOException {
    test.close();
  }

  private static UUID item(
      Connection c, TestServer.Session org, String sku, String name, String cost)
      throws SQLException {
    UUID id = UUID.randomUUID();
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into item (id, org_id, sku, name, category, unit, unit_cost, currency,"
                + " reorder_point, reorder_quantity, version) values"
                + " (?, ?, ?, ?, 'FABRIC', 'M', ?, 'BDT', 50, 100, 1)")) {
      ps.setObject(1, id);
      ps.setObject(2, org.orgId());
      ps.setString(3, sku);
      ps.setString(4, name);
      ps.setBigDecimal(5, new BigDecimal(cost));
      ps.executeUpdate();
    }
    return id;
  }

  private static void ledger(
      Connection c,
      TestServer.Session org,
      UUID item,
      String qty,
      String reason,
      String note,
      String at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into stock_movement (id, org_id, item_id, quantity, reason, note, user_id, at,"
                + " device_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, 'test', 1)")) {
      ps.setObject(1, UUID.randomUUID());
      ps.setObject(2, org.orgId());
      ps.setObject(3, item);
      ps.setBigDecimal(4, new BigDecimal(qty));
      ps.setString(5, reason);
      ps.setString(6, note);
      ps.setObject(7, org.userId());
      ps.setObject(8, Instant.parse(at).atOffset(ZoneOffset.UTC));
      ps.executeUpdate();
    }
  }

  private static List<CSVRecord> csv(TestHttp.Reply reply) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(reply.body())).getRecords();
  }

  @Test
  void theLedgerHoldsOnlyTheCallersOrganisationWithFormulasNeutralised() throws Exception {
    TestHttp.Reply reply =
        test.http.get("/api/v1/reports/stock-ledger.csv?from=2026-10-01", atelier.accessToken());

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/csv");
    List<CSVRecord> records = csv(reply);
    assertThat(records).hasSize(3);
    assertThat(records.get(0).get(0)).isEqualTo("at_utc");
    assertThat(records.get(1).get(1)).isEqualTo("LIN-001");
    assertThat(records.get(1).get(2)).isEqualTo("Linen, \"natural\"");
    assertThat(records.get(1).get(9)).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(records.get(2).get(5)).isEqualTo("-5.000");
    assertThat(records.get(2).get(6)).isEqualTo("m");
    assertThat(reply.body()).doesNotContain("SECRET-9").doesNotContain("not yours");
  }

  @Test
  void theOtherOrganisationSeesOnlyItsOwn() throws Exception {
    TestHttp.Reply reply =
        test.http.get("/api/v1/reports/inventory-valuation.csv", other.accessToken());
    List<CSVRecord> records = csv(reply);
    assertThat(records).hasSize(2);
    assertThat(records.get(1).get(0)).isEqualTo("SECRET-9");
    assertThat(records.get(1).get(8)).isEqualTo("693.00");
  }

  @Test
  void aManagerGetsTheValuationAsOfAPastDay() throws Exception {
    TestHttp.Reply reply =
        test.http.get(
            "/api/v1/reports/inventory-valuation.csv?asOf=2026-11-01&delimiter=semicolon",
            manager.accessToken());
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().lines().skip(1).findFirst())
        .contains("LIN-001;\"Linen, \"\"natural\"\"\";FABRIC;;m;100.000;12.50;BDT;1250.00");
  }

  @Test
  void aFloorUserIsRefused() throws Exception {
    TestHttp.Reply reply = test.http.get("/api/v1/reports/stock-ledger.csv", floor.accessToken());
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void badParametersAreAProblemNamingThem() throws Exception {
    TestHttp.Reply reply =
        test.http.get(
            "/api/v1/reports/stock-ledger.csv?from=soon&colour=red", atelier.accessToken());
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(test.body(reply).path("detail").asText())
        .contains("from: must be a date")
        .contains("colour: is not a parameter");
  }

  @Test
  void anUnknownReportIsNotFound() throws Exception {
    assertThat(test.http.get("/api/v1/reports/sales.csv", atelier.accessToken()).status())
        .isEqualTo(404);
  }

  @Test
  void everyReportRunsOnPostgres() throws Exception {
    for (var report : dev.bobbin.model.reports.Reports.all()) {
      TestHttp.Reply reply =
          test.http.get(
              "/api/v1/reports/"
                  + report.name()
                  + ".csv?"
                  + (report.parameter("from").isPresent() ? "from=2026-01-01" : ""),
              atelier.accessToken());
      assertThat(reply.status()).as(report.name() + ": " + reply.body()).isEqualTo(200);
      assertThat(csv(reply).get(0).toList()).isEqualTo(report.header());
    }
  }
}
