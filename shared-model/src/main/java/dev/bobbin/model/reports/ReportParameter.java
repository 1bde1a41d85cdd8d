package dev.bobbin.model.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a report.
 *
 * @param name the key on the command line and in the URL ({@code from=2026-11-01})
 * @param label what the form shows next to the field
 * @param type the kind of value
 * @param required whether a value must be given (after defaults)
 * @param defaultDaysBeforeToday for dates: the default as days before today ({@code 0} is today);
 *     empty means no default
 * @param choices for {@link ParameterType#CHOICE}: the allowed values
 */
public record ReportParameter(
    String name,
    String label,
    ParameterType type,
    boolean required,
    Optional<Integer> defaultDaysBeforeToday,
    List<String> choices) {

  public ReportParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultDaysBeforeToday, "defaultDaysBeforeToday");
    choices = List.copyOf(choices);
  }

  /** A required date defaulting to {@code daysBeforeToday} days before today. */
  public static ReportParameter date(String name, String label, int daysBeforeToday) {
    return new ReportParameter(
        name, label, ParameterType.DATE, true, Optional.of(daysBeforeToday), List.of());
  }

  /** An optional free-text filter. */
  public static ReportParameter optionalText(String name, String label) {
    return new ReportParameter(name, label, ParameterType.TEXT, false, Optional.empty(), List.of());
  }

  /** An optional filter on one of {@code values}' names. */
  public static ReportParameter optionalChoice(String name, String label, Enum<?>[] values) {
    return new ReportParameter(
        name,
        label,
        ParameterType.CHOICE,
        false,
        Optional.empty(),
        Arrays.stream(values).map(Enum::name).toList());
  }

  /** The default as text for a form or a command line, relative to {@code today}. */
  public Optional<String> defaultText(LocalDate today) {
    return defaultDaysBeforeToday.map(days -> today.minusDays(days).toString());
  }
}
