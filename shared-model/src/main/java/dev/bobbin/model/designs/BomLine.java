package dev.bobbin.model.designs;

import dev.bobbin.model.common.Validator;
import java.math.BigDecimal;
import java.util.UUID;

/** One material of a design's bill of materials: how much of an item one finished unit uses. */
public record BomLine(UUID itemId, BigDecimal quantityPerUnit) {
  /** Per-unit usage can be tiny (thread per piece), so it keeps more decimals than stock does. */
  public static final int MAX_DECIMALS = 6;

  public BomLine {
    Validator.of("BomLine")
        .notNull("itemId", itemId)
        .positive("quantityPerUnit", quantityPerUnit)
        .maxDecimals("quantityPerUnit", quantityPerUnit, MAX_DECIMALS)
        .validate();
  }
}
