package dev.bobbin.model.invoices;

import dev.bobbin.model.common.Validator;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * An invoice. Drafts are editable; issuing gives it the next gapless number of the organisation's
 * series (on the server) and freezes it. Corrections are credit notes: negative invoices that
 * reference the original.
 *
 * @param number {@code null} until issued
 * @param creditNoteOf the invoice this one corrects, for a credit note
 */
public record Invoice(
    UUID id,
    String number,
    UUID customerId,
    UUID productionOrderId,
    UUID quoteId,
    Currency currency,
    List<InvoiceLine> lines,
    InvoiceStatus status,
    LocalDate issueDate,
    LocalDate dueDate,
    UUID creditNoteOf) {

  public Invoice {
    lines = lines == null ? List.of() : List.copyOf(lines);
    boolean numbered = status != null && status != InvoiceStatus.DRAFT;
    Validator.of("Invoice")
        .notNull("id", id)
        .notNull("customerId", customerId)
        .notNull("currency", currency)
        .notNull("status", status)
        .check(
            lines.stream().allMatch(l -> l.unitPrice().currency().equals(currency)),
            "lines",
            "must all be in the invoice's currency")
        .check(numbered == (number != null), "number", "is given exactly when issued")
        .check(!numbered || !lines.isEmpty(), "lines", "an issued invoice needs a line")
        .check(
            issueDate == null || dueDate == null || !dueDate.isBefore(issueDate),
            "dueDate",
            "must not be before the issue date")
        .validate();
  }

  public InvoiceTotals totals() {
    return InvoiceTotals.of(lines, currency);
  }
}
