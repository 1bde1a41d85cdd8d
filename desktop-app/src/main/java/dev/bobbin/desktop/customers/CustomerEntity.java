package dev.bobbin.desktop.customers;

import dev.bobbin.model.customers.Customer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The {@code customer} row. */
@Entity
@Table(name = "customer")
class CustomerEntity {
  @Id UUID id;
  String name;
  String email;
  String phone;
  String address;
  String notes;

  @Column(insertable = false, updatable = false)
  String nameKey;

  static CustomerEntity of(Customer c) {
    CustomerEntity e = new CustomerEntity();
    e.id = c.id();
    e.name = c.name();
    e.email = c.email();
    e.phone = c.phone();
    e.address = c.address();
    e.notes = c.notes();
    return e;
  }

  Customer toRecord() {
    return new Customer(id, name, email, phone, address, notes);
  }
}
