package dev.bobbin.model.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.ValidationException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTotalsTest {
  private static final Currency USD = Currency.getInstance("USD");

  private static InvoiceLine line(String qty, String price, String discount, String tax) {
    return new InvoiceLine(
        "Shirt",
        new BigDecimal(qty),
        Money.of(price, "USD"),
        new BigDecimal(discount),
        new BigDecimal(tax));
  }

  @Test
  void roundsPerLineThenSumsAndSummarisesTaxPerRate() {
    List<InvoiceLine> lines =
        List.of(
            line("3", "3.333", "0", "15"), // net 9.999 -> 10.00, tax 1.50
            line("1", "0.125", "0", "15"), // net 0.125 -> 0.13, tax 0.0195 -> 0.02
            line("7", "2.00", "10", "5")); // net 12.60, tax 0.63
    InvoiceTotals totals = InvoiceTotals.of(lines, USD);
    assertThat(totals.subtotal()).isEqualTo(Money.of("22.73", "USD"));
    assertThat(totals.taxByRate())
        .containsEntry(new BigDecimal("15"), Money.of("1.52", "USD"))
        .containsEntry(new BigDecimal("5"), Money.of("0.63", "USD"));
    assertThat(totals.tax()).isEqualTo(Money.of("2.15", "USD"));
    assertThat(totals.total()).isEqualTo(Money.of("24.88", "USD"));
  }

  @Test
  void linesInAnotherCurrencyAreRejected() {
    InvoiceLine eur =
        new InvoiceLine(
            "Belt", BigDecimal.ONE, Money.of("1", "EUR"), BigDecimal.ZERO, BigDecimal.ZERO);
    assertThatThrownBy(
            () ->
                new Invoice(
                    Ids.newId(),
                    null,
                    Ids.newId(),
                    null,
                    null,
                    USD,
                    List.of(eur),
                    InvoiceStatus.DRAFT,
                    null,
                    null,
                    null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("lines: must all be in the invoice's currency");
  }

  @Test
  void aDraftHasNoNumberAndAnIssuedInvoiceHasOne() {
    assertThatThrownBy(
            () ->
                new Invoice(
                    Ids.newId(),
                    null,
                    Ids.newId(),
                    null,
                    null,
                    USD,
                    List.of(line("1", "1", "0", "0")),
                    InvoiceStatus.ISSUED,
                    null,
                    null,
                    null))
        .hasMessageContaining("number: is given exactly when issued");
  }
}
