package dev.bobbin.model.invoices;

import dev.bobbin.model.common.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An invoice's totals. Rounding is per line, then summed: every figure printed on the invoice adds
 * up exactly to the total.
 *
 * @param taxByRate tax summed per rate (percent → amount), for the tax summary
 */
public record InvoiceTotals(
    Money subtotal, Map<BigDecimal, Money> taxByRate, Money tax, Money total) {

  public InvoiceTotals {
    taxByRate = Map.copyOf(taxByRate);
  }

  public static InvoiceTotals of(List<InvoiceLine> lines, Currency currency) {
    Money subtotal = Money.zero(currency).rounded();
    Map<BigDecimal, Money> byRate = new TreeMap<>();
    for (InvoiceLine line : lines) {
      subtotal = subtotal.plus(line.net());
      byRate.merge(line.taxRatePercent().stripTrailingZeros(), line.tax(), Money::plus);
    }
    Money tax = byRate.values().stream().reduce(Money.zero(currency).rounded(), Money::plus);
    return new InvoiceTotals(subtotal, byRate, tax, subtotal.plus(tax));
  }
}
