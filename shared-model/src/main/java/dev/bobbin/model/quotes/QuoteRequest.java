package dev.bobbin.model.quotes;

import dev.bobbin.model.common.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a customer asks for, as the {@link QuoteEngine} reads it.
 *
 * @param productType e.g. {@code T-shirt}; may be {@code null} when a design is given (its name is
 *     used then)
 * @param materialItemId optional main material: without a design it is the only material; with a
 *     design it takes the place of the bill-of-materials line of the same category (the customer
 *     chose another fabric)
 * @param materialPerUnit how much of the material one unit uses when there is no design; {@code
 *     null} means 1 (one metre, one piece…)
 * @param designId optional; its bill of materials prices the materials
 * @param deadline optional; must not be before {@code today}
 * @param today the day the quote is made, in the organisation's time zone
 */
public record QuoteRequest(
    String productType,
    int quantity,
    UUID materialItemId,
    BigDecimal materialPerUnit,
    Complexity complexity,
    UUID designId,
    LocalDate deadline,
    LocalDate today) {

  /** The largest quantity one quote may ask for. */
  public static final int MAX_QUANTITY = 10_000_000;

  public QuoteRequest {
    productType = productType == null || productType.isBlank() ? null : productType.strip();
    Validator.of("QuoteRequest")
        .check(
            productType != null || designId != null,
            "productType",
            "is required when no design is given")
        .maxLength("productType", productType, 80)
        .positive("quantity", quantity)
        .check(quantity <= MAX_QUANTITY, "quantity", "must be at most " + MAX_QUANTITY)
        .check(
            materialPerUnit == null || materialPerUnit.signum() > 0,
            "materialPerUnit",
            "must be greater than zero")
        .notNull("complexity", complexity)
        .notNull("today", today)
        .check(
            deadline == null || today == null || !deadline.isBefore(today),
            "deadline",
            "must not be in the past")
        .validate();
  }

  /** The same request for another quantity. */
  public QuoteRequest withQuantity(int value) {
    return new QuoteRequest(
        productType, value, materialItemId, materialPerUnit, complexity, designId, deadline, today);
  }
}
