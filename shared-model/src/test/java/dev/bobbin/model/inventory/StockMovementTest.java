package dev.bobbin.model.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.common.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockMovementTest {

  static StockMovement movement(MovementReason reason, String quantity, String counted) {
    return new StockMovement(
        Ids.newId(),
        Ids.newId(),
        new BigDecimal(quantity),
        reason,
        counted == null ? null : new BigDecimal(counted),
        "PO-K7-0001",
        null,
        Ids.newId(),
        Instant.parse("2026-11-20T10:00:00Z"),
        "desk-1");
  }

  @ParameterizedTest(name = "{0} with {1}: allowed={2}")
  @CsvSource({
    "RECEIVE, 5, true",
    "RECEIVE, -5, false",
    "RECEIVE, 0, false",
    "CONSUME, -5, true",
    "CONSUME, 5, false",
    "CONSUME, 0, false",
    "SCRAP, -1, true",
    "SCRAP, 1, false",
    "RETURN, 2, true",
    "RETURN, -2, false",
    "ADJUST, 3, true",
    "ADJUST, -3, true",
    "ADJUST, 0, false",
    "TRANSFER, 3, true",
    "TRANSFER, -3, true",
    "TRANSFER, 0, false"
  })
  void eachReasonFixesTheSignOfItsQuantity(MovementReason reason, String qty, boolean allowed) {
    if (allowed) {
      assertThat(movement(reason, qty, null).quantity()).isEqualByComparingTo(qty);
    } else {
      assertThatThrownBy(() -> movement(reason, qty, null))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("quantity");
    }
  }

  @Test
  void aCountMayBeZeroButNeedsTheCountedFigure() {
    assertThat(movement(MovementReason.COUNT, "0", "40").countedQuantity())
        .isEqualByComparingTo("40");
    assertThatThrownBy(() -> movement(MovementReason.COUNT, "0", null))
        .hasMessageContaining("countedQuantity: is required for a count");
    assertThatThrownBy(() -> movement(MovementReason.RECEIVE, "1", "1"))
        .hasMessageContaining("countedQuantity: is only for counts");
  }

  @Test
  void quantityWithMoreDecimalsThanTheUnitIsRejected() {
    StockMovement m = movement(MovementReason.CONSUME, "-1.5", null);
    assertThatCode(() -> m.checkUnit(Unit.M)).doesNotThrowAnyException();
    assertThatThrownBy(() -> m.checkUnit(Unit.PCS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("quantity: must be a whole number of pcs");
    assertThatThrownBy(() -> movement(MovementReason.CONSUME, "-1.255", null).checkUnit(Unit.M))
        .hasMessageContaining("at most 2 decimals");
  }

  @Test
  void aMovementNeedsWhoWhenAndWhichDevice() {
    assertThatThrownBy(
            () ->
                new StockMovement(
                    Ids.newId(),
                    Ids.newId(),
                    BigDecimal.ONE,
                    MovementReason.RECEIVE,
                    null,
                    null,
                    null,
                    null,
                    null,
                    " "))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .containsExactlyInAnyOrder("userId", "at", "deviceId"));
  }
}
