package dev.bobbin.desktop.production;

import dev.bobbin.desktop.inventory.ItemRepository;
import dev.bobbin.desktop.inventory.ReservationRepository;
import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.Reservation;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What floor staff do to a stage: start, block with a reason, unblock, finish with quantities. Each
 * action is one transaction that moves the stage by the state machine (through {@link
 * ProductionService}, which keeps the order, reservations and ledger in step), saves what the
 * person typed, and writes a line of the order's timeline.
 */
public final class ShopFloorService {
  /** Longest block reason kept. */
  public static final int MAX_REASON = 500;

  private final LocalStore store;
  private final ProductionService production;
  private final ProductionStageRepository stages;
  private final ProductionOrderRepository orders;
  private final StageActivityRepository activity;
  private final ReservationRepository reservations;
  private final ItemRepository items;
  private final CurrentUser user;
  private final Clock clock;

  public ShopFloorService(
      LocalStore store,
      ProductionService production,
      ProductionStageRepository stages,
      ProductionOrderRepository orders,
      StageActivityRepository activity,
      ReservationRepository reservations,
      ItemRepository items,
      CurrentUser user,
      Clock clock) {
    this.store = store;
    this.production = production;
    this.stages = stages;
    this.orders = orders;
    this.activity = activity;
    this.reservations = reservations;
    this.items = items;
    this.user = user;
    this.clock = clock;
  }

  /** Starts a pending stage; the person starting it becomes its assignee if it had none. */
  public ProductionStage start(UUID stageId) {
    return act(
        stageId,
        StageEvent.START,
        moved ->
            moved.assigneeId() != null
                ? moved
                : with(
                    moved, user.requireId(), null, moved.quantityDone(), moved.quantityRejected()),
        0,
        0,
        null);
  }

  /**
   * Blocks a stage, keeping the reason on the stage (the board shows it) and in the timeline.
   *
   * @throws ValidationException when the reason is blank or too long
   */
  public ProductionStage block(UUID stageId, String reason) {
    String why = reason == null ? "" : reason.trim();
    if (why.isEmpty()) {
      throw new ValidationException("Stage", "reason", "Say why the stage is blocked.");
    }
    if (why.length() > MAX_REASON) {
      throw new ValidationException(
          "Stage", "reason", "Keep the reason under " + MAX_REASON + " characters.");
    }
    return act(
        stageId,
        StageEvent.BLOCK,
        moved ->
            with(moved, moved.assigneeId(), why, moved.quantityDone(), moved.quantityRejected()),
        0,
        0,
        why);
  }

  /**
   * Lets a blocked stage go on; the block reason is cleared from the stage (the timeline keeps it).
   */
  public ProductionStage unblock(UUID stageId) {
    return act(
        stageId,
        StageEvent.UNBLOCK,
        moved ->
            with(moved, moved.assigneeId(), null, moved.quantityDone(), moved.quantityRejected()),
        0,
        0,
        null);
  }

  /**
   * Finishes a stage with the pieces done and rejected. Finishing a material-consuming stage
   * consumes what the order holds (see {@link #materialsConsumedBy}).
   *
   * @throws ValidationException when a quantity is negative, both are zero, or they exceed the
   *     order's quantity
   */
  public ProductionStage finish(UUID stageId, int done, int rejected) {
    return store.inTransaction(
        s -> {
          ProductionStage stage = stage(stageId);
          ProductionOrder order = order(stage.orderId());
          List<Violation> problems = new ArrayList<>();
          if (done < 0) {
            problems.add(new Violation("quantityDone", "Enter 0 or more pieces."));
          }
          if (rejected < 0) {
            problems.add(new Violation("quantityRejected", "Enter 0 or more pieces."));
          }
          if (problems.isEmpty() && done + rejected == 0) {
            problems.add(new Violation("quantityDone", "Enter the pieces done or rejected."));
          }
          if (problems.isEmpty() && done + rejected > order.quantity()) {
            problems.add(
                new Violation(
                    "quantityDone",
                    "Done and rejected together exceed the order's " + order.quantity() + "."));
          }
          if (!problems.isEmpty()) {
            throw new ValidationException("Stage", problems);
          }
          return act(
              stageId,
              StageEvent.FINISH,
              moved -> with(moved, moved.assigneeId(), moved.notes(), done, rejected),
              done,
              rejected,
              null);
        });
  }

  /**
   * What finishing this stage would take from stock: the order's held materials when the stage
   * consumes them, nothing otherwise.
   */
  public List<Consumption> materialsConsumedBy(UUID stageId) {
    return store.inTransaction(
        s -> {
          ProductionStage stage = stage(stageId);
          if (!stage.consumesMaterials()) {
            return List.of();
          }
          List<Consumption> lines = new ArrayList<>();
          for (Reservation held : reservations.activeForOrder(stage.orderId())) {
            items
                .findById(held.itemId())
                .ifPresent(item -> lines.add(new Consumption(item, held.quantity())));
          }
          return lines;
        });
  }

  /** One item and how much of it a stage's finish takes from stock. */
  public record Consumption(Item item, BigDecimal quantity) {}

  private interface Edit {
    ProductionStage apply(ProductionStage moved);
  }

  private ProductionStage act(
      UUID stageId, StageEvent event, Edit edit, int done, int rejected, String note) {
    requireRight();
    return store.inTransaction(
        s -> {
          ProductionStage moved = production.transitionStage(stageId, event);
          ProductionStage edited = edit.apply(moved);
          if (!edited.equals(moved)) {
            edited = stages.update(moved, edited);
          }
          activity.append(
              new StageActivity(
                  Ids.newId(),
                  edited.id(),
                  edited.orderId(),
                  edited.name(),
                  event,
                  user.get().map(u -> u.id()).orElse(null),
                  clock.instant(),
                  done,
                  rejected,
                  note));
          return edited;
        });
  }

  private void requireRight() {
    boolean allowed = user.get().map(u -> u.can(Permission.UPDATE_STAGES)).orElse(false);
    if (!allowed) {
      throw new StoreException("Your role may not move production stages.");
    }
  }

  private ProductionStage stage(UUID id) {
    return stages
        .findById(id)
        .orElseThrow(
            () -> new StoreException("This stage no longer exists; it may have been deleted."));
  }

  private ProductionOrder order(UUID id) {
    return orders
        .findById(id)
        .orElseThrow(
            () -> new StoreException("This order no longer exists; it may have been deleted."));
  }

  private static ProductionStage with(
      ProductionStage s, UUID assignee, String notes, int done, int rejected) {
    return new ProductionStage(
        s.id(),
        s.orderId(),
        s.sequence(),
        s.name(),
        s.consumesMaterials(),
        s.status(),
        assignee,
        s.startedAt(),
        s.finishedAt(),
        done,
        rejected,
        notes);
  }
}
