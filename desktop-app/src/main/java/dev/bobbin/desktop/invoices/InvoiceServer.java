package dev.bobbin.desktop.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What only the server can do with an invoice: give it its number, keep its PDF, record payments.
 * Implemented over HTTP by the sync package; every failure carries a sentence for the user.
 */
public interface InvoiceServer {
  /** Issues a draft the server already has; returns the number it was given. */
  String issue(UUID invoiceId) throws Unreachable, Refused;

  /** The PDF: as issued, or a preview marked DRAFT. */
  byte[] pdf(UUID invoiceId) throws Unreachable, Refused;

  /** Records a payment; the invoice becomes partially paid or paid (it syncs down). */
  void recordPayment(UUID invoiceId, BigDecimal amount, LocalDate paidOn, String reference)
      throws Unreachable, Refused;

  /** The server cannot be reached now: try again when online. */
  final class Unreachable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unreachable(String message) {
      super(message);
    }
  }

  /** The server said no, with its reason (already issued, more than is due…). */
  final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    public Refused(String message) {
      super(message);
    }
  }
}
