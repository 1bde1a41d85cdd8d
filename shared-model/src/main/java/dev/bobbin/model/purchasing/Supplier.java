package dev.bobbin.model.purchasing;

import dev.bobbin.model.common.Validator;
import java.util.Currency;
import java.util.UUID;

/** A company the organisation buys materials from. */
public record Supplier(
    UUID id,
    String name,
    String email,
    String phone,
    Currency currency,
    int paymentTermsDays,
    int leadTimeDays) {

  public Supplier {
    Validator.of("Supplier")
        .notNull("id", id)
        .notBlank("name", name, 120)
        .maxLength("email", email, 254)
        .maxLength("phone", phone, 40)
        .notNull("currency", currency)
        .check(paymentTermsDays >= 0, "paymentTermsDays", "must not be negative")
        .check(leadTimeDays >= 0, "leadTimeDays", "must not be negative")
        .validate();
  }
}
