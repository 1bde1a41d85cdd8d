package dev.bobbin.model.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemTest {

  @Test
  void aValidItemKeepsItsValuesAndTrimsSku() {
    Item base = Items.poplin();
    Item item =
        new Item(
            base.id(),
            "  FAB-1 ",
            " Poplin ",
            base.category(),
            null,
            null,
            null,
            Unit.PCS,
            null,
            base.unitCost(),
            null,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            false);
    assertThat(item.sku()).isEqualTo("FAB-1");
    assertThat(item.name()).isEqualTo("Poplin");
  }

  @ParameterizedTest(name = "{0}={1} is rejected: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          sku          | ''       | must not be empty
          sku          | 'A B'    | must not contain spaces
          name         | '  '     | must not be empty
          colourHex    | 'navy'   | must be a colour like #1A2B3C
          colourHex    | '#12345' | must be a colour like #1A2B3C
          reorderPoint | '-1'     | must not be negative
          reorderPoint | '2.5'    | must be a whole number of pcs
          unitCost     | '-0.01'  | must not be negative
          """)
  void badValuesAreRejectedWithAMessageNamingTheField(String field, String value, String message) {
    assertThatThrownBy(() -> withField(field, value))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).violations())
                    .extracting(Violation::field)
                    .contains(field))
        .hasMessageContaining(message);
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                new Item(
                    null,
                    "",
                    "",
                    null,
                    null,
                    "red",
                    null,
                    null,
                    null,
                    null,
                    null,
                    new BigDecimal("-1"),
                    BigDecimal.ZERO,
                    false))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .contains(
                        "id",
                        "sku",
                        "name",
                        "category",
                        "colourHex",
                        "unit",
                        "unitCost",
                        "reorderPoint"));
  }

  @Test
  void quantitiesMayUseTheUnitsDecimals() {
    Item metres = Items.poplin();
    Item item =
        new Item(
            metres.id(),
            "X",
            "X",
            Category.FABRIC,
            null,
            null,
            null,
            Unit.M,
            null,
            Money.of("1", "USD"),
            null,
            new BigDecimal("12.50"),
            new BigDecimal("0.25"),
            false);
    assertThat(item.reorderQuantity()).isEqualByComparingTo("0.25");
  }

  private static Item withField(String field, String value) {
    Item b = Items.poplin();
    Unit unit = field.equals("reorderPoint") && value.contains(".") ? Unit.PCS : b.unit();
    return new Item(
        b.id(),
        field.equals("sku") ? value : b.sku(),
        field.equals("name") ? value : b.name(),
        b.category(),
        b.colourName(),
        field.equals("colourHex") ? value : b.colourHex(),
        b.size(),
        unit,
        b.location(),
        field.equals("unitCost") ? Money.of(value, "USD") : b.unitCost(),
        b.barcode(),
        field.equals("reorderPoint") ? new BigDecimal(value) : b.reorderPoint(),
        b.reorderQuantity(),
        b.archived());
  }
}
