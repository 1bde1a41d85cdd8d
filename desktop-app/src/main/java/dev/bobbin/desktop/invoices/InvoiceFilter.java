package dev.bobbin.desktop.invoices;

import dev.bobbin.model.invoices.InvoiceStatus;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * Which invoices the list shows.
 *
 * @param status only this status; {@code null} for all
 * @param customerId only this customer's; {@code null} for all
 * @param text words that must all occur in the number ("draft" for drafts), customer, order or
 *     notes
 */
record InvoiceFilter(InvoiceStatus status, UUID customerId, boolean overdueOnly, String text) {
  static InvoiceFilter all() {
    return new InvoiceFilter(null, null, false, "");
  }

  boolean matches(InvoiceRow row, LocalDate today) {
    if (status != null && row.invoice().status() != status) {
      return false;
    }
    if (customerId != null && !customerId.equals(row.invoice().customerId())) {
      return false;
    }
    if (overdueOnly && !row.invoice().isOverdue(today)) {
      return false;
    }
    String haystack =
        String.join(
                " ",
                row.number(),
                row.customer(),
                row.order(),
                row.invoice().notes() == null ? "" : row.invoice().notes())
            .toLowerCase(Locale.ROOT);
    for (String word : text.trim().toLowerCase(Locale.ROOT).split("\\s+", -1)) {
      if (!word.isEmpty() && !haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
