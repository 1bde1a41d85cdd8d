package dev.bobbin.desktop.invoices;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * What a new draft starts with until the organisation's own settings exist: its currency (when no
 * converted quote gives one), the tax rate of each line (editable per line) and the days to pay.
 */
public record InvoiceDefaults(Currency currency, BigDecimal taxRatePercent, int paymentDays) {
  /** BDT, 15 % (Bangladesh's standard VAT), 30 days. */
  public static InvoiceDefaults standard() {
    return new InvoiceDefaults(Currency.getInstance("BDT"), new BigDecimal("15"), 30);
  }
}
