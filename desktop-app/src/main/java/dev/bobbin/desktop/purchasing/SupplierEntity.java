package dev.bobbin.desktop.purchasing;

import dev.bobbin.model.purchasing.Supplier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Currency;
import java.util.UUID;

/** The {@code supplier} row. */
@Entity
@Table(name = "supplier")
class SupplierEntity {
  @Id UUID id;
  String name;
  String email;
  String phone;
  String currency;
  int paymentTermsDays;
  int leadTimeDays;

  @Column(insertable = false, updatable = false)
  String nameKey;

  static SupplierEntity of(Supplier s) {
    SupplierEntity e = new SupplierEntity();
    e.id = s.id();
    e.name = s.name();
    e.email = s.email();
    e.phone = s.phone();
    e.currency = s.currency().getCurrencyCode();
    e.paymentTermsDays = s.paymentTermsDays();
    e.leadTimeDays = s.leadTimeDays();
    return e;
  }

  Supplier toRecord() {
    return new Supplier(
        id, name, email, phone, Currency.getInstance(currency), paymentTermsDays, leadTimeDays);
  }
}
