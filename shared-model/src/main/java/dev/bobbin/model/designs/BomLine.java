package dev.bobbin.model.designs;

import dev.bobbin.model.common.Validator;
import java.math.BigDecimal;
import java.util.UUID;

/** One material of a design's bill of materials: how much of an item one finished unit uses. */
public record BomLine(UUID itemId, BigDecimal quantityPerUnit) {

  public BomLine {
    Validator.of("BomLine")
        .notNull("itemId", itemId)
        .positive("quantityPerUnit", quantityPerUnit)
        .validate();
  }
}
