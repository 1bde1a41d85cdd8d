package dev.bobbin.model.auth;

import dev.bobbin.model.common.Validator;
import java.util.UUID;

/** A person of the organisation (its public profile; credentials stay on the server). */
public record User(UUID id, String email, String displayName, Role role, boolean active) {

  public User {
    email = email == null ? null : email.trim();
    Validator.of("User")
        .notNull("id", id)
        .notBlank("email", email, 254)
        .check(
            email == null || email.matches("[^@\\s]+@[^@\\s]+"),
            "email",
            "must look like name@example.com")
        .notBlank("displayName", displayName, 120)
        .notNull("role", role)
        .validate();
  }

  public boolean can(Permission permission) {
    return active && RolePermissions.allows(role, permission);
  }
}
