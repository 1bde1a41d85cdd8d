package dev.bobbin.model.quotes;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.quotes.QuoteData.StockedItem;
import dev.bobbin.model.quotes.QuoteResult.AlternativeMaterial;
import dev.bobbin.model.quotes.QuoteResult.DeliveryEstimate;
import dev.bobbin.model.quotes.QuoteResult.MaterialLine;
import dev.bobbin.model.quotes.QuoteResult.QuantityBreak;
import dev.bobbin.model.quotes.QuoteResult.RealisticDeadline;
import dev.bobbin.model.quotes.QuoteResult.Shortfall;
import dev.bobbin.model.quotes.QuoteResult.Suggestion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Prices a quote from the organisation's own costs and rules and estimates its delivery from its
 * own finished production stages. The same code runs on the server (Postgres) and offline in the
 * desktop (H2): both feed it through {@link QuoteData}.
 *
 * <h2>Price (per unit, then the order)</h2>
 *
 * <ol>
 *   <li><b>materials</b> = Σ over the materials of one unit of {@code perUnit × unitCost}, each
 *       line rounded half-up to 4 decimals. With a design, its bill of materials; the request's
 *       material takes the place of the bill's line of the same category. Without a design, the
 *       material alone, {@code materialPerUnit} (default 1) per unit.
 *   <li><b>labour</b> = {@code minutesPerUnit × hourlyRate / 60}, half-up to 4 decimals, with the
 *       minutes and rate of the complexity ({@link PricingSettings#minutesPerUnit}).
 *   <li><b>overhead</b> = {@code (materials + labour) × overhead% / 100}, half-up to 4 decimals.
 *   <li><b>margin</b> = {@code (materials + labour + overhead) × margin% / 100}, half-up to 4
 *       decimals.
 *   <li><b>discount</b> = {@code (materials + labour + overhead + margin) × tier% / 100}, half-up
 *       to 4 decimals, with the volume tier of the highest minimum quantity not above the quantity.
 *   <li><b>unitPrice</b> = {@code materials + labour + overhead + margin − discount}, rounded
 *       half-up to the currency's minor unit (cents) — the only rounding a customer sees.
 *   <li><b>total</b> = {@code unitPrice × quantity}, exact: an invoice line of the quote adds up.
 * </ol>
 *
 * The breakdown's materials, labour, overhead, margin and discount are per unit, to 4 decimals.
 *
 * <h2>Delivery</h2>
 *
 * For each stage of the organisation's workflow, the median and the 80th percentile of the
 * durations (start to finish) of its recently finished stages of that name (linear interpolation
 * between closest ranks, as in the stage lead-time report); a stage never finished counts one day.
 * The queue ahead: at each stage, the stages of that name still open on other orders divided by how
 * many it finished per day over the last 30 days, but never more days than doing them one after
 * another at the stage's median (a stage that finished little lately was short of work, not slow);
 * the busiest stage sets the wait. <b>realistic</b> = today + ⌈wait + Σ 80th percentiles⌉ days,
 * <b>likely</b> the same with medians. Stage durations are per order, whatever its quantity.
 *
 * <h2>Stock and suggestions</h2>
 *
 * A material is short when {@code perUnit × quantity} exceeds its available stock (on hand minus
 * reserved). Suggestions: the next volume tier when it lowers the unit price; for each short
 * material, an item of the same category with enough available stock, closest in colour and price;
 * the realistic date when the asked deadline is earlier.
 */
public final class QuoteEngine {
  private static final int SCALE = Money.MAX_SCALE;
  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final BigDecimal MINUTES_PER_HOUR = new BigDecimal("60");

  private final QuoteData data;

  public QuoteEngine(QuoteData data) {
    this.data = data;
  }

  /**
   * Prices {@code request}.
   *
   * @throws ValidationException when the design or material is unknown, or an item is priced in
   *     another currency than the organisation's pricing
   */
  public QuoteResult quote(QuoteRequest request) {
    PricingSettings pricing = data.pricing();
    Optional<Design> design = Optional.empty();
    if (request.designId() != null) {
      design =
          Optional.of(
              data.design(request.designId())
                  .orElseThrow(() -> unknown("designId", "names no design")));
    }
    Optional<Item> material = Optional.empty();
    if (request.materialItemId() != null) {
      material =
          Optional.of(
              data.item(request.materialItemId())
                  .orElseThrow(() -> unknown("materialItemId", "names no item")));
    }
    String productType =
        request.productType() != null ? request.productType() : design.orElseThrow().name();
    List<Need> needs = needs(design, material, request.materialPerUnit());
    for (Need need : needs) {
      if (!need.item().unitCost().currency().equals(pricing.currency())) {
        throw unknown(
            "materialItemId",
            need.item().sku()
                + " is priced in "
                + need.item().unitCost().currency()
                + ", quotes in "
                + pricing.currency());
      }
    }
    int quantity = request.quantity();
    PriceBreakdown breakdown = price(pricing, needs, productType, request.complexity(), quantity);
    Map<UUID, BigDecimal> available =
        data.available(needs.stream().map(n -> n.item().id()).toList());
    List<MaterialLine> lines = new ArrayList<>();
    List<Shortfall> shortfalls = new ArrayList<>();
    for (Need need : needs) {
      Item item = need.item();
      BigDecimal needed = plain(need.perUnit().multiply(BigDecimal.valueOf(quantity)));
      BigDecimal stock = plain(available.getOrDefault(item.id(), BigDecimal.ZERO));
      lines.add(
          new MaterialLine(
              item.id(),
              item.sku(),
              item.name(),
              item.unit().symbol(),
              plain(need.perUnit()),
              item.unitCost(),
              item.unitCost().times(need.perUnit()),
              needed,
              stock));
      if (needed.compareTo(stock) > 0) {
        shortfalls.add(
            new Shortfall(
                item.id(),
                item.sku(),
                item.name(),
                item.unit().symbol(),
                needed,
                stock,
                plain(needed.subtract(stock))));
      }
    }
    DeliveryEstimate delivery = new DeliveryEstimator(data).estimate(request.today());
    boolean deadlineMet =
        request.deadline() == null || !request.deadline().isBefore(delivery.realistic());
    List<Suggestion> suggestions = new ArrayList<>();
    quantityBreak(pricing, needs, productType, request, breakdown).ifPresent(suggestions::add);
    for (Shortfall shortfall : shortfalls) {
      Item short_ =
          needs.stream()
              .map(Need::item)
              .filter(i -> i.id().equals(shortfall.itemId()))
              .findFirst()
              .orElseThrow();
      alternative(short_, shortfall.needed()).ifPresent(suggestions::add);
    }
    if (!deadlineMet) {
      suggestions.add(
          new RealisticDeadline(
              request.deadline(),
              delivery.realistic(),
              "The asked deadline "
                  + request.deadline()
                  + " is too early: "
                  + delivery.realistic()
                  + " is realistic with the orders ahead."));
    }
    return new QuoteResult(
        productType, quantity, breakdown, lines, delivery, deadlineMet, shortfalls, suggestions);
  }

  private List<Need> needs(
      Optional<Design> design, Optional<Item> material, BigDecimal materialPerUnit) {
    List<Need> needs = new ArrayList<>();
    boolean placed = false;
    if (design.isPresent()) {
      for (BomLine line : design.get().bom()) {
        Item item =
            data.item(line.itemId())
                .orElseThrow(
                    () -> unknown("designId", "lists an item that no longer exists in its bill"));
        if (!placed && material.isPresent() && material.get().category() == item.category()) {
          needs.add(new Need(material.get(), line.quantityPerUnit()));
          placed = true;
        } else {
          needs.add(new Need(item, line.quantityPerUnit()));
        }
      }
    }
    if (material.isPresent() && !placed) {
      Item item = material.get();
      if (needs.stream().noneMatch(n -> n.item().id().equals(item.id()))) {
        needs.add(new Need(item, materialPerUnit == null ? BigDecimal.ONE : materialPerUnit));
      }
    }
    return needs;
  }

  /** The breakdown of one unit and the order; see the class comment for each step's rounding. */
  static PriceBreakdown price(
      PricingSettings pricing,
      List<Need> needs,
      String productType,
      Complexity complexity,
      int quantity) {
    Money materials = Money.zero(pricing.currency());
    for (Need need : needs) {
      materials = materials.plus(need.item().unitCost().times(need.perUnit()));
    }
    BigDecimal minutes = pricing.minutesPerUnit(productType, complexity);
    Money labour =
        new Money(
            minutes
                .multiply(pricing.hourlyRate(complexity).amount())
                .divide(MINUTES_PER_HOUR, SCALE, RoundingMode.HALF_UP),
            pricing.currency());
    Money cost = materials.plus(labour);
    Money overhead = cost.times(percent(pricing.overheadPercent()));
    Money beforeMargin = cost.plus(overhead);
    Money margin = beforeMargin.times(percent(pricing.marginPercent()));
    Money list = beforeMargin.plus(margin);
    BigDecimal off = tierFor(pricing, quantity).map(VolumeTier::percentOff).orElse(BigDecimal.ZERO);
    Money discount = list.times(percent(off));
    Money unitPrice = list.minus(discount).rounded();
    Money total = unitPrice.times(BigDecimal.valueOf(quantity)).rounded();
    return new PriceBreakdown(materials, labour, overhead, margin, discount, unitPrice, total);
  }

  private Optional<Suggestion> quantityBreak(
      PricingSettings pricing,
      List<Need> needs,
      String productType,
      QuoteRequest request,
      PriceBreakdown current) {
    Optional<VolumeTier> next =
        pricing.tiers().stream().filter(t -> t.minQuantity() > request.quantity()).findFirst();
    if (next.isEmpty() || next.get().minQuantity() > QuoteRequest.MAX_QUANTITY) {
      return Optional.empty();
    }
    int quantity = next.get().minQuantity();
    PriceBreakdown better = price(pricing, needs, productType, request.complexity(), quantity);
    if (better.unitPrice().compareTo(current.unitPrice()) >= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new QuantityBreak(
            quantity,
            plain(next.get().percentOff()),
            better.unitPrice(),
            better.total(),
            "Order "
                + quantity
                + " (+"
                + (quantity - request.quantity())
                + ") and the unit price drops to "
                + better.unitPrice()
                + " ("
                + plain(next.get().percentOff()).toPlainString()
                + " % volume discount)."));
  }

  private Optional<Suggestion> alternative(Item short_, BigDecimal needed) {
    Comparator<StockedItem> closest =
        Comparator.comparingDouble((StockedItem s) -> distance(short_, s.item()))
            .thenComparing(s -> s.item().sku());
    return data.inStock(short_.category(), needed).stream()
        .filter(s -> !s.item().id().equals(short_.id()))
        .filter(s -> !s.item().archived() && s.available().compareTo(needed) >= 0)
        .filter(s -> s.item().unitCost().currency().equals(short_.unitCost().currency()))
        .min(closest)
        .map(
            s ->
                new AlternativeMaterial(
                    short_.id(),
                    s.item().id(),
                    s.item().sku(),
                    s.item().name(),
                    plain(s.available()),
                    s.item().unitCost(),
                    "Not enough "
                        + short_.sku()
                        + " ("
                        + short_.name()
                        + "): "
                        + s.item().sku()
                        + " ("
                        + s.item().name()
                        + ") has "
                        + plain(s.available()).toPlainString()
                        + " "
                        + s.item().unit().symbol()
                        + " available at "
                        + s.item().unitCost()
                        + " per "
                        + s.item().unit().symbol()
                        + "."));
  }

  /**
   * How far {@code candidate} is from {@code wanted}, 0 to about 2: the colour distance in RGB
   * (0–1, 0.5 when either has no colour) plus the relative price difference (capped at 1).
   */
  static double distance(Item wanted, Item candidate) {
    double colour = 0.5;
    if (wanted.colourHex() != null && candidate.colourHex() != null) {
      int a = Integer.parseInt(wanted.colourHex().substring(1), 16);
      int b = Integer.parseInt(candidate.colourHex().substring(1), 16);
      double dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
      double dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
      double db = (a & 0xFF) - (b & 0xFF);
      colour = Math.sqrt(dr * dr + dg * dg + db * db) / Math.sqrt(3 * 255.0 * 255.0);
    }
    double wantedCost = wanted.unitCost().amount().doubleValue();
    double candidateCost = candidate.unitCost().amount().doubleValue();
    double price =
        wantedCost == 0
            ? (candidateCost == 0 ? 0 : 1)
            : Math.min(1, Math.abs(candidateCost - wantedCost) / wantedCost);
    return colour + price;
  }

  private static Optional<VolumeTier> tierFor(PricingSettings pricing, int quantity) {
    Optional<VolumeTier> found = Optional.empty();
    for (VolumeTier tier : pricing.tiers()) {
      if (tier.minQuantity() <= quantity) {
        found = Optional.of(tier);
      }
    }
    return found;
  }

  private static BigDecimal percent(BigDecimal value) {
    return value.divide(HUNDRED);
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static ValidationException unknown(String field, String message) {
    return new ValidationException("Quote", field, message);
  }

  /** One material and how much of it one unit uses. */
  record Need(Item item, BigDecimal perUnit) {}
}
