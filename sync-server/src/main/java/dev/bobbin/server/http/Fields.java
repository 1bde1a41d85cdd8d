package dev.bobbin.server.http;

import java.util.UUID;

/** Checks of request fields (body and query) that answer {@code 400} naming the field. */
public final class Fields {
  private Fields() {}

  /** The whole-number query parameter {@code name}, or {@code defaultValue} when absent. */
  public static long longQuery(io.javalin.http.Context ctx, String name, long defaultValue) {
    String raw = ctx.queryParam(name);
    if (raw == null) {
      return defaultValue;
    }
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(name + " must be a whole number.");
    }
  }

  /** {@code value}, which must be present. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw ProblemException.invalid("Field \"" + field + "\" is required.");
    }
    return value;
  }

  /** {@code value} stripped, which must be present, not blank and at most {@code max} long. */
  public static String text(String field, String value, int max) {
    String stripped = required(field, value).strip();
    if (stripped.isEmpty()) {
      throw ProblemException.invalid("Field \"" + field + "\" must not be blank.");
    }
    if (stripped.length() > max) {
      throw ProblemException.invalid(
          "Field \"" + field + "\" must be at most " + max + " characters long.");
    }
    return stripped;
  }

  /** An e-mail address, stripped and checked for the name@domain shape. */
  public static String email(String field, String value) {
    String email = text(field, value, 254);
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw ProblemException.invalid(
          "Field \"" + field + "\" must be an e-mail address like name@example.com.");
    }
    return email;
  }

  /** A path parameter that must be a UUID. */
  public static UUID uuid(String name, String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("No such " + name + ".");
    }
  }
}
