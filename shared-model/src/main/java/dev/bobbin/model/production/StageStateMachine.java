package dev.bobbin.model.production;

import dev.bobbin.model.common.IllegalTransitionException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one definition of how a production stage may move. The desktop offers only these moves and
 * the server rejects any other, so a stage finished on one device after another device put the
 * order on hold or cancelled it is refused with a reason.
 *
 * <pre>
 *   PENDING --START--> IN_PROGRESS --FINISH--> DONE
 *   PENDING --BLOCK--> BLOCKED      (waiting for material before it could start)
 *   IN_PROGRESS --BLOCK--> BLOCKED --UNBLOCK--> IN_PROGRESS
 *   DONE --REOPEN--> IN_PROGRESS    (QC sends work back)
 * </pre>
 *
 * Stages move only while their order is planned or in progress.
 */
public final class StageStateMachine {
  private static final Map<StageStatus, Map<StageEvent, StageStatus>> MOVES =
      new EnumMap<>(StageStatus.class);

  static {
    MOVES.put(
        StageStatus.PENDING,
        Map.of(StageEvent.START, StageStatus.IN_PROGRESS, StageEvent.BLOCK, StageStatus.BLOCKED));
    MOVES.put(
        StageStatus.IN_PROGRESS,
        Map.of(StageEvent.BLOCK, StageStatus.BLOCKED, StageEvent.FINISH, StageStatus.DONE));
    MOVES.put(StageStatus.BLOCKED, Map.of(StageEvent.UNBLOCK, StageStatus.IN_PROGRESS));
    MOVES.put(StageStatus.DONE, Map.of(StageEvent.REOPEN, StageStatus.IN_PROGRESS));
  }

  private StageStateMachine() {}

  /** The status after {@code event}, if the move is allowed for a stage in {@code from}. */
  public static Optional<StageStatus> next(StageStatus from, StageEvent event) {
    return Optional.ofNullable(MOVES.get(from).get(event));
  }

  /**
   * The event that moves a stage from {@code from} to {@code to}, if one does: how the server
   * checks a synced status change against the machine.
   */
  public static Optional<StageEvent> eventFor(StageStatus from, StageStatus to) {
    return MOVES.get(from).entrySet().stream()
        .filter(move -> move.getValue() == to)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /**
   * The status after {@code event}.
   *
   * @throws IllegalTransitionException with a user-readable reason when the move is not allowed
   */
  public static StageStatus apply(StageStatus from, StageEvent event, OrderStatus orderStatus) {
    if (orderStatus != OrderStatus.PLANNED && orderStatus != OrderStatus.IN_PROGRESS) {
      throw new IllegalTransitionException(
          "The order is " + orderStatus.label() + ", so its stages cannot change.");
    }
    return next(from, event)
        .orElseThrow(
            () ->
                new IllegalTransitionException(
                    "A stage that is " + from.label() + " cannot be " + pastTense(event) + "."));
  }

  private static String pastTense(StageEvent event) {
    return switch (event) {
      case START -> "started";
      case BLOCK -> "blocked";
      case UNBLOCK -> "unblocked";
      case FINISH -> "finished";
      case REOPEN -> "reopened";
    };
  }
}
