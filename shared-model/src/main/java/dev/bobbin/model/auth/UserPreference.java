package dev.bobbin.model.auth;

import dev.bobbin.model.common.Validator;
import java.time.Instant;

/**
 * One of a person's preferences that follows them to every PC (theme, start screen, column layout):
 * devices merge them by name, the latest {@code updatedAt} winning.
 *
 * @param name e.g. {@code theme.dark}: lowercase letters, digits, dots, dashes, underscores
 * @param value the setting as text, at most {@link #MAX_VALUE} characters
 * @param updatedAt when it was last changed on the device that changed it
 */
public record UserPreference(String name, String value, Instant updatedAt) {
  /** Longest value kept (a column layout of a wide table fits easily). */
  public static final int MAX_VALUE = 4000;

  /** Most preferences one person may keep. */
  public static final int MAX_COUNT = 100;

  public UserPreference {
    Validator.of("UserPreference")
        .check(
            name != null && name.matches("[a-z][a-z0-9._-]{0,63}"),
            "name",
            "must be 1-64 lowercase letters, digits, dots, dashes or underscores")
        .notNull("value", value)
        .maxLength("value", value, MAX_VALUE)
        .notNull("updatedAt", updatedAt)
        .validate();
  }
}
