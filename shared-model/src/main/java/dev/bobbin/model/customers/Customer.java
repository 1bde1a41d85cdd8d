package dev.bobbin.model.customers;

import dev.bobbin.model.common.Validator;
import java.util.UUID;

/** Someone the organisation makes things for. Contact fields may be {@code null}. */
public record Customer(
    UUID id, String name, String email, String phone, String address, String notes) {

  public Customer {
    Validator.of("Customer")
        .notNull("id", id)
        .notBlank("name", name, 120)
        .maxLength("email", email, 254)
        .check(
            email == null || email.isBlank() || email.matches("[^@\\s]+@[^@\\s]+"),
            "email",
            "must look like name@example.com")
        .maxLength("phone", phone, 40)
        .maxLength("address", address, 500)
        .maxLength("notes", notes, 4000)
        .validate();
  }
}
