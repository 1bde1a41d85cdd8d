package dev.bobbin.desktop.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceRepositoryTest {
  @TempDir Path dir;

  @Test
  void aDraftInvoiceSurvivesTheRoundTripWithItsLinesInOrder() {
    try (LocalData data = TestData.open(dir)) {
      Invoice invoice =
          draft(line("School uniform shirt", "300", "420"), line("Delivery", "1", "1500"));

      data.invoices().create(invoice);

      Invoice stored = data.invoices().findById(invoice.id()).orElseThrow();
      assertThat(stored).isEqualTo(invoice);
      assertThat(stored.totals().total()).isEqualTo(Money.of("146625", "BDT"));
    }
  }

  @Test
  void changingTheLinesReplacesThem() {
    try (LocalData data = TestData.open(dir)) {
      Invoice before = data.invoices().create(draft(line("Shirts", "10", "400")));
      Invoice after =
          new Invoice(
              before.id(),
              null,
              before.customerId(),
              null,
              null,
              before.currency(),
              List.of(line("Shirts", "12", "400"), line("Delivery", "1", "500")),
              InvoiceStatus.DRAFT,
              null,
              null,
              null);

      data.invoices().update(before, after);

      assertThat(data.invoices().findById(before.id())).contains(after);
      assertThat(data.invoices().forCustomer(before.customerId())).containsExactly(after);
    }
  }

  private static Invoice draft(InvoiceLine... lines) {
    return new Invoice(
        Ids.newId(),
        null,
        Ids.newId(),
        null,
        null,
        Currency.getInstance("BDT"),
        List.of(lines),
        InvoiceStatus.DRAFT,
        null,
        null,
        null);
  }

  private static InvoiceLine line(String description, String quantity, String price) {
    return new InvoiceLine(
        description,
        new BigDecimal(quantity),
        Money.of(price, "BDT"),
        BigDecimal.ZERO,
        new BigDecimal("15"));
  }
}
