package dev.bobbin.model.inventory;

import dev.bobbin.model.common.Unit;
import dev.bobbin.model.common.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One immutable line of the stock ledger. A mistake is reversed by a compensating movement, never
 * by an edit. Because lines are only ever inserted, movements made offline on several devices
 * always merge: two stations each consuming 5 leave 10 fewer.
 *
 * <p>The id of a movement made from a barcode scan is the scan's own id, so a doubled network send
 * is recorded once while ten real scans are ten movements.
 *
 * @param quantity signed change of the on-hand balance, in the item's unit
 * @param countedQuantity for {@link MovementReason#COUNT} only: the figure the counter wrote down
 * @param reference what caused it, e.g. a production order number; may be {@code null}
 * @param note free text; may be {@code null}
 */
public record StockMovement(
    UUID id,
    UUID itemId,
    BigDecimal quantity,
    MovementReason reason,
    BigDecimal countedQuantity,
    String reference,
    String note,
    UUID userId,
    Instant at,
    String deviceId) {

  public static final int MAX_TEXT = 500;

  public StockMovement {
    Validator v =
        Validator.of("StockMovement")
            .notNull("id", id)
            .notNull("itemId", itemId)
            .notNull("quantity", quantity)
            .notNull("reason", reason)
            .maxLength("reference", reference, Item.MAX_TEXT)
            .maxLength("note", note, MAX_TEXT)
            .notNull("userId", userId)
            .notNull("at", at)
            .notBlank("deviceId", deviceId, Item.MAX_TEXT);
    if (quantity != null && reason != null) {
      v.check(reason.allows(quantity.signum()), "quantity", signMessage(reason));
      boolean isCount = reason == MovementReason.COUNT;
      v.check(
          isCount == (countedQuantity != null),
          "countedQuantity",
          isCount ? "is required for a count" : "is only for counts");
      v.check(
          countedQuantity == null || countedQuantity.signum() >= 0,
          "countedQuantity",
          "must not be negative");
    }
    v.validate();
  }

  /** Checks that the quantities fit the item's unit (a movement alone does not know the unit). */
  public void checkUnit(Unit unit) {
    Validator.of("StockMovement")
        .fitsUnit("quantity", quantity, unit)
        .fitsUnit("countedQuantity", countedQuantity, unit)
        .validate();
  }

  private static String signMessage(MovementReason reason) {
    return switch (reason.sign()) {
      case POSITIVE -> "must be greater than zero for " + reason.name().toLowerCase(Locale.ROOT);
      case NEGATIVE -> "must be below zero for " + reason.name().toLowerCase(Locale.ROOT);
      case NON_ZERO -> "must not be zero for " + reason.name().toLowerCase(Locale.ROOT);
      case ANY -> "is invalid";
    };
  }
}
