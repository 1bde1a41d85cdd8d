package dev.bobbin.desktop.labels;

import java.math.BigDecimal;

/**
 * What a fabric-roll label adds, entered when printing: the roll's length, its width and the dye
 * lot (shades differ between lots, so cutters must not mix them).
 *
 * @param lengthMetres metres on the roll
 * @param widthCentimetres usable width; {@code null} when not given
 * @param lot the dye lot; may be empty
 */
public record FabricRoll(BigDecimal lengthMetres, BigDecimal widthCentimetres, String lot) {
  public FabricRoll {
    lot = lot == null ? "" : lot.trim();
  }

  /** e.g. {@code 50 m × 150 cm}. */
  String size() {
    String length = lengthMetres.stripTrailingZeros().toPlainString() + " m";
    return widthCentimetres == null
        ? length
        : length + " × " + widthCentimetres.stripTrailingZeros().toPlainString() + " cm";
  }
}
