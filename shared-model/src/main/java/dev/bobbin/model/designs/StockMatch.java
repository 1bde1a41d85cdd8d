package dev.bobbin.model.designs;

import dev.bobbin.model.common.Unit;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A stocked item near a palette colour.
 *
 * @param deltaE CIEDE2000 difference between the palette colour and the item's colour, to two
 *     decimals
 */
public record StockMatch(
    UUID itemId,
    String sku,
    String name,
    String colourName,
    String colourHex,
    BigDecimal onHand,
    Unit unit,
    double deltaE) {

  static StockMatch of(StockedColour stocked, double deltaE) {
    return new StockMatch(
        stocked.itemId(),
        stocked.sku(),
        stocked.name(),
        stocked.colourName(),
        stocked.colourHex().toUpperCase(java.util.Locale.ROOT),
        stocked.onHand(),
        stocked.unit(),
        Math.round(deltaE * 100) / 100.0);
  }
}
