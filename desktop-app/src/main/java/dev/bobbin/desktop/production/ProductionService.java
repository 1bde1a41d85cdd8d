package dev.bobbin.desktop.production;

import dev.bobbin.desktop.store.DocumentNumberService;
import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.IllegalTransitionException;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageEvent;
import dev.bobbin.model.production.StageStatus;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plans orders and moves them along. Each method is one transaction: the order, its stages, its
 * reservations and consumption lines change together, each with its outbox entry.
 */
public final class ProductionService {
  private final LocalStore store;
  private final ProductionOrderRepository orders;
  private final ProductionStageRepository stages;
  private final WorkflowTemplateRepository workflows;
  private final OrderMaterials materials;
  private final DocumentNumberService numbers;
  private final Clock clock;

  public ProductionService(
      LocalStore store,
      ProductionOrderRepository orders,
      ProductionStageRepository stages,
      WorkflowTemplateRepository workflows,
      OrderMaterials materials,
      DocumentNumberService numbers,
      Clock clock) {
    this.store = store;
    this.orders = orders;
    this.stages = stages;
    this.workflows = workflows;
    this.materials = materials;
    this.numbers = numbers;
    this.clock = clock;
  }

  /** Creates a planned order with the next {@code PO} number of this device, and its stages. */
  public ProductionOrder plan(OrderRequest request) {
    return store.inTransaction(
        s -> {
          ProductionOrder order =
              new ProductionOrder(
                  Ids.newId(),
                  numbers.next("PO"),
                  request.designId(),
                  request.customerId(),
                  request.workflowTemplateId(),
                  request.quantity(),
                  request.dueDate(),
                  request.priority(),
                  OrderStatus.PLANNED,
                  request.notes());
          create(order);
          return order;
        });
  }

  /**
   * Creates a planned order and one pending stage per stage of its workflow template.
   *
   * @return the stages, in workflow order
   */
  public List<ProductionStage> create(ProductionOrder order) {
    if (order.status() != OrderStatus.PLANNED) {
      throw new IllegalArgumentException("A new order starts planned, not " + order.status());
    }
    return store.inTransaction(
        s -> {
          WorkflowTemplate template =
              workflows
                  .findById(order.workflowTemplateId())
                  .orElseThrow(() -> new StoreException("The order's workflow no longer exists."));
          orders.create(order);
          List<ProductionStage> made = new ArrayList<>();
          for (int i = 0; i < template.stages().size(); i++) {
            StageTemplate step = template.stages().get(i);
            made.add(stages.create(pending(order, i, step)));
          }
          return made;
        });
  }

  /**
   * Moves a stage by the state machine. Starting the first stage starts the order (and reserves its
   * materials); finishing a material-consuming stage consumes them; finishing the last open stage
   * completes the order.
   *
   * @throws IllegalTransitionException with a readable reason when the move is not allowed
   */
  public ProductionStage transitionStage(UUID stageId, StageEvent event) {
    return store.inTransaction(
        s -> {
          ProductionStage stage =
              stages.findById(stageId).orElseThrow(() -> missing("production stage"));
          ProductionOrder order =
              orders.findById(stage.orderId()).orElseThrow(() -> missing("production order"));
          ProductionStage moved = stage.apply(event, order.status(), clock.instant());
          stages.move(stage, moved);
          if (order.status() == OrderStatus.PLANNED && moved.status() == StageStatus.IN_PROGRESS) {
            order = orders.changeStatus(order, order.withStatus(OrderStatus.IN_PROGRESS));
            materials.reserve(order);
          }
          if (moved.status() == StageStatus.DONE) {
            if (moved.consumesMaterials()) {
              materials.consume(order);
            }
            if (allDone(order.id())) {
              orders.changeStatus(order, order.withStatus(OrderStatus.DONE));
            }
          }
          return moved;
        });
  }

  /**
   * Puts an order on hold, resumes, completes or cancels it. Starting reserves materials;
   * completing or cancelling releases what is still held.
   *
   * @throws IllegalTransitionException when the order cannot move to {@code target}
   */
  public ProductionOrder changeStatus(UUID orderId, OrderStatus target) {
    return store.inTransaction(
        s -> {
          ProductionOrder order =
              orders.findById(orderId).orElseThrow(() -> missing("production order"));
          ProductionOrder moved = orders.changeStatus(order, order.withStatus(target));
          if (order.status() == OrderStatus.PLANNED && target == OrderStatus.IN_PROGRESS) {
            materials.reserve(moved);
          }
          if (target.isFinal()) {
            materials.release(moved);
          }
          return moved;
        });
  }

  private boolean allDone(UUID orderId) {
    return stages.forOrder(orderId).stream().allMatch(st -> st.status() == StageStatus.DONE);
  }

  private static ProductionStage pending(ProductionOrder order, int sequence, StageTemplate step) {
    return new ProductionStage(
        Ids.newId(),
        order.id(),
        sequence,
        step.name(),
        step.consumesMaterials(),
        StageStatus.PENDING,
        null,
        null,
        null,
        0,
        0,
        null);
  }

  private static StoreException missing(String what) {
    return new StoreException("This " + what + " no longer exists; it may have been deleted.");
  }
}
