package dev.bobbin.model.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.model.common.IllegalTransitionException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StageStateMachineTest {

  /** Every allowed move; any pair not listed here must be refused. */
  private static final Map<String, StageStatus> ALLOWED =
      Map.of(
          "PENDING START", StageStatus.IN_PROGRESS,
          "PENDING BLOCK", StageStatus.BLOCKED,
          "IN_PROGRESS BLOCK", StageStatus.BLOCKED,
          "IN_PROGRESS FINISH", StageStatus.DONE,
          "BLOCKED UNBLOCK", StageStatus.IN_PROGRESS,
          "DONE REOPEN", StageStatus.IN_PROGRESS);

  @Test
  void everyStatusAndEventPairIsEitherTheListedMoveOrRefused() {
    Map<String, StageStatus> seen = new HashMap<>();
    for (StageStatus from : StageStatus.values()) {
      for (StageEvent event : StageEvent.values()) {
        String key = from + " " + event;
        if (ALLOWED.containsKey(key)) {
          seen.put(key, StageStateMachine.apply(from, event, OrderStatus.IN_PROGRESS));
        } else {
          assertThatThrownBy(() -> StageStateMachine.apply(from, event, OrderStatus.IN_PROGRESS))
              .as(key)
              .isInstanceOf(IllegalTransitionException.class)
              .hasMessageStartingWith("A stage that is " + from.label() + " cannot be");
        }
      }
    }
    assertThat(seen).isEqualTo(ALLOWED);
  }

  @ParameterizedTest
  @CsvSource({
    "PENDING, FINISH, 'A stage that is pending cannot be finished.'",
    "DONE, FINISH, 'A stage that is done cannot be finished.'",
    "BLOCKED, START, 'A stage that is blocked cannot be started.'"
  })
  void refusalsSayWhyInPlainWords(StageStatus from, StageEvent event, String message) {
    assertThatThrownBy(() -> StageStateMachine.apply(from, event, OrderStatus.PLANNED))
        .hasMessage(message);
  }

  @ParameterizedTest
  @EnumSource(
      value = OrderStatus.class,
      names = {"ON_HOLD", "DONE", "CANCELLED"})
  void noStageMovesWhileTheOrderIsNotActive(OrderStatus orderStatus) {
    for (StageStatus from : StageStatus.values()) {
      for (StageEvent event : StageEvent.values()) {
        assertThatThrownBy(() -> StageStateMachine.apply(from, event, orderStatus))
            .isInstanceOf(IllegalTransitionException.class)
            .hasMessage("The order is " + orderStatus.label() + ", so its stages cannot change.");
      }
    }
  }

  @Test
  void activeOrdersAreExactlyPlannedAndInProgress() {
    EnumSet<OrderStatus> active = EnumSet.noneOf(OrderStatus.class);
    for (OrderStatus s : OrderStatus.values()) {
      try {
        StageStateMachine.apply(StageStatus.PENDING, StageEvent.START, s);
        active.add(s);
      } catch (IllegalTransitionException refused) {
        // not active
      }
    }
    assertThat(active).containsExactlyInAnyOrder(OrderStatus.PLANNED, OrderStatus.IN_PROGRESS);
  }
}
