package dev.bobbin.model.quotes;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * An organisation's pricing rules, which managers edit and every device syncs. One row per
 * organisation is meant; when two devices each made one offline, the one with the smallest id is
 * used (both sides pick the same).
 *
 * @param simpleHourlyRate labour cost of one hour of {@link Complexity#SIMPLE} work; the three
 *     rates share one currency, the currency quotes are made in
 * @param simpleMinutes minutes of work per unit for {@link Complexity#SIMPLE}, unless {@code
 *     productMinutes} names the product type
 * @param overheadPercent added to materials plus labour, e.g. {@code 15} for 15 %
 * @param marginPercent added to cost plus overhead
 * @param volumeDiscounts tiers as {@code "minQuantity:percentOff"}, e.g. {@code "100:5"}: from 100
 *     pieces, 5 % off
 * @param productMinutes minutes per unit for one product type and complexity, as {@code "product
 *     type:COMPLEXITY:minutes"}, e.g. {@code "Evening dress:COMPLEX:240"}
 */
public record PricingSettings(
    UUID id,
    Money simpleHourlyRate,
    Money standardHourlyRate,
    Money complexHourlyRate,
    BigDecimal simpleMinutes,
    BigDecimal standardMinutes,
    BigDecimal complexMinutes,
    BigDecimal overheadPercent,
    BigDecimal marginPercent,
    List<String> volumeDiscounts,
    List<String> productMinutes) {

  private static final BigDecimal MAX_PERCENT = new BigDecimal("1000");

  public PricingSettings {
    volumeDiscounts = volumeDiscounts == null ? List.of() : List.copyOf(volumeDiscounts);
    productMinutes = productMinutes == null ? List.of() : List.copyOf(productMinutes);
    Validator v =
        Validator.of("PricingSettings")
            .notNull("id", id)
            .notNull("simpleHourlyRate", simpleHourlyRate)
            .notNull("standardHourlyRate", standardHourlyRate)
            .notNull("complexHourlyRate", complexHourlyRate)
            .nonNegative("simpleMinutes", simpleMinutes)
            .nonNegative("standardMinutes", standardMinutes)
            .nonNegative("complexMinutes", complexMinutes)
            .nonNegative("overheadPercent", overheadPercent)
            .nonNegative("marginPercent", marginPercent)
            .check(
                overheadPercent == null || overheadPercent.compareTo(MAX_PERCENT) <= 0,
                "overheadPercent",
                "must be at most 1000")
            .check(
                marginPercent == null || marginPercent.compareTo(MAX_PERCENT) <= 0,
                "marginPercent",
                "must be at most 1000");
    if (simpleHourlyRate != null && standardHourlyRate != null && complexHourlyRate != null) {
      Currency currency = simpleHourlyRate.currency();
      v.check(
          standardHourlyRate.currency().equals(currency)
              && complexHourlyRate.currency().equals(currency),
          "standardHourlyRate",
          "all hourly rates must be in one currency");
      v.check(
          !simpleHourlyRate.isNegative()
              && !standardHourlyRate.isNegative()
              && !complexHourlyRate.isNegative(),
          "simpleHourlyRate",
          "hourly rates must not be negative");
    }
    for (String tier : volumeDiscounts) {
      v.check(
          VolumeTier.parse(tier).isPresent(),
          "volumeDiscounts",
          "\""
              + tier
              + "\" is not \"minimum quantity:percent off\" (e.g. 100:5, percent below 100)");
    }
    for (String entry : productMinutes) {
      v.check(
          ProductMinutes.parse(entry).isPresent(),
          "productMinutes",
          "\"" + entry + "\" is not \"product type:COMPLEXITY:minutes\" (e.g. T-shirt:SIMPLE:12)");
    }
    v.validate();
  }

  /**
   * The rules an organisation starts with until a manager sets its own: hourly rates 12 / 15 / 20,
   * 10 / 25 / 60 minutes per unit (simple / standard / complex), 15 % overhead, 25 % margin, and 3
   * % off from 50 pieces, 5 % from 100, 8 % from 250, 10 % from 500.
   */
  public static PricingSettings defaults(UUID id, Currency currency) {
    return new PricingSettings(
        id,
        new Money(new BigDecimal("12.00"), currency),
        new Money(new BigDecimal("15.00"), currency),
        new Money(new BigDecimal("20.00"), currency),
        new BigDecimal("10"),
        new BigDecimal("25"),
        new BigDecimal("60"),
        new BigDecimal("15"),
        new BigDecimal("25"),
        List.of("50:3", "100:5", "250:8", "500:10"),
        List.of());
  }

  /** The currency quotes are priced in. */
  public Currency currency() {
    return standardHourlyRate.currency();
  }

  /** The hourly labour rate for {@code complexity}. */
  public Money hourlyRate(Complexity complexity) {
    return switch (complexity) {
      case SIMPLE -> simpleHourlyRate;
      case STANDARD -> standardHourlyRate;
      case COMPLEX -> complexHourlyRate;
    };
  }

  /**
   * Minutes of work per unit: the product type's own figure for this complexity when {@code
   * productMinutes} has one (product types compare ignoring case and surrounding spaces), else the
   * complexity's.
   */
  public BigDecimal minutesPerUnit(String productType, Complexity complexity) {
    String wanted = productType == null ? "" : productType.strip().toLowerCase(Locale.ROOT);
    for (String entry : productMinutes) {
      Optional<ProductMinutes> parsed = ProductMinutes.parse(entry);
      if (parsed.isPresent()
          && parsed.get().complexity() == complexity
          && parsed.get().productType().toLowerCase(Locale.ROOT).equals(wanted)) {
        return parsed.get().minutes();
      }
    }
    return switch (complexity) {
      case SIMPLE -> simpleMinutes;
      case STANDARD -> standardMinutes;
      case COMPLEX -> complexMinutes;
    };
  }

  /** The volume-discount tiers, smallest minimum quantity first. */
  public List<VolumeTier> tiers() {
    List<VolumeTier> tiers = new ArrayList<>();
    for (String tier : volumeDiscounts) {
      VolumeTier.parse(tier).ifPresent(tiers::add);
    }
    tiers.sort(Comparator.comparingInt(VolumeTier::minQuantity));
    return List.copyOf(tiers);
  }

  /** One product type's own minutes per unit at one complexity. */
  record ProductMinutes(String productType, Complexity complexity, BigDecimal minutes) {
    static Optional<ProductMinutes> parse(String text) {
      if (text == null) {
        return Optional.empty();
      }
      int last = text.lastIndexOf(':');
      int middle = last <= 0 ? -1 : text.lastIndexOf(':', last - 1);
      if (middle <= 0) {
        return Optional.empty();
      }
      String product = text.substring(0, middle).strip();
      try {
        Complexity complexity =
            Complexity.valueOf(text.substring(middle + 1, last).strip().toUpperCase(Locale.ROOT));
        BigDecimal minutes = new BigDecimal(text.substring(last + 1).strip());
        if (product.isEmpty() || minutes.signum() < 0) {
          return Optional.empty();
        }
        return Optional.of(new ProductMinutes(product, complexity, minutes));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }
}
