package dev.bobbin.desktop.inventory;

import dev.bobbin.model.inventory.Item;
import java.math.BigDecimal;

/**
 * One line of the item list.
 *
 * @param onHand the cached sum of the item's ledger
 * @param available on hand minus what started orders have reserved
 * @param low available has dropped below the reorder point (see {@code StockLedger.isLow})
 */
public record ItemRow(Item item, BigDecimal onHand, BigDecimal available, boolean low) {}
