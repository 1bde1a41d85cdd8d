package dev.bobbin.desktop.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.purchasing.Supplier;
import java.nio.file.Path;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupplierRepositoryTest {
  @TempDir Path dir;

  @Test
  void aSupplierSurvivesTheRoundTripAndCanBeChanged() {
    try (LocalData data = TestData.open(dir)) {
      Supplier supplier =
          new Supplier(
              Ids.newId(),
              "Ningbo Bright Trims Co.",
              "export@ningbotrims.example",
              "+86 574 5555 0101",
              Currency.getInstance("USD"),
              45,
              35);

      data.suppliers().create(supplier);
      Supplier faster =
          new Supplier(
              supplier.id(),
              supplier.name(),
              supplier.email(),
              supplier.phone(),
              supplier.currency(),
              45,
              21);
      data.suppliers().update(supplier, faster);

      assertThat(data.suppliers().findById(supplier.id())).contains(faster);
      assertThat(data.suppliers().all()).containsExactly(faster);
    }
  }
}
