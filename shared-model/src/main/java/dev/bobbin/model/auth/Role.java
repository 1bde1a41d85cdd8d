package dev.bobbin.model.auth;

/** What a person does in the organisation; decides their {@link Permission}s. */
public enum Role {
  ADMIN,
  MANAGER,
  DESIGNER,
  FLOOR
}
