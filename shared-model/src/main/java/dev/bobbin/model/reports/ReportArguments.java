package dev.bobbin.model.reports;

import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The checked parameter values of one run of a report: defaults applied, dates parsed, choices
 * matched, {@code from} not after {@code to}. Parsed from text so the form, the command line and
 * the URL all share one set of rules and messages.
 */
public final class ReportArguments {
  /** The longest date range a report accepts, so a typo cannot ask for ten centuries. */
  public static final int MAX_RANGE_DAYS = 3660;

  private final ReportDefinition report;
  private final Map<String, Object> values;

  private ReportArguments(ReportDefinition report, Map<String, Object> values) {
    this.report = report;
    this.values = values;
  }

  /**
   * Checks {@code raw} (parameter name → text; blank means "not given") against {@code report}.
   *
   * @throws ValidationException naming every bad parameter, unknown ones included
   */
  public static ReportArguments parse(
      ReportDefinition report, Map<String, String> raw, LocalDate today) {
    List<Violation> violations = new ArrayList<>();
    for (String key : raw.keySet()) {
      if (report.parameter(key).isEmpty()) {
        violations.add(new Violation(key, "is not a parameter of " + report.name()));
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (ReportParameter p : report.parameters()) {
      String text = Optional.ofNullable(raw.get(p.name())).map(String::strip).orElse("");
      if (text.isEmpty()) {
        text = p.defaultText(today).orElse("");
      }
      if (text.isEmpty()) {
        if (p.required()) {
          violations.add(new Violation(p.name(), "is required"));
        }
        continue;
      }
      parseValue(p, text, violations).ifPresent(v -> values.put(p.name(), v));
    }
    if (values.get("from") instanceof LocalDate from && values.get("to") instanceof LocalDate to) {
      if (from.isAfter(to)) {
        violations.add(new Violation("from", "must not be after " + to));
      } else if (from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
        violations.add(new Violation("from", "must be at most ten years before the end date"));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(report.title(), violations);
    }
    return new ReportArguments(report, values);
  }

  private static Optional<Object> parseValue(
      ReportParameter p, String text, List<Violation> violations) {
    return switch (p.type()) {
      case DATE -> parseDate(p, text, violations);
      case CHOICE -> parseChoice(p, text, violations);
      case TEXT -> parseText(p, text, violations);
    };
  }

  private static Optional<Object> parseDate(
      ReportParameter p, String text, List<Violation> violations) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      violations.add(new Violation(p.name(), "must be a date like 2026-11-25"));
      return Optional.empty();
    }
  }

  private static Optional<Object> parseChoice(
      ReportParameter p, String text, List<Violation> violations) {
    String upper = text.toUpperCase(Locale.ROOT).replace(' ', '_');
    if (!p.choices().contains(upper)) {
      violations.add(new Violation(p.name(), "must be one of " + String.join(", ", p.choices())));
      return Optional.empty();
    }
    return Optional.of(upper);
  }

  private static Optional<Object> parseText(
      ReportParameter p, String text, List<Violation> violations) {
    if (text.length() > 254) {
      violations.add(new Violation(p.name(), "must be at most 254 characters"));
      return Optional.empty();
    }
    return Optional.of(text);
  }

  public ReportDefinition report() {
    return report;
  }

  /** A required date parameter's value. */
  public LocalDate date(String name) {
    Object value = values.get(name);
    if (value instanceof LocalDate date) {
      return date;
    }
    throw new IllegalArgumentException(report.name() + " has no date parameter " + name);
  }

  /** An optional text or choice parameter's value. */
  public Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name)).map(Object::toString);
  }

  /** Every given value as text, in parameter order: what the export history records. */
  public Map<String, String> asText() {
    Map<String, String> text = new LinkedHashMap<>();
    values.forEach((k, v) -> text.put(k, v.toString()));
    return text;
  }

  @Override
  public String toString() {
    return report.name() + asText();
  }
}
