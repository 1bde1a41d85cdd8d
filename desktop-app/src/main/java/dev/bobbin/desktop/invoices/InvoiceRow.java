package dev.bobbin.desktop.invoices;

import dev.bobbin.model.invoices.Invoice;

/**
 * An invoice as the list shows it.
 *
 * @param customer the customer's name
 * @param order the production order's number, or empty
 */
record InvoiceRow(Invoice invoice, String customer, String order) {
  /** The number, or "Draft" before the server has issued it. */
  String number() {
    return invoice.number() == null ? "Draft" : invoice.number();
  }
}
