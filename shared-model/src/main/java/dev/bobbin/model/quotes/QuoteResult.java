package dev.bobbin.model.quotes;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.bobbin.model.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The {@link QuoteEngine}'s answer.
 *
 * @param productType the request's, or the design's name
 * @param materials how the materials of one unit were priced
 * @param deadlineMet whether the realistic delivery is on or before the asked deadline; {@code
 *     true} when none was asked
 */
public record QuoteResult(
    String productType,
    int quantity,
    PriceBreakdown breakdown,
    List<MaterialLine> materials,
    DeliveryEstimate delivery,
    boolean deadlineMet,
    List<Shortfall> shortfalls,
    List<Suggestion> suggestions) {

  public QuoteResult {
    materials = List.copyOf(materials);
    shortfalls = List.copyOf(shortfalls);
    suggestions = List.copyOf(suggestions);
  }

  /** The suggestions as sentences, as a {@link Quote} keeps them. */
  public List<String> suggestionTexts() {
    return suggestions.stream().map(Suggestion::text).toList();
  }

  /** A quote of {@code request} priced by this result. */
  public Quote toQuote(
      UUID id, String number, UUID customerId, QuoteRequest request, QuoteStatus status) {
    return new Quote(
        id,
        number,
        customerId,
        request.designId(),
        productType,
        quantity,
        request.materialItemId(),
        request.complexity(),
        request.deadline(),
        breakdown,
        delivery.realistic(),
        suggestionTexts(),
        status,
        null);
  }

  /**
   * One material of one unit.
   *
   * @param perUnit quantity one unit uses
   * @param cost {@code perUnit × unitCost}, four decimals
   * @param needed {@code perUnit × quantity}
   */
  public record MaterialLine(
      UUID itemId,
      String sku,
      String name,
      String unit,
      BigDecimal perUnit,
      Money unitCost,
      Money cost,
      BigDecimal needed,
      BigDecimal available) {}

  /** A material the order needs more of than is available. */
  public record Shortfall(
      UUID itemId,
      String sku,
      String name,
      String unit,
      BigDecimal needed,
      BigDecimal available,
      BigDecimal missing) {}

  /**
   * When the order would be ready.
   *
   * @param likely from each stage's median duration
   * @param realistic from each stage's 80th percentile: what a quote promises
   * @param queueDays days before the new order's turn, at the busiest stage
   */
  public record DeliveryEstimate(
      LocalDate likely, LocalDate realistic, BigDecimal queueDays, List<StageEstimate> stages) {
    public DeliveryEstimate {
      stages = List.copyOf(stages);
    }
  }

  /**
   * One workflow stage's part of the estimate.
   *
   * @param samples finished stages it was learned from; 0 means the default of one day was used
   * @param openAhead stages of this name waiting or under way on open orders
   * @param perDay stages of this name finished per day over the last 30 days
   */
  public record StageEstimate(
      String stage,
      int samples,
      BigDecimal medianHours,
      BigDecimal p80Hours,
      int openAhead,
      BigDecimal perDay) {}

  /** Something that would make the quote better for the customer. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = QuantityBreak.class, name = "quantity-break"),
    @JsonSubTypes.Type(value = AlternativeMaterial.class, name = "alternative-material"),
    @JsonSubTypes.Type(value = RealisticDeadline.class, name = "realistic-deadline")
  })
  public sealed interface Suggestion permits QuantityBreak, AlternativeMaterial, RealisticDeadline {
    /** The suggestion as a sentence for the person quoting. */
    String text();
  }

  /** Ordering {@code quantity} lowers the unit price to {@code unitPrice}. */
  public record QuantityBreak(
      int quantity, BigDecimal percentOff, Money unitPrice, Money total, String text)
      implements Suggestion {}

  /** {@code itemId} is in stock and could replace the short {@code replacesItemId}. */
  public record AlternativeMaterial(
      UUID replacesItemId,
      UUID itemId,
      String sku,
      String name,
      BigDecimal available,
      Money unitCost,
      String text)
      implements Suggestion {}

  /** The asked deadline is too early; {@code date} is realistic. */
  public record RealisticDeadline(LocalDate asked, LocalDate date, String text)
      implements Suggestion {}
}
