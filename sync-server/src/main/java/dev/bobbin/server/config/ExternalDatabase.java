package dev.bobbin.server.config;

import java.util.Optional;

/**
 * A Postgres the operator runs. Credentials may also sit in the JDBC URL's query, which is why user
 * and password are optional.
 */
public record ExternalDatabase(String jdbcUrl, Optional<String> user, Optional<String> password) {

  /** The URL with any password in it masked, for logs and messages. */
  public String describe() {
    return DatabaseUrls.mask(jdbcUrl);
  }

  ExternalDatabase withCredentials(Optional<String> newUser, Optional<String> newPassword) {
    return new ExternalDatabase(jdbcUrl, newUser.or(() -> user), newPassword.or(() -> password));
  }

  // Records print every component; a password must never reach a log line.
  @Override
  public String toString() {
    return "ExternalDatabase[" + describe() + ", user=" + user.orElse("") + "]";
  }
}
