package dev.bobbin.desktop.auth;

import dev.bobbin.model.auth.Role;

/** What an admin enters to create a user; the server checks every field. */
public record NewUser(String email, String displayName, Role role, String password) {
  @Override
  public String toString() {
    return "NewUser[" + email + ", " + role + "]";
  }
}
