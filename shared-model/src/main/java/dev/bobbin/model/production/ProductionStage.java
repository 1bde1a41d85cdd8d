package dev.bobbin.model.production;

import dev.bobbin.model.common.Validator;
import java.time.Instant;
import java.util.UUID;

/**
 * One stage of one production order, made from its workflow template's stage.
 *
 * @param sequence position in the workflow, from 0
 * @param assigneeId the user doing the work; {@code null} when unassigned
 */
public record ProductionStage(
    UUID id,
    UUID orderId,
    int sequence,
    String name,
    boolean consumesMaterials,
    StageStatus status,
    UUID assigneeId,
    Instant startedAt,
    Instant finishedAt,
    int quantityDone,
    int quantityRejected,
    String notes) {

  public ProductionStage {
    Validator.of("ProductionStage")
        .notNull("id", id)
        .notNull("orderId", orderId)
        .check(sequence >= 0, "sequence", "must not be negative")
        .notBlank("name", name, 60)
        .notNull("status", status)
        .check(quantityDone >= 0, "quantityDone", "must not be negative")
        .check(quantityRejected >= 0, "quantityRejected", "must not be negative")
        .check(
            startedAt == null || finishedAt == null || !finishedAt.isBefore(startedAt),
            "finishedAt",
            "must not be before the start")
        .maxLength("notes", notes, 4000)
        .validate();
  }

  /** This stage after {@code event} at {@code now}, or an exception saying why it cannot move. */
  public ProductionStage apply(StageEvent event, OrderStatus orderStatus, Instant now) {
    StageStatus next = StageStateMachine.apply(status, event, orderStatus);
    Instant started = startedAt == null && next == StageStatus.IN_PROGRESS ? now : startedAt;
    Instant finished = next == StageStatus.DONE ? now : null;
    return new ProductionStage(
        id,
        orderId,
        sequence,
        name,
        consumesMaterials,
        next,
        assigneeId,
        started,
        finished,
        quantityDone,
        quantityRejected,
        notes);
  }
}
