package dev.bobbin.model.quotes;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A volume discount: from {@code minQuantity} pieces on, {@code percentOff} percent off the unit
 * price.
 */
public record VolumeTier(int minQuantity, BigDecimal percentOff) {
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  public VolumeTier {
    if (minQuantity < 1) {
      throw new IllegalArgumentException("A tier starts at 1 piece or more, not " + minQuantity);
    }
    if (percentOff == null || percentOff.signum() < 0 || percentOff.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException(
          "A tier's discount is 0 to below 100 %, not " + percentOff);
    }
  }

  /** Reads {@code "100:5"}; empty when the text is not a valid tier. */
  public static Optional<VolumeTier> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new VolumeTier(
              Integer.parseInt(text.substring(0, colon).strip()),
              new BigDecimal(text.substring(colon + 1).strip())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The text form kept in {@link PricingSettings#volumeDiscounts()}. */
  public String text() {
    return minQuantity + ":" + percentOff.stripTrailingZeros().toPlainString();
  }
}
