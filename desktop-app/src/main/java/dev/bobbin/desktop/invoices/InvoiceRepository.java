package dev.bobbin.desktop.invoices;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.RecordTable;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.RowMapping;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.sync.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Invoices with their lines. Drafts are made and edited here; the number of an issued invoice comes
 * from the server (gapless), never from this device.
 */
public final class InvoiceRepository {
  private final RecordTable<Invoice, InvoiceEntity> table;

  public InvoiceRepository(LocalStore store, Outbox outbox) {
    this.table =
        new RecordTable<>(
            store,
            outbox,
            new RowMapping<>(
                EntityType.INVOICE,
                Invoice.class,
                InvoiceEntity.class,
                InvoiceEntity::of,
                InvoiceEntity::toRecord,
                Invoice::id));
  }

  /** This table as the sync engine writes pulled rows into it. */
  public RemoteTable remote() {
    return table;
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(InvoiceEntity.class, InvoiceLineColumns.class);
  }

  public Invoice create(Invoice invoice) {
    return table.create(invoice);
  }

  /**
   * Saves the fields changed between {@code before} and {@code after} (lines change as a whole).
   */
  public Invoice update(Invoice before, Invoice after) {
    return table.update(before, after);
  }

  public boolean delete(UUID id) {
    return table.delete(id);
  }

  public Optional<Invoice> findById(UUID id) {
    return table.findById(id);
  }

  /** Every invoice, newest first (ids are time-ordered). */
  public List<Invoice> all() {
    return table.find(
        s ->
            s.createSelectionQuery("from InvoiceEntity order by id desc", InvoiceEntity.class)
                .getResultList());
  }

  /** The invoices of one customer. */
  public List<Invoice> forCustomer(UUID customerId) {
    return table.find(
        s ->
            s.createSelectionQuery(
                    "from InvoiceEntity where customerId = :customer order by id desc",
                    InvoiceEntity.class)
                .setParameter("customer", customerId)
                .getResultList());
  }
}
