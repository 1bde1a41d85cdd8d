package dev.bobbin.desktop.invoices;

import static dev.bobbin.desktop.store.Decimals.canonical;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** The {@code invoice} row with its lines. */
@Entity
@Table(name = "invoice")
class InvoiceEntity {
  @Id UUID id;
  String number;
  UUID customerId;
  UUID productionOrderId;
  UUID quoteId;
  String currency;
  String status;
  LocalDate issueDate;
  LocalDate dueDate;
  UUID creditNoteOf;
  BigDecimal amountPaid;
  String notes;

  @ElementCollection
  @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
  @OrderColumn(name = "line_no")
  List<InvoiceLineColumns> lines = new ArrayList<>();

  static InvoiceEntity of(Invoice invoice) {
    InvoiceEntity e = new InvoiceEntity();
    e.id = invoice.id();
    e.number = invoice.number();
    e.customerId = invoice.customerId();
    e.productionOrderId = invoice.productionOrderId();
    e.quoteId = invoice.quoteId();
    e.currency = invoice.currency().getCurrencyCode();
    e.status = invoice.status().name();
    e.issueDate = invoice.issueDate();
    e.dueDate = invoice.dueDate();
    e.creditNoteOf = invoice.creditNoteOf();
    e.amountPaid = invoice.amountPaid();
    e.notes = invoice.notes();
    for (InvoiceLine line : invoice.lines()) {
      InvoiceLineColumns c = new InvoiceLineColumns();
      c.description = line.description();
      c.quantity = line.quantity();
      c.unitPriceAmount = line.unitPrice().amount();
      c.discountPercent = line.discountPercent();
      c.taxRatePercent = line.taxRatePercent();
      e.lines.add(c);
    }
    return e;
  }

  Invoice toRecord() {
    Currency c = Currency.getInstance(currency);
    return new Invoice(
        id,
        number,
        customerId,
        productionOrderId,
        quoteId,
        c,
        lines.stream()
            .map(
                l ->
                    new InvoiceLine(
                        l.description,
                        canonical(l.quantity),
                        new Money(canonical(l.unitPriceAmount), c),
                        canonical(l.discountPercent),
                        canonical(l.taxRatePercent)))
            .toList(),
        InvoiceStatus.valueOf(status),
        issueDate,
        dueDate,
        creditNoteOf,
        amountPaid == null ? null : canonical(amountPaid),
        notes);
  }
}
