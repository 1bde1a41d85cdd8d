package dev.bobbin.model.invoices;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One invoice line. Its net amount is {@code quantity × unitPrice × (1 − discount%)} rounded
 * half-up to the currency's minor unit; tax is computed on that rounded net, then rounded.
 *
 * @param discountPercent 0–100
 * @param taxRatePercent e.g. 15 for 15 %
 */
public record InvoiceLine(
    String description,
    BigDecimal quantity,
    Money unitPrice,
    BigDecimal discountPercent,
    BigDecimal taxRatePercent) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public InvoiceLine {
    Validator.of("InvoiceLine")
        .notBlank("description", description, 500)
        .notNull("quantity", quantity)
        .check(quantity == null || quantity.signum() != 0, "quantity", "must not be zero")
        .maxDecimals("quantity", quantity, 3)
        .maxDecimals("discountPercent", discountPercent, 2)
        .maxDecimals("taxRatePercent", taxRatePercent, 2)
        .notNull("unitPrice", unitPrice)
        .nonNegative("discountPercent", discountPercent)
        .check(
            discountPercent == null || discountPercent.compareTo(HUNDRED) <= 0,
            "discountPercent",
            "must be at most 100")
        .nonNegative("taxRatePercent", taxRatePercent)
        .validate();
  }

  /** Net of discount, rounded to the currency's minor unit. */
  public Money net() {
    BigDecimal factor = BigDecimal.ONE.subtract(discountPercent.divide(HUNDRED));
    return unitPrice.times(quantity.multiply(factor)).rounded();
  }

  /** Tax on the rounded net, rounded to the currency's minor unit. */
  public Money tax() {
    Money net = net();
    BigDecimal tax =
        net.amount()
            .multiply(taxRatePercent)
            .divide(HUNDRED, net.amount().scale(), RoundingMode.HALF_UP);
    return new Money(tax, net.currency());
  }
}
