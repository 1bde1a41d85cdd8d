package dev.bobbin.model.invoices;

/**
 * An invoice's status: draft → issued → partially paid / paid, or void. Once issued, its content
 * never changes; only payments and voiding move it on. Overdue is not a status: it is derived from
 * the due date ({@link Invoice#isOverdue}).
 */
public enum InvoiceStatus {
  DRAFT,
  ISSUED,
  PARTIALLY_PAID,
  PAID,
  VOID;

  /** Whether the invoice has a number and frozen content. */
  public boolean isIssued() {
    return this != DRAFT;
  }
}
