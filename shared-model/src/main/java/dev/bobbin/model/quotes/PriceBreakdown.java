package dev.bobbin.model.quotes;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Validator;
import java.util.stream.Stream;

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
        .check(
            total == null
                || Stream.of(materials, labour, overhead, margin, discount, unitPrice)
                    .allMatch(m -> m == null || m.currency().equals(total.currency())),
            "total",
            "all amounts must be in one currency")
        .validate();
  }
}
