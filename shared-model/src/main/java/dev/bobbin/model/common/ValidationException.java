package dev.bobbin.model.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value breaks a domain rule. Carries every violation found, so a form can show each
 * message next to its field.
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String subject;
  private final List<Violation> violations;

  public ValidationException(String subject, List<Violation> violations) {
    super(
        subject
            + " is invalid: "
            + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.subject = subject;
    this.violations = List.copyOf(violations);
  }

  public ValidationException(String subject, String field, String message) {
    this(subject, List.of(new Violation(field, message)));
  }

  /** The kind of record that was rejected, e.g. {@code Item}. */
  public String subject() {
    return subject;
  }

  public List<Violation> violations() {
    return violations;
  }
}
