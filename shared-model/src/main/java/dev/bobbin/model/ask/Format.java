package dev.bobbin.model.ask;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How answers write numbers, dates and lists. */
final class Format {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

  private Format() {}

  static String number(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }

  static String day(LocalDate date) {
    return DAY.format(date);
  }

  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}, then "and N more". */
  static String list(List<String> parts, int shown) {
    List<String> head = parts.subList(0, Math.min(shown, parts.size()));
    String more = parts.size() > shown ? " and " + (parts.size() - shown) + " more" : "";
    if (head.size() == 1) {
      return head.get(0) + more;
    }
    if (more.isEmpty()) {
      return String.join(", ", head.subList(0, head.size() - 1))
          + " and "
          + head.get(head.size() - 1);
    }
    return String.join(", ", head) + more;
  }
}
