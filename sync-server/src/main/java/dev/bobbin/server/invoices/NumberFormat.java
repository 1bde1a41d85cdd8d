package dev.bobbin.server.invoices;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation's invoice number format, such as {@code INV-{yyyy}-{seq:6}}: literal text, the
 * issue date's {@code {yyyy}}, {@code {yy}} or {@code {mm}}, and exactly one {@code {seq:N}} — the
 * series counter, zero-padded to N digits (1–12). Everything before the counter, with the date
 * filled in, is the series' prefix: a new year starts a new series at 1.
 */
record NumberFormat(String pattern) {
  private static final Pattern TOKEN = Pattern.compile("\\{([a-z]+)(?::(\\d{1,2}))?}");
  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9/_.\\- ]*");
  static final NumberFormat DEFAULT = new NumberFormat("INV-{yyyy}-{seq:6}");

  /**
   * Checks {@code pattern}.
   *
   * @throws IllegalArgumentException with a sentence for the user
   */
  static NumberFormat parse(String pattern) {
    if (pattern == null || pattern.isBlank() || pattern.length() > 60) {
      throw new IllegalArgumentException("The number format must be 1 to 60 characters.");
    }
    Matcher m = TOKEN.matcher(pattern);
    int sequences = 0;
    int end = 0;
    while (m.find()) {
      literal(pattern.substring(end, m.start()));
      end = m.end();
      switch (m.group(1)) {
        case "yyyy", "yy", "mm" -> {
          if (m.group(2) != null) {
            throw new IllegalArgumentException("{" + m.group(1) + "} takes no width.");
          }
        }
        case "seq" -> {
          int width = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
          if (width < 1 || width > 12) {
            throw new IllegalArgumentException("{seq:N} needs a width N from 1 to 12.");
          }
          sequences++;
        }
        default ->
            throw new IllegalArgumentException(
                "Unknown part {" + m.group(1) + "}; use {yyyy}, {yy}, {mm} and {seq:N}.");
      }
    }
    literal(pattern.substring(end));
    if (sequences != 1) {
      throw new IllegalArgumentException("The number format needs exactly one {seq:N}.");
    }
    if (!pattern.endsWith("}") || !pattern.substring(pattern.lastIndexOf('{')).startsWith("{seq")) {
      throw new IllegalArgumentException("The number format must end with {seq:N}.");
    }
    return new NumberFormat(pattern);
  }

  private static void literal(String text) {
    if (!LITERAL.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "The number format may only contain letters, digits, spaces and - / _ . besides its"
              + " {parts}.");
    }
  }

  /** The series this date's invoices are numbered in: the format up to the counter. */
  String prefix(LocalDate issueDate) {
    String before = pattern.substring(0, pattern.lastIndexOf("{seq"));
    return before
        .replace("{yyyy}", String.format(Locale.ROOT, "%04d", issueDate.getYear()))
        .replace("{yy}", String.format(Locale.ROOT, "%02d", issueDate.getYear() % 100))
        .replace("{mm}", String.format(Locale.ROOT, "%02d", issueDate.getMonthValue()));
  }

  /** The full number of counter value {@code value} in this date's series. */
  String format(LocalDate issueDate, long value) {
    String seq = pattern.substring(pattern.lastIndexOf("{seq"));
    int width = Integer.parseInt(seq.substring(5, seq.length() - 1));
    return prefix(issueDate) + String.format(Locale.ROOT, "%0" + width + "d", value);
  }
}
