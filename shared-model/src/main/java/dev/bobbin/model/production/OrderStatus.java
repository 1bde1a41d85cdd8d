package dev.bobbin.model.production;

import dev.bobbin.model.common.IllegalTransitionException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A production order's status. {@code DONE} and {@code CANCELLED} are final. */
public enum OrderStatus {
  PLANNED,
  IN_PROGRESS,
  ON_HOLD,
  DONE,
  CANCELLED;

  private static final Map<OrderStatus, Set<OrderStatus>> NEXT =
      Map.of(
          PLANNED, Set.of(IN_PROGRESS, ON_HOLD, CANCELLED),
          IN_PROGRESS, Set.of(ON_HOLD, DONE, CANCELLED),
          ON_HOLD, Set.of(IN_PROGRESS, CANCELLED),
          DONE, Set.of(),
          CANCELLED, Set.of());

  public boolean canMoveTo(OrderStatus target) {
    return NEXT.get(this).contains(target);
  }

  public OrderStatus moveTo(OrderStatus target) {
    if (!canMoveTo(target)) {
      throw new IllegalTransitionException(
          "An order that is " + label() + " cannot be set to " + target.label() + ".");
    }
    return target;
  }

  public boolean isFinal() {
    return NEXT.get(this).isEmpty();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
