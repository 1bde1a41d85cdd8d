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
  static final String MAX_BLOB_BYTES = "BOBBIN_MAX_BLOB_BYTES";
  static final String DB_CONNECT_TIMEOUT_MS = "BOBBIN_DB_CONNECT_TIMEOUT_MS";
  static final String DB_MIGRATION_URL = "BOBBIN_DB_MIGRATION_URL";
  static final String DB_MIGRATION_USER = "BOBBIN_DB_MIGRATION_USER";
  static final String DB_MIGRATION_PASSWORD = "BOBBIN_DB_MIGRATION_PASSWORD";
  static final String JWT_SECRET = "BOBBIN_JWT_SECRET";
  static final String JWT_SECRET_PREVIOUS = "BOBBIN_JWT_SECRET_PREVIOUS";
  static final String DATA_KEY = "BOBBIN_DATA_KEY";
  static final String ACCESS_TOKEN_MINUTES = "BOBBIN_ACCESS_TOKEN_MINUTES";
  static final String REFRESH_TOKEN_DAYS = "BOBBIN_REFRESH_TOKEN_DAYS";
  static final String BOOTSTRAP_TOKEN = "BOBBIN_BOOTSTRAP_TOKEN";
  static final String LOGIN_MAX_FAILURES = "BOBBIN_LOGIN_MAX_FAILURES";
  static final String LOGIN_MAX_FAILURES_PER_IP = "BOBBIN_LOGIN_MAX_FAILURES_PER_IP";
  static final String LOGIN_LOCKOUT_SECONDS = "BOBBIN_LOGIN_LOCKOUT_SECONDS";
  static final String RATE_LIMIT_PER_IP = "BOBBIN_RATE_LIMIT_PER_IP";
  static final String RATE_LIMIT_PER_USER = "BOBBIN_RATE_LIMIT_PER_USER";
  static final String RATE_LIMIT_AUTH_PER_IP = "BOBBIN_RATE_LIMIT_AUTH_PER_IP";
  static final String CORS_ORIGINS = "BOBBIN_CORS_ORIGINS";
  static final String TRUST_FORWARDED_FOR = "BOBBIN_TRUST_FORWARDED_FOR";
  static final String ARGON2_MEMORY_KIB = "BOBBIN_ARGON2_MEMORY_KIB";
  static final String ARGON2_ITERATIONS = "BOBBIN_ARGON2_ITERATIONS";
  static final String ARGON2_PARALLELISM = "BOBBIN_ARGON2_PARALLELISM";
  static final String AI_RATE_LIMIT_PER_USER = "BOBBIN_AI_RATE_LIMIT_PER_USER";
  static final String AI_CONVERSATION_RETENTION_DAYS = "BOBBIN_AI_CONVERSATION_RETENTION_DAYS";
  static final String AI_MODEL_URL = "BOBBIN_AI_MODEL_URL";
  static final String AI_MODEL = "BOBBIN_AI_MODEL";
  static final String AI_MODEL_KEY = "BOBBIN_AI_MODEL_KEY";
  static final String AI_MODEL_TIMEOUT_MS = "BOBBIN_AI_MODEL_TIMEOUT_MS";
  static final String AI_MODEL_INPUT_COST = "BOBBIN_AI_MODEL_INPUT_COST_PER_1K_TOKENS";
  static final String AI_MODEL_OUTPUT_COST = "BOBBIN_AI_MODEL_OUTPUT_COST_PER_1K_TOKENS";
  static final String SMTP_HOST = "BOBBIN_SMTP_HOST";
  static final String SMTP_PORT = "BOBBIN_SMTP_PORT";
  static final String SMTP_SECURITY = "BOBBIN_SMTP_SECURITY";
  static final String SMTP_USER = "BOBBIN_SMTP_USER";
  static final String SMTP_PASSWORD = "BOBBIN_SMTP_PASSWORD";
  static final String SMTP_FROM = "BOBBIN_SMTP_FROM";

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
          MAX_BLOB_BYTES,
          DB_CONNECT_TIMEOUT_MS,
          DB_MIGRATION_URL,
          DB_MIGRATION_USER,
          DB_MIGRATION_PASSWORD,
          JWT_SECRET,
          JWT_SECRET_PREVIOUS,
          DATA_KEY,
          ACCESS_TOKEN_MINUTES,
          REFRESH_TOKEN_DAYS,
          BOOTSTRAP_TOKEN,
          LOGIN_MAX_FAILURES,
          LOGIN_MAX_FAILURES_PER_IP,
          LOGIN_LOCKOUT_SECONDS,
          RATE_LIMIT_PER_IP,
          RATE_LIMIT_PER_USER,
          RATE_LIMIT_AUTH_PER_IP,
          CORS_ORIGINS,
          TRUST_FORWARDED_FOR,
          ARGON2_MEMORY_KIB,
          ARGON2_ITERATIONS,
          ARGON2_PARALLELISM,
          AI_RATE_LIMIT_PER_USER,
          AI_CONVERSATION_RETENTION_DAYS,
          AI_MODEL_URL,
          AI_MODEL,
          AI_MODEL_KEY,
          AI_MODEL_TIMEOUT_MS,
          AI_MODEL_INPUT_COST,
          AI_MODEL_OUTPUT_COST,
          SMTP_HOST,
          SMTP_PORT,
          SMTP_SECURITY,
          SMTP_USER,
          SMTP_PASSWORD,
          SMTP_FROM);

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

  boolean flag(String name, boolean defaultValue) {
    Optional<String> raw = get(name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    if (raw.get().equalsIgnoreCase("true") || raw.get().equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(raw.get());
    }
    throw new ConfigException(label(name) + " must be true or false, got \"" + raw.get() + "\"");
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
