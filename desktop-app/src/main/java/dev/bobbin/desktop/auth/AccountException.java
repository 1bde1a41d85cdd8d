package dev.bobbin.desktop.auth;

import java.io.Serial;
import java.time.Duration;
import java.util.Optional;

/** A local refusal about the account (wrong PIN, not allowed…); the message is for the user. */
public final class AccountException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final transient Optional<Duration> retryAfter;

  public AccountException(String message) {
    this(message, Optional.empty());
  }

  public AccountException(String message, Optional<Duration> retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** How long to wait before trying again, when the refusal is a throttle. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
