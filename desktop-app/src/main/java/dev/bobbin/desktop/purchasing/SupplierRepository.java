package dev.bobbin.desktop.purchasing;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.RecordTable;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.RowMapping;
import dev.bobbin.model.purchasing.Supplier;
import dev.bobbin.model.sync.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The companies the organisation buys from. */
public final class SupplierRepository {
  private final RecordTable<Supplier, SupplierEntity> table;

  public SupplierRepository(LocalStore store, Outbox outbox) {
    this.table =
        new RecordTable<>(
            store,
            outbox,
            new RowMapping<>(
                EntityType.SUPPLIER,
                Supplier.class,
                SupplierEntity.class,
                SupplierEntity::of,
                SupplierEntity::toRecord,
                Supplier::id));
  }

  /** This table as the sync engine writes pulled rows into it. */
  public RemoteTable remote() {
    return table;
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(SupplierEntity.class);
  }

  public Supplier create(Supplier supplier) {
    return table.create(supplier);
  }

  /** Saves the fields changed between {@code before} and {@code after} (per-field merge). */
  public Supplier update(Supplier before, Supplier after) {
    return table.update(before, after);
  }

  public boolean delete(UUID id) {
    return table.delete(id);
  }

  public Optional<Supplier> findById(UUID id) {
    return table.findById(id);
  }

  /** Every supplier, by name. */
  public List<Supplier> all() {
    return table.find(
        s ->
            s.createSelectionQuery("from SupplierEntity order by nameKey, id", SupplierEntity.class)
                .getResultList());
  }
}
