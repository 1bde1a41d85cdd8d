package dev.bobbin.model.quotes;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Validator;

/** How a quoted price was built, so a customer and a manager can both follow it. */
public record PriceBreakdown(
    Money materials,
    Money labour,
    Money overhead,
    Money margin,
    Money discount,
    Money unitPrice,
    Money total) {

  public PriceBreakdown {
    Validator.of("PriceBreakdown")
        .notNull("materials", materials)
        .notNull("labour", labour)
        .notNull("overhead", overhead)
        .notNull("margin", margin)
        .notNull("discount", discount)
        .notNull("unitPrice", unitPrice)
        .notNull("total", total)
        .validate();
  }
}
