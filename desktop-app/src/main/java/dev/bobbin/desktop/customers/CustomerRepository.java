package dev.bobbin.desktop.customers;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.RecordTable;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.RowMapping;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.sync.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organisation's customers. */
public final class CustomerRepository {
  private final RecordTable<Customer, CustomerEntity> table;

  public CustomerRepository(LocalStore store, Outbox outbox) {
    this.table =
        new RecordTable<>(
            store,
            outbox,
            new RowMapping<>(
                EntityType.CUSTOMER,
                Customer.class,
                CustomerEntity.class,
                CustomerEntity::of,
                CustomerEntity::toRecord,
                Customer::id));
  }

  /** This table as the sync engine writes pulled rows into it. */
  public RemoteTable remote() {
    return table;
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(CustomerEntity.class);
  }

  public Customer create(Customer customer) {
    return table.create(customer);
  }

  /** Saves the fields changed between {@code before} and {@code after} (per-field merge). */
  public Customer update(Customer before, Customer after) {
    return table.update(before, after);
  }

  public boolean delete(UUID id) {
    return table.delete(id);
  }

  public Optional<Customer> findById(UUID id) {
    return table.findById(id);
  }

  /** Every customer, by name. */
  public List<Customer> all() {
    return table.find(
        s ->
            s.createSelectionQuery("from CustomerEntity order by nameKey, id", CustomerEntity.class)
                .getResultList());
  }
}
