package dev.bobbin.desktop.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.IllegalTransitionException;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.Reservation;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageEvent;
import dev.bobbin.model.production.StageStatus;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductionServiceTest {
  @TempDir Path dir;
  private LocalData data;
  private ProductionService production;
  private Item fabric;
  private Item buttons;
  private WorkflowTemplate workflow;
  private Design shirt;

  @BeforeEach
  void open() {
    data = TestData.open(dir);
    production = data.production();
    fabric = data.items().create(TestData.item("FAB-1", Unit.M));
    buttons = data.items().create(TestData.item("BTN-1", Unit.PCS));
    data.inventory().record(TestData.movement(fabric.id(), "500", MovementReason.RECEIVE));
    data.inventory().record(TestData.movement(buttons.id(), "5000", MovementReason.RECEIVE));
    workflow =
        data.workflows()
            .create(
                new WorkflowTemplate(
                    Ids.newId(),
                    "Garment",
                    List.of(
                        new StageTemplate("Cutting", true),
                        new StageTemplate("Sewing", false),
                        new StageTemplate("QC", false))));
    shirt =
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
                    List.of(
                        new BomLine(fabric.id(), new BigDecimal("1.255")),
                        new BomLine(buttons.id(), new BigDecimal("8")))));
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void planningMakesANumberedOrderWithOnePendingStagePerTemplateStage() {
    ProductionOrder order = plan(100);

    assertThat(order.number()).isEqualTo("PO-" + data.store().devicePrefix() + "-0001");
    assertThat(order.status()).isEqualTo(OrderStatus.PLANNED);
    assertThat(data.orders().findById(order.id())).contains(order);
    assertThat(data.stages().forOrder(order.id()))
        .extracting(ProductionStage::name, ProductionStage::status, ProductionStage::sequence)
        .containsExactly(
            tuple("Cutting", StageStatus.PENDING, 0),
            tuple("Sewing", StageStatus.PENDING, 1),
            tuple("QC", StageStatus.PENDING, 2));
  }

  @Test
  void startingTheFirstStageStartsTheOrderAndReservesItsMaterials() {
    ProductionOrder order = plan(100);

    ProductionStage cutting =
        production.transitionStage(stage(order, "Cutting").id(), StageEvent.START);

    assertThat(cutting.status()).isEqualTo(StageStatus.IN_PROGRESS);
    assertThat(cutting.startedAt()).isEqualTo(TestData.NOW);
    assertThat(data.orders().findById(order.id()).orElseThrow().status())
        .isEqualTo(OrderStatus.IN_PROGRESS);
    // 1.255 m x 100 = 125.5 m, rounded up to the metre's two decimals.
    assertThat(data.reservations().activeForOrder(order.id()))
        .extracting(Reservation::quantity)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyInAnyOrder(new BigDecimal("125.5"), new BigDecimal("800"));
    assertThat(data.items().row(fabric.id()).orElseThrow().available())
        .isEqualByComparingTo("374.5");
  }

  @Test
  void finishingTheCuttingStageConsumesTheReservedMaterialsOnce() {
    ProductionOrder order = plan(10);
    ProductionStage cutting = stage(order, "Cutting");
    production.transitionStage(cutting.id(), StageEvent.START);

    production.transitionStage(cutting.id(), StageEvent.FINISH);
    production.transitionStage(cutting.id(), StageEvent.REOPEN);
    production.transitionStage(cutting.id(), StageEvent.FINISH);

    assertThat(data.inventory().onHand(fabric.id())).isEqualByComparingTo("487.45");
    assertThat(data.inventory().onHand(buttons.id())).isEqualByComparingTo("4920");
    assertThat(data.reservations().activeForOrder(order.id())).isEmpty();
    assertThat(data.movements().forItem(fabric.id()))
        .filteredOn(m -> m.reason() == MovementReason.CONSUME)
        .singleElement()
        .satisfies(m -> assertThat(m.reference()).isEqualTo(order.number()));
  }

  @Test
  void finishingTheLastOpenStageCompletesTheOrder() {
    ProductionOrder order = plan(10);

    for (ProductionStage stage : data.stages().forOrder(order.id())) {
      production.transitionStage(stage.id(), StageEvent.START);
      production.transitionStage(stage.id(), StageEvent.FINISH);
    }

    assertThat(data.orders().findById(order.id()).orElseThrow().status())
        .isEqualTo(OrderStatus.DONE);
  }

  @Test
  void anImpossibleMoveIsRefusedWithAReasonAndChangesNothing() {
    ProductionOrder order = plan(10);
    ProductionStage sewing = stage(order, "Sewing");
    long entries = data.outbox().pendingCount();

    assertThatThrownBy(() -> production.transitionStage(sewing.id(), StageEvent.FINISH))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("A stage that is pending cannot be finished.");

    assertThat(stage(order, "Sewing")).isEqualTo(sewing);
    assertThat(data.outbox().pendingCount()).isEqualTo(entries);
  }

  @Test
  void stagesOfAnOrderOnHoldCannotMove() {
    ProductionOrder order = plan(10);
    production.changeStatus(order.id(), OrderStatus.ON_HOLD);

    assertThatThrownBy(
            () -> production.transitionStage(stage(order, "Cutting").id(), StageEvent.START))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("on hold");
  }

  @Test
  void cancellingAStartedOrderReleasesItsReservations() {
    ProductionOrder order = plan(10);
    production.transitionStage(stage(order, "Cutting").id(), StageEvent.START);

    ProductionOrder cancelled = production.changeStatus(order.id(), OrderStatus.CANCELLED);

    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(data.reservations().activeForOrder(order.id())).isEmpty();
    assertThat(data.items().row(fabric.id()).orElseThrow().available()).isEqualByComparingTo("500");
  }

  @Test
  void editingAnOrderCannotChangeItsStatus() {
    ProductionOrder order = plan(10);
    ProductionOrder later =
        new ProductionOrder(
            order.id(),
            order.number(),
            order.designId(),
            null,
            order.workflowTemplateId(),
            10,
            order.dueDate().plusDays(7),
            Priority.URGENT,
            OrderStatus.PLANNED,
            "Rush");

    data.orders().update(order, later);

    assertThat(data.orders().findById(order.id())).contains(later);
    assertThatThrownBy(() -> data.orders().update(later, later.withStatus(OrderStatus.ON_HOLD)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void assigningAStageIsAPlainEditButMovingItIsNot() {
    ProductionOrder order = plan(10);
    ProductionStage cutting = stage(order, "Cutting");
    ProductionStage assigned =
        new ProductionStage(
            cutting.id(),
            order.id(),
            0,
            "Cutting",
            true,
            StageStatus.PENDING,
            data.currentUser().requireId(),
            null,
            null,
            0,
            0,
            "Table 2");

    data.stages().update(cutting, assigned);

    assertThat(stage(order, "Cutting")).isEqualTo(assigned);
    assertThatThrownBy(
            () ->
                data.stages()
                    .update(
                        assigned,
                        assigned.apply(StageEvent.START, OrderStatus.PLANNED, TestData.NOW)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overdueListsOpenOrdersPastTheirDueDate() {
    ProductionOrder late = plan(10);
    ProductionOrder cancelled = plan(10);
    production.changeStatus(cancelled.id(), OrderStatus.CANCELLED);

    assertThat(data.orders().overdue(LocalDate.of(2026, 3, 20)))
        .extracting(ProductionOrder::id)
        .containsExactly(late.id());
  }

  private ProductionOrder plan(int quantity) {
    return production.plan(
        new OrderRequest(
            shirt.id(),
            null,
            workflow.id(),
            quantity,
            LocalDate.of(2026, 3, 16),
            Priority.NORMAL,
            null));
  }

  private ProductionStage stage(ProductionOrder order, String name) {
    return data.stages().forOrder(order.id()).stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
