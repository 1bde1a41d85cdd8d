package dev.bobbin.model.quotes;

import dev.bobbin.model.common.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A price offered to a customer, with how it was computed.
 *
 * @param designId optional; when set its bill of materials prices the materials
 * @param materialItemId optional main material
 * @param convertedOrderId the production order made from it, once converted
 */
public record Quote(
    UUID id,
    String number,
    UUID customerId,
    UUID designId,
    String productType,
    int quantity,
    UUID materialItemId,
    Complexity complexity,
    LocalDate deadline,
    PriceBreakdown breakdown,
    LocalDate estimatedDelivery,
    List<String> suggestions,
    QuoteStatus status,
    UUID convertedOrderId) {

  public Quote {
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    Validator.of("Quote")
        .notNull("id", id)
        .notBlank("number", number, 40)
        .notBlank("productType", productType, 80)
        .positive("quantity", quantity)
        .notNull("complexity", complexity)
        .notNull("status", status)
        .check(
            (status == QuoteStatus.CONVERTED) == (convertedOrderId != null),
            "convertedOrderId",
            "is set exactly when the quote is converted")
        .validate();
  }
}
