package dev.bobbin.server.quotes;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Rows of one organisation written straight into Postgres (as the owner) for quote tests. */
final class QuoteSeed {
  private final Connection c;
  private final UUID orgId;

  QuoteSeed(Connection c, UUID orgId) {
    this.c = c;
    this.orgId = orgId;
  }

  UUID item(String sku, String category, String hex, String unit, String cost, String onHand)
      throws SQLException {
    UUID id = UUID.randomUUID();
    run(
        "insert into item (id, org_id, sku, name, category, colour_hex, unit, unit_cost, currency,"
            + " version) values (?, ?, ?, ?, ?, ?, ?, ?, 'USD', 1)",
        id,
        orgId,
        sku,
        sku.toLowerCase(java.util.Locale.ROOT),
        category,
        hex,
        unit,
        new BigDecimal(cost));
    run(
        "insert into item_balance (item_id, org_id, on_hand, version) values (?, ?, ?, 1)",
        id,
        orgId,
        new BigDecimal(onHand));
    return id;
  }

  UUID design(String code, String name, Object... itemAndQuantity) throws SQLException {
    UUID id = UUID.randomUUID();
    run(
        "insert into design (id, org_id, code, name, status, version) values (?, ?, ?, ?,"
            + " 'APPROVED', 1)",
        id,
        orgId,
        code,
        name);
    for (int i = 0; i < itemAndQuantity.length; i += 2) {
      run(
          "insert into design_bom_line (org_id, design_id, position, item_id, quantity_per_unit,"
              + " version) values (?, ?, ?, ?, ?, 1)",
          orgId,
          id,
          i / 2,
          itemAndQuantity[i],
          new BigDecimal((String) itemAndQuantity[i + 1]));
    }
    return id;
  }

  UUID workflow(String name, String... stages) throws SQLException {
    UUID id = UUID.randomUUID();
    run(
        "insert into workflow_template (id, org_id, name, version) values (?, ?, ?, 1)",
        id,
        orgId,
        name);
    for (int i = 0; i < stages.length; i++) {
      run(
          "insert into workflow_stage_template (org_id, workflow_template_id, sequence, name,"
              + " consumes_materials, version) values (?, ?, ?, ?, ?, 1)",
          orgId,
          id,
          i,
          stages[i],
          i == 0);
    }
    return id;
  }

  /** A finished order with one finished stage {@code stage} that took {@code hours}. */
  void finishedStage(UUID design, UUID workflow, String stage, long hours, Instant finished)
      throws SQLException {
    UUID order = order(design, workflow, "DONE");
    run(
        "insert into production_stage (id, org_id, order_id, sequence, name, status, started_at,"
            + " finished_at, version) values (?, ?, ?, 0, ?, 'DONE', ?, ?, 1)",
        UUID.randomUUID(),
        orgId,
        order,
        stage,
        finished.minusSeconds(hours * 3600).atOffset(ZoneOffset.UTC),
        finished.atOffset(ZoneOffset.UTC));
  }

  UUID order(UUID design, UUID workflow, String status) throws SQLException {
    UUID id = UUID.randomUUID();
    run(
        "insert into production_order (id, org_id, number, design_id, workflow_template_id,"
            + " quantity, due_date, priority, status, version)"
            + " values (?, ?, ?, ?, ?, 10, date '2026-12-24', 'NORMAL', ?, 1)",
        id,
        orgId,
        "PO-T-" + id.toString().substring(0, 8),
        design,
        workflow,
        status);
    return id;
  }

  void run(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }
}
