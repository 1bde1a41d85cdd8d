package dev.bobbin.model.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.model.common.IllegalTransitionException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderStatusTest {
  private static final Set<String> ALLOWED =
      Set.of(
          "PLANNED>IN_PROGRESS",
          "PLANNED>ON_HOLD",
          "PLANNED>CANCELLED",
          "IN_PROGRESS>ON_HOLD",
          "IN_PROGRESS>DONE",
          "IN_PROGRESS>CANCELLED",
          "ON_HOLD>IN_PROGRESS",
          "ON_HOLD>CANCELLED");

  @Test
  void everyPairIsAllowedOnlyIfListed() {
    for (OrderStatus from : OrderStatus.values()) {
      for (OrderStatus to : OrderStatus.values()) {
        String key = from + ">" + to;
        if (ALLOWED.contains(key)) {
          assertThat(from.moveTo(to)).as(key).isEqualTo(to);
        } else {
          assertThatThrownBy(() -> from.moveTo(to))
              .as(key)
              .isInstanceOf(IllegalTransitionException.class);
        }
      }
    }
  }

  @Test
  void doneAndCancelledAreFinal() {
    assertThat(OrderStatus.DONE.isFinal()).isTrue();
    assertThat(OrderStatus.CANCELLED.isFinal()).isTrue();
    assertThat(OrderStatus.ON_HOLD.isFinal()).isFalse();
  }
}
