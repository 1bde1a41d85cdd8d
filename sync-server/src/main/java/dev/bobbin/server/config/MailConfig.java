package dev.bobbin.server.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server sends e-mail (invoices to customers).
 *
 * @param smtp the operator's SMTP server; empty means e-mail is off and sending is refused clearly
 * @param firstRetry the wait after a first failed attempt; each next one waits twice as long
 * @param pollEvery how often each instance looks for e-mails due
 */
public record MailConfig(Optional<Smtp> smtp, Duration firstRetry, Duration pollEvery) {
  public static final Duration DEFAULT_FIRST_RETRY = Duration.ofMinutes(1);
  public static final Duration DEFAULT_POLL = Duration.ofSeconds(30);

  /** Connection security: none (tests, a local relay), STARTTLS (port 587) or TLS (port 465). */
  public enum Security {
    NONE,
    STARTTLS,
    TLS
  }

  /**
   * An SMTP server.
   *
   * @param from the sender address, e.g. {@code invoices@factory.example.com}
   */
  public record Smtp(
      String host,
      int port,
      Security security,
      Optional<String> user,
      Optional<Secret> password,
      String from) {
    public Smtp {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(security, "security");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      Objects.requireNonNull(from, "from");
    }
  }

  public MailConfig {
    Objects.requireNonNull(smtp, "smtp");
    Objects.requireNonNull(firstRetry, "firstRetry");
    Objects.requireNonNull(pollEvery, "pollEvery");
  }

  /** Sending through {@code smtp} with the default timings. */
  public static MailConfig via(Smtp smtp) {
    return new MailConfig(Optional.of(smtp), DEFAULT_FIRST_RETRY, DEFAULT_POLL);
  }

  public static MailConfig off() {
    return new MailConfig(Optional.empty(), DEFAULT_FIRST_RETRY, DEFAULT_POLL);
  }

  /** The same server with other timings, for tests. */
  public MailConfig withTimings(Duration newFirstRetry, Duration newPollEvery) {
    return new MailConfig(smtp, newFirstRetry, newPollEvery);
  }
}
