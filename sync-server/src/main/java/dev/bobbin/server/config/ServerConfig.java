package dev.bobbin.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything the server needs to start, already parsed. Build it with {@link ConfigLoader}; tests
 * may build it directly and call {@link #validate()}.
 *
 * @param port HTTP port; 0 picks a free one
 * @param dataDir the server's own data folder; embedded Postgres lives in {@code <dataDir>/pg}
 * @param externalDatabase the operator's Postgres, as the application role that serves requests;
 *     empty means start an embedded one
 * @param migrationDatabase the owner role that migrates an external database; required with one
 * @param dbPoolSize maximum connections in the pool
 * @param maxBodyBytes largest request body accepted
 * @param dbConnectTimeout how long a request waits for a pooled connection before failing
 * @param demo whether the server creates the demo organisation and its users at start
 * @param security accounts, tokens and limits
 * @param maxBlobBytes largest image upload accepted
 * @param ai limits of the AI routes and the optional language model
 * @param mail the SMTP server invoices are sent through, if any
 */
public record ServerConfig(
    int port,
    Path dataDir,
    Optional<ExternalDatabase> externalDatabase,
    Optional<ExternalDatabase> migrationDatabase,
    int dbPoolSize,
    long maxBodyBytes,
    Duration dbConnectTimeout,
    boolean demo,
    SecurityConfig security,
    long maxBlobBytes,
    AiConfig ai,
    MailConfig mail) {

  static final IntRange PORT_RANGE = new IntRange(0, 65_535);
  static final IntRange POOL_SIZE_RANGE = new IntRange(1, 1_000);
  static final IntRange MAX_BODY_RANGE = new IntRange(1_024, Integer.MAX_VALUE);
  // HikariCP refuses connection timeouts below 250 ms.
  static final IntRange CONNECT_TIMEOUT_RANGE = new IntRange(250, 600_000);

  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_POOL_SIZE = 10;
  public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final long DEFAULT_MAX_BLOB_BYTES = 10_485_760;
  static final IntRange MAX_BLOB_RANGE = new IntRange(1_024, 1_073_741_824);

  /** A config with the default blob limit. */
  public ServerConfig(
      int port,
      Path dataDir,
      Optional<ExternalDatabase> externalDatabase,
      Optional<ExternalDatabase> migrationDatabase,
      int dbPoolSize,
      long maxBodyBytes,
      Duration dbConnectTimeout,
      boolean demo,
      SecurityConfig security) {
    this(
        port,
        dataDir,
        externalDatabase,
        migrationDatabase,
        dbPoolSize,
        maxBodyBytes,
        dbConnectTimeout,
        demo,
        security,
        DEFAULT_MAX_BLOB_BYTES);
  }

  /** A config with the built-in AI engines only and the default AI limits. */
  public ServerConfig(
      int port,
      Path dataDir,
      Optional<ExternalDatabase> externalDatabase,
      Optional<ExternalDatabase> migrationDatabase,
      int dbPoolSize,
      long maxBodyBytes,
      Duration dbConnectTimeout,
      boolean demo,
      SecurityConfig security,
      long maxBlobBytes) {
    this(
        port,
        dataDir,
        externalDatabase,
        migrationDatabase,
        dbPoolSize,
        maxBodyBytes,
        dbConnectTimeout,
        demo,
        security,
        maxBlobBytes,
        AiConfig.defaults(),
        MailConfig.off());
  }

  /** A copy with another blob size limit, for tests. */
  public ServerConfig withMaxBlobBytes(long newLimit) {
    return new ServerConfig(
        port,
        dataDir,
        externalDatabase,
        migrationDatabase,
        dbPoolSize,
        maxBodyBytes,
        dbConnectTimeout,
        demo,
        security,
        newLimit,
        ai,
        mail);
  }

  /** A copy with other security settings, for tests. */
  public ServerConfig withSecurity(SecurityConfig newSecurity) {
    return new ServerConfig(
        port,
        dataDir,
        externalDatabase,
        migrationDatabase,
        dbPoolSize,
        maxBodyBytes,
        dbConnectTimeout,
        demo,
        newSecurity,
        maxBlobBytes,
        ai,
        mail);
  }

  /** A copy on another port, for tests. */
  public ServerConfig withPort(int newPort) {
    return new ServerConfig(
        newPort,
        dataDir,
        externalDatabase,
        migrationDatabase,
        dbPoolSize,
        maxBodyBytes,
        dbConnectTimeout,
        demo,
        security,
        maxBlobBytes,
        ai,
        mail);
  }

  /** A copy with other AI settings, for tests. */
  public ServerConfig withAi(AiConfig newAi) {
    return new ServerConfig(
        port,
        dataDir,
        externalDatabase,
        migrationDatabase,
        dbPoolSize,
        maxBodyBytes,
        dbConnectTimeout,
        demo,
        security,
        maxBlobBytes,
        newAi,
        mail);
  }

  /** A copy with another pool size and connection wait, for tests. */
  public ServerConfig withPool(int size, Duration connectTimeout) {
    return new ServerConfig(
        port,
        dataDir,
        externalDatabase,
        migrationDatabase,
        size,
        maxBodyBytes,
        connectTimeout,
        demo,
        security,
        maxBlobBytes,
        ai,
        mail);
  }

  /** A copy with other e-mail settings, for tests. */
  public ServerConfig withMail(MailConfig newMail) {
    return new ServerConfig(
        port,
        dataDir,
        externalDatabase,
        migrationDatabase,
        dbPoolSize,
        maxBodyBytes,
        dbConnectTimeout,
        demo,
        security,
        maxBlobBytes,
        ai,
        newMail);
  }

  /** Where the server keeps keys and passwords it generated itself. */
  public Path secretsDir() {
    return dataDir.resolve("secrets");
  }

  /** Where embedded Postgres keeps its files. */
  public Path embeddedPostgresDir() {
    return dataDir.resolve("pg");
  }

  /**
   * Checks every setting and names the first bad one.
   *
   * @return this config, for chaining
   * @throws ConfigException naming the bad setting
   */
  public ServerConfig validate() {
    PORT_RANGE.check(Settings.PORT, port);
    POOL_SIZE_RANGE.check(Settings.DB_POOL_SIZE, dbPoolSize);
    MAX_BODY_RANGE.check(Settings.MAX_BODY_BYTES, maxBodyBytes);
    MAX_BLOB_RANGE.check(Settings.MAX_BLOB_BYTES, maxBlobBytes);
    CONNECT_TIMEOUT_RANGE.check(Settings.DB_CONNECT_TIMEOUT_MS, dbConnectTimeout.toMillis());
    if (dataDir.toString().isBlank()) {
      throw new ConfigException(Settings.DATA_DIR + " must be a folder path, got \"\"");
    }
    if (externalDatabase.isPresent() && migrationDatabase.isEmpty()) {
      throw new ConfigException(
          Settings.DB_MIGRATION_USER
              + " is required with an external database: migrations run as the role that owns"
              + " the tables, requests as a role that owns none (see docs/security.md)");
    }
    security.validate();
    if (ai.rateLimitPerUser() < 1) {
      throw new ConfigException(Settings.AI_RATE_LIMIT_PER_USER + " must be at least 1");
    }
    return this;
  }

  /** An inclusive range with the message every numeric setting shares. */
  record IntRange(long min, long max) {
    void check(String setting, long value) {
      if (value < min || value > max) {
        throw outOfRange(setting, Long.toString(value));
      }
    }

    ConfigException outOfRange(String setting, String raw) {
      return new ConfigException(
          setting + " must be a number between " + min + " and " + max + ", got \"" + raw + "\"");
    }
  }
}
