package dev.bobbin.server.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Reads the {@link SecurityConfig} part of the settings. */
final class SecuritySettings {
  private static final ServerConfig.IntRange MINUTES = new ServerConfig.IntRange(1, 60);
  private static final ServerConfig.IntRange DAYS = new ServerConfig.IntRange(1, 365);
  private static final ServerConfig.IntRange FAILURES = new ServerConfig.IntRange(1, 1_000);
  private static final ServerConfig.IntRange LOCKOUT = new ServerConfig.IntRange(1, 86_400);
  private static final ServerConfig.IntRange PER_MINUTE = new ServerConfig.IntRange(1, 1_000_000);
  private static final ServerConfig.IntRange MEMORY = new ServerConfig.IntRange(19_456, 4_194_304);
  private static final ServerConfig.IntRange ITERATIONS = new ServerConfig.IntRange(2, 100);
  private static final ServerConfig.IntRange LANES = new ServerConfig.IntRange(1, 16);

  private SecuritySettings() {}

  static SecurityConfig read(Settings s) {
    SecurityConfig d = SecurityConfig.defaults();
    return new SecurityConfig(
        s.get(Settings.JWT_SECRET).map(Secret::new),
        s.get(Settings.JWT_SECRET_PREVIOUS).map(Secret::new),
        s.get(Settings.DATA_KEY).map(Secret::new),
        Duration.ofMinutes(
            s.number(Settings.ACCESS_TOKEN_MINUTES, MINUTES, d.accessTokenTtl().toMinutes())),
        Duration.ofDays(s.number(Settings.REFRESH_TOKEN_DAYS, DAYS, d.refreshTokenTtl().toDays())),
        s.get(Settings.BOOTSTRAP_TOKEN).map(Secret::new),
        (int) s.number(Settings.LOGIN_MAX_FAILURES, FAILURES, d.loginMaxFailures()),
        (int) s.number(Settings.LOGIN_MAX_FAILURES_PER_IP, FAILURES, d.loginMaxFailuresPerIp()),
        Duration.ofSeconds(
            s.number(Settings.LOGIN_LOCKOUT_SECONDS, LOCKOUT, d.loginLockout().toSeconds())),
        (int) s.number(Settings.RATE_LIMIT_PER_IP, PER_MINUTE, d.rateLimitPerIp()),
        (int) s.number(Settings.RATE_LIMIT_PER_USER, PER_MINUTE, d.rateLimitPerUser()),
        (int) s.number(Settings.RATE_LIMIT_AUTH_PER_IP, PER_MINUTE, d.rateLimitAuthPerIp()),
        origins(s),
        s.flag(Settings.TRUST_FORWARDED_FOR, d.trustForwardedFor()),
        new SecurityConfig.Argon2Params(
            (int) s.number(Settings.ARGON2_MEMORY_KIB, MEMORY, d.argon2().memoryKib()),
            (int) s.number(Settings.ARGON2_ITERATIONS, ITERATIONS, d.argon2().iterations()),
            (int) s.number(Settings.ARGON2_PARALLELISM, LANES, d.argon2().parallelism())));
  }

  private static List<String> origins(Settings s) {
    return s.get(Settings.CORS_ORIGINS)
        .map(raw -> Arrays.stream(raw.split(",")).map(String::trim).filter(o -> !o.isEmpty()))
        .map(stream -> stream.toList())
        .orElse(List.of());
  }
}
