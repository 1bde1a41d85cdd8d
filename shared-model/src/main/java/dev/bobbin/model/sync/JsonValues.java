package dev.bobbin.model.sync;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Helpers for record fields travelling as JSON values (strings, numbers, booleans, lists, maps,
 * {@code null}). Numbers compare by value, so {@code 12.5} equals {@code "12.50"} whichever side
 * wrote it: an unchanged price must never look like an edit.
 */
public final class JsonValues {
  private JsonValues() {}

  /** Whether two JSON values mean the same, comparing numbers (and numeric strings) by value. */
  public static boolean same(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    BigDecimal na = number(a);
    BigDecimal nb = number(b);
    if (na != null && nb != null) {
      return na.compareTo(nb) == 0;
    }
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      return ma.keySet().equals(mb.keySet())
          && ma.keySet().stream().allMatch(k -> same(ma.get(k), mb.get(k)));
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      if (la.size() != lb.size()) {
        return false;
      }
      for (int i = 0; i < la.size(); i++) {
        if (!same(la.get(i), lb.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }

  /** An unmodifiable copy of a field map that, unlike {@link Map#copyOf}, keeps null values. */
  public static Map<String, Object> copyOf(Map<String, Object> values) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  private static BigDecimal number(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (value instanceof String s && s.matches("-?\\d+(\\.\\d+)?")) {
      return new BigDecimal(s);
    }
    return null;
  }
}
