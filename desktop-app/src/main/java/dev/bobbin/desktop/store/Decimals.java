package dev.bobbin.desktop.store;

import java.math.BigDecimal;

/** Turns numbers read from NUMERIC columns back into the form people typed. */
public final class Decimals {
  private Decimals() {}

  /**
   * {@code 12.5000} → {@code 12.5}, {@code 100.000} → {@code 100}: a NUMERIC(19,3) column pads
   * every value to its scale, which would make an unchanged record look edited.
   */
  public static BigDecimal canonical(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
