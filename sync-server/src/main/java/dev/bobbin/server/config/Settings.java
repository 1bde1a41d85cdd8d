package dev.bobbin.server.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raw setting values merged from every source, each remembering where it came from so that an error
 * names what the operator actually typed.
 */
final class Settings {
  static final String PORT = "BOBBIN_PORT";
  static final String DATA_DIR = "BOBBIN_SERVER_DATA_DIR";
  static final String DATABASE_URL = "DATABASE_URL";
  static final String DB_URL = "BOBBIN_DB_URL";
  static final String DB_USER = "BOBBIN_DB_USER";
  static final String DB_PASSWORD = "BOBBIN_DB_PASSWORD";
  static final String DB_POOL_SIZE = "BOBBIN_DB_POOL_SIZE";
  static final String MAX_BODY_BYTES = "BOBBIN_MAX_BODY_BYTES";
  static final String DB_CONNECT_TIMEOUT_MS = "BOBBIN_DB_CONNECT_TIMEOUT_MS";

  static final List<String> ALL =
      List.of(
          PORT,
          DATA_DIR,
          DATABASE_URL,
          DB_URL,
          DB_USER,
          DB_PASSWORD,
          DB_POOL_SIZE,
          MAX_BODY_BYTES,
          DB_CONNECT_TIMEOUT_MS);

  private record Value(String raw, String label) {}

  private final Map<String, Value> values = new HashMap<>();

  /** Sets {@code name}, overriding any earlier source; blank values count as unset. */
  void put(String name, String raw, String label) {
    if (!raw.isBlank()) {
      values.put(name, new Value(raw.trim(), label));
    }
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name)).map(Value::raw);
  }

  /** How to name {@code name} in a message: the option or variable it came from. */
  String label(String name) {
    Value value = values.get(name);
    return value == null ? name : value.label();
  }

  long number(String name, ServerConfig.IntRange range, long defaultValue) {
    Optional<String> raw = get(name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    long parsed;
    try {
      parsed = Long.parseLong(raw.get());
    } catch (NumberFormatException e) {
      throw range.outOfRange(label(name), raw.get());
    }
    if (parsed < range.min() || parsed > range.max()) {
      throw range.outOfRange(label(name), raw.get());
    }
    return parsed;
  }
}
