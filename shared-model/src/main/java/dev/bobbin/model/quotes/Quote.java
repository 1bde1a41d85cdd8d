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
 * @param requesterName who asked, for a quote {@link QuoteStatus#REQUESTED requested} from outside
 *     (a website form); {@code null} for quotes made in Bobbin
 * @param requesterEmail the requester's e-mail address, when given
 * @param requesterPhone the requester's phone number, when given
 * @param requestMessage what the requester wrote, when anything
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
    UUID convertedOrderId,
    String requesterName,
    String requesterEmail,
    String requesterPhone,
    String requestMessage) {

  public static final int MAX_MESSAGE = 4000;

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
        .maxLength("requesterName", requesterName, 120)
        .maxLength("requesterEmail", requesterEmail, 254)
        .maxLength("requesterPhone", requesterPhone, 40)
        .maxLength("requestMessage", requestMessage, MAX_MESSAGE)
        .check(
            status != QuoteStatus.REQUESTED || (requesterName != null && !requesterName.isBlank()),
            "requesterName",
            "is required for a requested quote")
        .check(
            status != QuoteStatus.REQUESTED
                || (requesterEmail != null && !requesterEmail.isBlank())
                || (requesterPhone != null && !requesterPhone.isBlank()),
            "requesterEmail",
            "or a phone number is required for a requested quote")
        .validate();
  }

  /** A quote made in Bobbin, with no requester. */
  public Quote(
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
    this(
        id,
        number,
        customerId,
        designId,
        productType,
        quantity,
        materialItemId,
        complexity,
        deadline,
        breakdown,
        estimatedDelivery,
        suggestions,
        status,
        convertedOrderId,
        null,
        null,
        null,
        null);
  }

  /** This quote converted into the production order {@code orderId}. */
  public Quote converted(UUID orderId) {
    return new Quote(
        id,
        number,
        customerId,
        designId,
        productType,
        quantity,
        materialItemId,
        complexity,
        deadline,
        breakdown,
        estimatedDelivery,
        suggestions,
        QuoteStatus.CONVERTED,
        orderId,
        requesterName,
        requesterEmail,
        requesterPhone,
        requestMessage);
  }
}
