package dev.bobbin.desktop.designs;

import dev.bobbin.model.inventory.Item;
import java.math.BigDecimal;

/**
 * One material of "Can we make N?".
 *
 * @param required quantity per unit × N, rounded up to the item's unit
 * @param reserved held by started orders
 * @param available on hand − reserved: the only stock a new order can count on
 * @param shortfall what is missing; zero when there is enough
 */
public record MaterialCheck(
    Item item,
    BigDecimal required,
    BigDecimal onHand,
    BigDecimal reserved,
    BigDecimal available,
    BigDecimal shortfall) {

  public boolean isShort() {
    return shortfall.signum() > 0;
  }
}
