package dev.bobbin.desktop.invoices;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One {@code invoice_line} row, minus its invoice id and position; priced in the invoice's
 * currency.
 */
@Embeddable
class InvoiceLineColumns {
  String description;
  BigDecimal quantity;
  BigDecimal unitPriceAmount;
  BigDecimal discountPercent;
  BigDecimal taxRatePercent;
}
