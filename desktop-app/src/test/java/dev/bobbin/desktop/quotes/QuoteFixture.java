package dev.bobbin.desktop.quotes;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.production.OrderRequest;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A small workshop in a real local store: a shirt design of twill (30 m in stock) and labels, a
 * two-stage workflow, and five orders whose cutting took 2, 4, 6, 8 and 10 hours (their sewing
 * still to do).
 */
final class QuoteFixture {
  final Item twill;
  final Item canvas;
  final Item label;
  final Design shirt;

  QuoteFixture(LocalData data) {
    twill = item(data, "FAB-TWILL", "#1B2A4A", Unit.M, "200.00", "30");
    canvas = item(data, "FAB-CANVAS", "#1F2A44", Unit.M, "190.00", "500");
    label = item(data, "LBL-WOVEN", null, Unit.PCS, "5.00", "1000");
    shirt =
        data.designs()
            .create(
                new Design(
                    Ids.newId(),
                    "SH-1",
                    "Work shirt",
                    null,
                    null,
                    DesignStatus.APPROVED,
                    Set.of(),
                    null,
                    List.of(),
                    List.of(
                        new BomLine(twill.id(), new BigDecimal("1.2")),
                        new BomLine(label.id(), BigDecimal.ONE))));
    WorkflowTemplate workflow =
        data.workflows()
            .create(
                new WorkflowTemplate(
                    Ids.newId(),
                    "Garments",
                    List.of(
                        new StageTemplate("Cutting", false), new StageTemplate("Sewing", true))));
    Instant yesterday = TestData.NOW.minus(Duration.ofDays(1));
    for (long hours : new long[] {10, 2, 8, 4, 6}) {
      ProductionOrder order =
          data.production()
              .plan(
                  new OrderRequest(
                      shirt.id(),
                      null,
                      workflow.id(),
                      10,
                      LocalDate.of(2026, 4, 1),
                      Priority.NORMAL,
                      null));
      ProductionStage cutting = data.stages().forOrder(order.id()).get(0);
      // History as another device's work arrives by sync: written straight into the table.
      Instant started = yesterday.minus(Duration.ofHours(hours));
      data.store()
          .runInTransaction(
              session ->
                  session.doWork(
                      c -> {
                        try (PreparedStatement ps =
                            c.prepareStatement(
                                "update production_stage set status = 'DONE', started_at = ?,"
                                    + " finished_at = ? where id = ?")) {
                          ps.setTimestamp(1, Timestamp.from(started));
                          ps.setTimestamp(2, Timestamp.from(yesterday));
                          ps.setObject(3, cutting.id());
                          ps.executeUpdate();
                        }
                      }));
    }
  }

  private static Item item(
      LocalData data, String sku, String hex, Unit unit, String cost, String stock) {
    Item item =
        data.items()
            .create(
                new Item(
                    Ids.newId(),
                    sku,
                    sku.toLowerCase(java.util.Locale.ROOT),
                    sku.startsWith("FAB") ? Category.FABRIC : Category.LABEL,
                    null,
                    hex,
                    null,
                    unit,
                    null,
                    Money.of(cost, "BDT"),
                    null,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    false));
    data.inventory().record(TestData.movement(item.id(), stock, MovementReason.RECEIVE));
    return item;
  }
}
