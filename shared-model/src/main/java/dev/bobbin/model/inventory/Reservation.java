package dev.bobbin.model.inventory;

import dev.bobbin.model.common.Validator;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Material held for a started production order. Released when the stage that consumes it finishes
 * or the order is cancelled.
 */
public record Reservation(
    UUID id, UUID itemId, UUID productionOrderId, BigDecimal quantity, boolean released) {

  public Reservation {
    Validator.of("Reservation")
        .notNull("id", id)
        .notNull("itemId", itemId)
        .notNull("productionOrderId", productionOrderId)
        .positive("quantity", quantity)
        .maxDecimals("quantity", quantity, 3)
        .validate();
  }

  public Reservation release() {
    return new Reservation(id, itemId, productionOrderId, quantity, true);
  }
}
