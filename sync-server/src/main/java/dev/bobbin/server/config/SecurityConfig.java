package dev.bobbin.server.config;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings of accounts, tokens and limits.
 *
 * @param jwtSecret base64 key that signs access tokens; empty means one kept in the data folder
 * @param jwtPreviousSecret a former key still accepted for verification while rotating
 * @param dataKey base64 key that encrypts TOTP secrets at rest; empty means one kept in the data
 *     folder
 * @param accessTokenTtl lifetime of an access token
 * @param refreshTokenTtl lifetime of a refresh token (each rotation starts a new one)
 * @param bootstrapToken setup token for the first admin; empty means one is made and printed
 * @param loginMaxFailures failed sign-ins of one account before it is locked
 * @param loginMaxFailuresPerIp failed sign-ins from one client address before it is locked
 * @param loginLockout how long a lock lasts; it ends by itself
 * @param rateLimitPerIp requests per minute from one client address
 * @param rateLimitPerUser requests per minute of one user or API key
 * @param rateLimitAuthPerIp requests per minute from one client address to {@code /auth/*}
 * @param corsOrigins origins allowed by CORS; empty means CORS is off
 * @param trustForwardedFor whether the client address is read from {@code X-Forwarded-For}
 * @param argon2 password hashing cost
 */
public record SecurityConfig(
    Optional<Secret> jwtSecret,
    Optional<Secret> jwtPreviousSecret,
    Optional<Secret> dataKey,
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    Optional<Secret> bootstrapToken,
    int loginMaxFailures,
    int loginMaxFailuresPerIp,
    Duration loginLockout,
    int rateLimitPerIp,
    int rateLimitPerUser,
    int rateLimitAuthPerIp,
    List<String> corsOrigins,
    boolean trustForwardedFor,
    Argon2Params argon2) {

  private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\-]+(:\\d{1,5})?");

  /** Argon2id cost; never below OWASP's recommendation (19 MiB, 2 passes, 1 lane). */
  public record Argon2Params(int memoryKib, int iterations, int parallelism) {
    public static final Argon2Params OWASP = new Argon2Params(19_456, 2, 1);
  }

  public SecurityConfig {
    corsOrigins = List.copyOf(corsOrigins);
  }

  public static SecurityConfig defaults() {
    return new SecurityConfig(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Duration.ofMinutes(15),
        Duration.ofDays(30),
        Optional.empty(),
        5,
        20,
        Duration.ofMinutes(15),
        600,
        1_200,
        60,
        List.of(),
        false,
        Argon2Params.OWASP);
  }

  public SecurityConfig withLoginThrottle(int maxFailures, int maxFailuresPerIp, Duration lockout) {
    return new SecurityConfig(
        jwtSecret,
        jwtPreviousSecret,
        dataKey,
        accessTokenTtl,
        refreshTokenTtl,
        bootstrapToken,
        maxFailures,
        maxFailuresPerIp,
        lockout,
        rateLimitPerIp,
        rateLimitPerUser,
        rateLimitAuthPerIp,
        corsOrigins,
        trustForwardedFor,
        argon2);
  }

  public SecurityConfig withRateLimits(int perIp, int perUser, int authPerIp) {
    return new SecurityConfig(
        jwtSecret,
        jwtPreviousSecret,
        dataKey,
        accessTokenTtl,
        refreshTokenTtl,
        bootstrapToken,
        loginMaxFailures,
        loginMaxFailuresPerIp,
        loginLockout,
        perIp,
        perUser,
        authPerIp,
        corsOrigins,
        trustForwardedFor,
        argon2);
  }

  public SecurityConfig withBootstrapToken(String token) {
    return new SecurityConfig(
        jwtSecret,
        jwtPreviousSecret,
        dataKey,
        accessTokenTtl,
        refreshTokenTtl,
        Optional.of(new Secret(token)),
        loginMaxFailures,
        loginMaxFailuresPerIp,
        loginLockout,
        rateLimitPerIp,
        rateLimitPerUser,
        rateLimitAuthPerIp,
        corsOrigins,
        trustForwardedFor,
        argon2);
  }

  public SecurityConfig withCorsOrigins(List<String> origins) {
    return new SecurityConfig(
        jwtSecret,
        jwtPreviousSecret,
        dataKey,
        accessTokenTtl,
        refreshTokenTtl,
        bootstrapToken,
        loginMaxFailures,
        loginMaxFailuresPerIp,
        loginLockout,
        rateLimitPerIp,
        rateLimitPerUser,
        rateLimitAuthPerIp,
        origins,
        trustForwardedFor,
        argon2);
  }

  /**
   * Checks every setting and names the first bad one.
   *
   * @throws ConfigException naming the bad setting
   */
  void validate() {
    jwtSecret.ifPresent(secret -> checkKey(Settings.JWT_SECRET, secret));
    jwtPreviousSecret.ifPresent(secret -> checkKey(Settings.JWT_SECRET_PREVIOUS, secret));
    dataKey.ifPresent(secret -> checkKey(Settings.DATA_KEY, secret));
    bootstrapToken.ifPresent(
        token -> {
          if (token.value().length() < 16) {
            throw new ConfigException(
                Settings.BOOTSTRAP_TOKEN + " must be at least 16 characters long");
          }
        });
    for (String origin : corsOrigins) {
      if (!ORIGIN.matcher(origin).matches()) {
        throw new ConfigException(
            Settings.CORS_ORIGINS
                + " must be a comma-separated list of origins like https://shop.example.com,"
                + " got \""
                + origin
                + "\"");
      }
    }
    if (argon2.memoryKib() < Argon2Params.OWASP.memoryKib()
        || argon2.iterations() < Argon2Params.OWASP.iterations()
        || argon2.parallelism() < 1) {
      throw new ConfigException(
          "Argon2 settings must be at least OWASP's 19456 KiB, 2 iterations, 1 lane");
    }
  }

  private static void checkKey(String setting, Secret secret) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.value().trim());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(setting + " must be base64, e.g. from: openssl rand -base64 32");
    }
    if (key.length < 32) {
      throw new ConfigException(
          setting + " must be at least 32 bytes (base64), e.g. from: openssl rand -base64 32");
    }
  }
}
