package dev.bobbin.model.designs;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much material a run of a design takes in all colours together, to split by colour share: e.g.
 * 20 arches of 150 balloons, or 40 shirts of 1.2 m² of printed fabric.
 *
 * @param quantity units to make, at least 1
 * @param perUnit material per unit, positive
 * @param unitLabel what the material is counted in ("balloons", "m²"); may be {@code null}
 */
public record MaterialNeed(int quantity, BigDecimal perUnit, String unitLabel) {
  public MaterialNeed {
    Objects.requireNonNull(perUnit, "perUnit");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be 1 or more");
    }
    if (perUnit.signum() <= 0) {
      throw new IllegalArgumentException("perUnit must be positive");
    }
  }

  /** Material for the whole run: quantity × per unit. */
  public BigDecimal total() {
    return perUnit.multiply(BigDecimal.valueOf(quantity));
  }
}
