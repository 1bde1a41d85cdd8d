package dev.bobbin.desktop.auth;

import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import java.net.URI;
import java.util.UUID;

/**
 * Who signed in on this device, as the server said at sign-in: enough to keep working offline.
 *
 * @param server the server they signed in to
 */
public record Identity(
    UUID userId,
    UUID orgId,
    String organisationName,
    String email,
    String displayName,
    Role role,
    URI server) {

  /** The local profile of this person, as ledger lines and outbox entries attribute changes. */
  public User toUser() {
    return new User(userId, email, displayName, role, true);
  }

  /** "Ada Lovelace (ada@example.com)". */
  public String describe() {
    return displayName + " (" + email + ")";
  }
}
