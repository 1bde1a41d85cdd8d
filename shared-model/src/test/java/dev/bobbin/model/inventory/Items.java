package dev.bobbin.model.inventory;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import java.math.BigDecimal;

/** A valid item to vary in tests. */
final class Items {
  private Items() {}

  static Item poplin() {
    return new Item(
        Ids.newId(),
        "FAB-POP-NAVY",
        "Cotton poplin, navy",
        Category.FABRIC,
        "Navy",
        "#1F2A44",
        "150 cm",
        Unit.M,
        "Rack A-3",
        Money.of("2.40", "USD"),
        "4006381333931",
        new BigDecimal("50"),
        new BigDecimal("200"),
        false);
  }
}
