package dev.bobbin.desktop.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.sync.FieldChange;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordDiffTest {
  private final RecordDiff diff = new RecordDiff(StoreJson.newMapper());
  private final Item poplin =
      new Item(
          Ids.newId(),
          "FAB-POP-WHT",
          "Cotton poplin white",
          Category.FABRIC,
          "White",
          "#FFFFFF",
          "140 cm",
          Unit.M,
          "Rack A-1",
          Money.of("185.50", "BDT"),
          null,
          new BigDecimal("150"),
          new BigDecimal("600"),
          false);

  @Test
  void listsOnlyTheChangedFieldsWithTheirOldAndNewValues() {
    Item renamed = poplin.withName("Poplin, bright white").withUnitCost(Money.of("190", "BDT"));

    Map<String, FieldChange> changes = diff.changes(poplin, renamed);

    assertThat(changes).containsOnlyKeys("name", "unitCost");
    assertThat(changes.get("name"))
        .isEqualTo(new FieldChange("Cotton poplin white", "Poplin, bright white"));
    assertThat(changes.get("unitCost").to())
        .isEqualTo(Map.of("amount", new BigDecimal("190"), "currency", "BDT"));
  }

  @Test
  void theSameNumberWithMoreDecimalsIsNoChange() {
    Item padded =
        new Item(
            poplin.id(),
            poplin.sku(),
            poplin.name(),
            poplin.category(),
            poplin.colourName(),
            poplin.colourHex(),
            poplin.size(),
            poplin.unit(),
            poplin.location(),
            Money.of("185.5000", "BDT"),
            poplin.barcode(),
            new BigDecimal("150.000"),
            new BigDecimal("600.000"),
            false);

    assertThat(diff.changes(poplin, padded)).isEmpty();
  }

  @Test
  void aSetInAnotherOrderIsNoChange() {
    Design design =
        new Design(
            Ids.newId(),
            "SH-101",
            "Shirt",
            null,
            null,
            DesignStatus.DRAFT,
            new LinkedHashSet<>(List.of("shirt", "cotton", "menswear")),
            null,
            List.of(),
            List.of());
    Design reordered =
        new Design(
            design.id(),
            "SH-101",
            "Shirt",
            null,
            null,
            DesignStatus.DRAFT,
            new LinkedHashSet<>(List.of("menswear", "shirt", "cotton")),
            null,
            List.of(),
            List.of());

    assertThat(diff.changes(design, reordered)).isEmpty();
  }

  @Test
  void applyingChangesKeepsTheOtherFieldsOfTheCurrentRecord() {
    Item movedMeanwhile =
        new Item(
            poplin.id(),
            poplin.sku(),
            poplin.name(),
            poplin.category(),
            poplin.colourName(),
            poplin.colourHex(),
            poplin.size(),
            poplin.unit(),
            "Rack B-7",
            poplin.unitCost(),
            poplin.barcode(),
            poplin.reorderPoint(),
            poplin.reorderQuantity(),
            false);

    Item merged =
        diff.apply(
            movedMeanwhile, diff.changes(poplin, poplin.withName("Poplin white")), Item.class);

    assertThat(merged.name()).isEqualTo("Poplin white");
    assertThat(merged.location()).isEqualTo("Rack B-7");
  }

  @Test
  void applyingAnInvalidCombinationIsAValidationError() {
    Map<String, FieldChange> changes = Map.of("name", new FieldChange("x", " "));

    assertThatThrownBy(() -> diff.apply(poplin, changes, Item.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("name");
  }
}
