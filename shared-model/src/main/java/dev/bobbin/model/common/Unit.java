package dev.bobbin.model.common;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/** Units of measure a stock item can be counted in, each with the decimals it allows. */
public enum Unit {
  PCS("pcs", 0),
  PAIR("pair", 0),
  SET("set", 0),
  PACK("pack", 0),
  ROLL("roll", 0),
  CONE("cone", 0),
  M("m", 2),
  CM("cm", 1),
  YD("yd", 2),
  KG("kg", 3),
  G("g", 1),
  L("l", 3),
  ML("ml", 0);

  private final String symbol;
  private final int decimals;

  Unit(String symbol, int decimals) {
    this.symbol = symbol;
    this.decimals = decimals;
  }

  public String symbol() {
    return symbol;
  }

  /** How many digits after the decimal point a quantity in this unit may have. */
  public int decimals() {
    return decimals;
  }

  public boolean accepts(BigDecimal quantity) {
    return quantity.stripTrailingZeros().scale() <= decimals;
  }

  /**
   * Parses a unit from its symbol or name, case-insensitively.
   *
   * @throws ValidationException naming the accepted units when the text is not one of them
   */
  public static Unit parse(String text) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(u -> u.symbol.equals(wanted) || u.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new ValidationException(
                    "Unit",
                    "unit",
                    "unknown unit \""
                        + text
                        + "\"; use one of "
                        + String.join(", ", Arrays.stream(values()).map(Unit::symbol).toList())));
  }
}
