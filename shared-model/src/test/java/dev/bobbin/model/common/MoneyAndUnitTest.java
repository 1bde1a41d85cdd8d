package dev.bobbin.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyAndUnitTest {

  @Test
  void moneyEqualityIgnoresScaleButNotCurrency() {
    assertThat(Money.of("1.0", "USD"))
        .isEqualTo(Money.of("1.00", "USD"))
        .hasSameHashCodeAs(Money.of("1.00", "USD"))
        .isNotEqualTo(Money.of("1.00", "EUR"));
  }

  @Test
  void moneyRefusesMixedCurrenciesAndTooManyDecimals() {
    assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
        .hasMessageContaining("cannot combine USD with EUR");
    assertThatThrownBy(() -> Money.of("0.00001", "USD")).hasMessageContaining("at most 4 decimals");
  }

  @Test
  void roundingUsesTheCurrencysMinorUnit() {
    assertThat(Money.of("2.345", "USD").rounded().amount()).isEqualByComparingTo("2.35");
    assertThat(Money.of("2.5", "JPY").rounded().amount()).isEqualByComparingTo("3");
  }

  @ParameterizedTest
  @CsvSource({"m, M", "PCS, PCS", " kg , KG", "pcs, PCS"})
  void unitsParseFromSymbolOrName(String text, Unit expected) {
    assertThat(Unit.parse(text)).isEqualTo(expected);
  }

  @Test
  void unknownUnitNamesTheAcceptedOnes() {
    assertThatThrownBy(() -> Unit.parse("furlong"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unknown unit \"furlong\"; use one of pcs, pair");
  }

  @ParameterizedTest
  @CsvSource({
    "PCS, 3, true",
    "PCS, 3.0, true",
    "PCS, 3.5, false",
    "M, 1.25, true",
    "M, 1.255, false",
    "KG, 0.125, true"
  })
  void unitsAllowTheirDecimals(Unit unit, BigDecimal qty, boolean ok) {
    assertThat(unit.accepts(qty)).isEqualTo(ok);
  }

  @Test
  void idsAreVersion7AndUnique() {
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      UUID id = Ids.newId();
      assertThat(id.version()).isEqualTo(7);
      ids.add(id);
    }
    assertThat(ids).hasSize(10_000);
  }

  @Test
  void documentNumbersCarryTheDevicePrefix() {
    assertThat(DocumentNumbers.format("PO", "K7", 42)).isEqualTo("PO-K7-0042");
    assertThatThrownBy(() -> DocumentNumbers.format("PO", "k", 1))
        .hasMessageContaining("devicePrefix: must be 2 to 4 capital letters or digits");
  }

  @Test
  void entityTypesAreFoundByWireName() {
    assertThat(dev.bobbin.model.sync.EntityType.fromWireName("app_user"))
        .contains(dev.bobbin.model.sync.EntityType.USER);
    assertThat(dev.bobbin.model.sync.EntityType.fromWireName("nope")).isEmpty();
  }

  @Test
  void valuesWithMoreDecimalsThanTheirColumnAreRejected() {
    assertThatThrownBy(
            () -> new dev.bobbin.model.designs.BomLine(Ids.newId(), new BigDecimal("0.0000001")))
        .hasMessageContaining("quantityPerUnit: must have at most 6 decimals");
  }
}
