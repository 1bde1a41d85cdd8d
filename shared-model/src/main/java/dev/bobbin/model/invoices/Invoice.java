package dev.bobbin.model.invoices;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Validator;
import java.math.BigDecimal;
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
 * @param amountPaid what the customer has paid so far, in the invoice's currency
 * @param notes terms or a message printed on the invoice; may be {@code null}
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
    UUID creditNoteOf,
    BigDecimal amountPaid,
    String notes) {

  public static final int MAX_NOTES = 2000;

  public Invoice {
    lines = lines == null ? List.of() : List.copyOf(lines);
    amountPaid = amountPaid == null ? BigDecimal.ZERO : amountPaid;
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
        .maxDecimals("amountPaid", amountPaid, 4)
        .check(
            status != InvoiceStatus.DRAFT || amountPaid.signum() == 0,
            "amountPaid",
            "a draft cannot be paid")
        .maxLength("notes", notes, MAX_NOTES)
        .validate();
  }

  /** An invoice with nothing paid and no notes. */
  public Invoice(
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
    this(
        id,
        number,
        customerId,
        productionOrderId,
        quoteId,
        currency,
        lines,
        status,
        issueDate,
        dueDate,
        creditNoteOf,
        BigDecimal.ZERO,
        null);
  }

  /** What is still to be paid: the total less what was paid. */
  public Money outstanding() {
    Money total = totals().total();
    return new Money(total.amount().subtract(amountPaid), currency).rounded();
  }

  /** Overdue is derived, never stored: issued, not fully paid, and past its due date. */
  public boolean isOverdue(LocalDate today) {
    return (status == InvoiceStatus.ISSUED || status == InvoiceStatus.PARTIALLY_PAID)
        && dueDate != null
        && dueDate.isBefore(today);
  }

  public InvoiceTotals totals() {
    return InvoiceTotals.of(lines, currency);
  }
}
