package dev.bobbin.desktop.designs;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/** One {@code design_bom_line} row, minus its design id and position. */
@Embeddable
class BomLineColumns {
  UUID itemId;
  BigDecimal quantityPerUnit;

  static BomLineColumns of(UUID itemId, BigDecimal quantityPerUnit) {
    BomLineColumns c = new BomLineColumns();
    c.itemId = itemId;
    c.quantityPerUnit = quantityPerUnit;
    return c;
  }
}
