package dev.bobbin.desktop.production;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A small factory for the production tests: one fabric, one design, one three-stage workflow. */
final class Floor {
  final LocalData data;
  final Item fabric;
  final Design design;
  final WorkflowTemplate workflow;

  Floor(LocalData data) {
    this.data = data;
    fabric = data.items().create(TestData.item("FAB-1", Unit.M));
    data.inventory()
        .recordNew(fabric.id(), new BigDecimal("100"), MovementReason.RECEIVE, "GRN", null);
    design =
        data.designs()
            .create(
                new Design(
                    Ids.newId(),
                    "SH-1",
                    "Shirt",
                    null,
                    null,
                    DesignStatus.APPROVED,
                    Set.of(),
                    null,
                    List.of(),
                    List.of(new BomLine(fabric.id(), new BigDecimal("1.5")))));
    workflow =
        data.workflows()
            .create(
                new WorkflowTemplate(
                    Ids.newId(),
                    "Garment",
                    List.of(
                        new StageTemplate("Cutting", true),
                        new StageTemplate("Sewing", false),
                        new StageTemplate("Packing", false))));
  }

  ProductionOrder order(int quantity, LocalDate due) {
    return data.production()
        .plan(
            new OrderRequest(
                design.id(), null, workflow.id(), quantity, due, Priority.NORMAL, null));
  }
}
