package dev.bobbin.model.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the violations of one record so all of them are reported at once. Used from the compact
 * constructors of the domain records.
 */
public final class Validator {
  private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

  private final String subject;
  private final List<Violation> violations = new ArrayList<>();

  private Validator(String subject) {
    this.subject = subject;
  }

  public static Validator of(String subject) {
    return new Validator(subject);
  }

  public Validator check(boolean ok, String field, String message) {
    if (!ok) {
      violations.add(new Violation(field, message));
    }
    return this;
  }

  public Validator notNull(String field, Object value) {
    return check(value != null, field, "is required");
  }

  public Validator notBlank(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return check(false, field, "must not be empty");
    }
    return maxLength(field, value, maxLength);
  }

  public Validator maxLength(String field, String value, int maxLength) {
    return check(
        value == null || value.length() <= maxLength,
        field,
        "must be at most " + maxLength + " characters");
  }

  public Validator nonNegative(String field, BigDecimal value) {
    if (value == null) {
      return notNull(field, null);
    }
    return check(value.signum() >= 0, field, "must not be negative");
  }

  public Validator positive(String field, BigDecimal value) {
    if (value == null) {
      return notNull(field, null);
    }
    return check(value.signum() > 0, field, "must be greater than zero");
  }

  public Validator positive(String field, long value) {
    return check(value > 0, field, "must be greater than zero");
  }

  /** Checks that {@code value} has at most {@code decimals} digits after the point. */
  public Validator maxDecimals(String field, BigDecimal value, int decimals) {
    return check(
        value == null || value.stripTrailingZeros().scale() <= decimals,
        field,
        "must have at most " + decimals + " decimals");
  }

  /** Checks that {@code quantity} has no more decimals than {@code unit} allows. */
  public Validator fitsUnit(String field, BigDecimal quantity, Unit unit) {
    if (quantity == null || unit == null) {
      return this;
    }
    return check(
        unit.accepts(quantity),
        field,
        unit.decimals() == 0
            ? "must be a whole number of " + unit.symbol()
            : "must have at most " + unit.decimals() + " decimals for " + unit.symbol());
  }

  /** Accepts {@code null} (no colour) or {@code #RRGGBB}. */
  public Validator colourHex(String field, String hex) {
    return check(
        hex == null || HEX_COLOUR.matcher(hex).matches(),
        field,
        "must be a colour like #1A2B3C, got \"" + hex + "\"");
  }

  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  /** Throws a {@link ValidationException} listing every violation, if there is any. */
  public void validate() {
    if (!violations.isEmpty()) {
      throw new ValidationException(subject, violations);
    }
  }
}
