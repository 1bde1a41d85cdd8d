package dev.bobbin.model.designs;

import dev.bobbin.model.common.Unit;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * An item with a colour, as colour matching sees it.
 *
 * @param colourName e.g. "Cherry red"; may be {@code null}
 * @param colourHex {@code #RRGGBB}
 * @param onHand the ledger balance; only items with stock on hand are matched
 */
public record StockedColour(
    UUID itemId,
    String sku,
    String name,
    String colourName,
    String colourHex,
    BigDecimal onHand,
    Unit unit) {
  public StockedColour {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(onHand, "onHand");
    Objects.requireNonNull(unit, "unit");
    Lab.fromHex(colourHex);
  }
}
