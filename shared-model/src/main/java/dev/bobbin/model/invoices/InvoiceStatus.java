package dev.bobbin.model.invoices;

/** An invoice's status. Once issued, its content never changes. */
public enum InvoiceStatus {
  DRAFT,
  ISSUED,
  PAID,
  VOID
}
