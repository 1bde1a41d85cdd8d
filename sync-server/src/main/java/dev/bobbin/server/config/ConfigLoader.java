package dev.bobbin.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Builds a {@link ServerConfig} from, in increasing priority: defaults, the {@code --config}
 * properties file (keys are the environment variable names), the environment, the command line.
 */
public final class ConfigLoader {
  private final Map<String, String> env;
  private final Path defaultDataDir;

  /**
   * Creates a loader over the given environment.
   *
   * @param env the environment, injected so that tests never read the real one
   * @param defaultDataDir the data folder used when no source names one
   */
  public ConfigLoader(Map<String, String> env, Path defaultDataDir) {
    this.env = Map.copyOf(env);
    this.defaultDataDir = defaultDataDir;
  }

  /**
   * Merges every source and validates the result.
   *
   * @throws ConfigException naming the first bad setting
   */
  public ServerConfig load(CliOptions cli) {
    Settings settings = new Settings();
    cli.configFile().ifPresent(file -> readFile(file, settings));
    for (String name : Settings.ALL) {
      String value = env.get(name);
      if (value != null) {
        settings.put(name, value, name);
      }
    }
    cli.port().ifPresent(port -> settings.put(Settings.PORT, port, "--port"));
    cli.dataDir().ifPresent(dir -> settings.put(Settings.DATA_DIR, dir, "--data-dir"));
    return toConfig(settings, cli.demo()).validate();
  }

  private static void readFile(Path file, Settings settings) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("--config file " + file + " does not exist");
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("--config file " + file + " cannot be read: " + e.getMessage());
    }
    for (String name : properties.stringPropertyNames()) {
      // A typo in a file would otherwise be ignored silently.
      if (!Settings.ALL.contains(name)) {
        throw new ConfigException(
            "Unknown setting " + name + " in " + file + "; known settings: " + Settings.ALL);
      }
      settings.put(name, properties.getProperty(name), name + " (in " + file + ")");
    }
  }

  private ServerConfig toConfig(Settings settings, boolean demo) {
    int port =
        (int) settings.number(Settings.PORT, ServerConfig.PORT_RANGE, ServerConfig.DEFAULT_PORT);
    int poolSize =
        (int)
            settings.number(
                Settings.DB_POOL_SIZE,
                ServerConfig.POOL_SIZE_RANGE,
                ServerConfig.DEFAULT_POOL_SIZE);
    long maxBody =
        settings.number(
            Settings.MAX_BODY_BYTES,
            ServerConfig.MAX_BODY_RANGE,
            ServerConfig.DEFAULT_MAX_BODY_BYTES);
    long maxBlob =
        settings.number(
            Settings.MAX_BLOB_BYTES,
            ServerConfig.MAX_BLOB_RANGE,
            ServerConfig.DEFAULT_MAX_BLOB_BYTES);
    long timeoutMs =
        settings.number(
            Settings.DB_CONNECT_TIMEOUT_MS,
            ServerConfig.CONNECT_TIMEOUT_RANGE,
            ServerConfig.DEFAULT_CONNECT_TIMEOUT.toMillis());
    Optional<ExternalDatabase> external = externalDatabase(settings);
    return new ServerConfig(
        port,
        dataDir(settings),
        external,
        migrationDatabase(settings, external),
        poolSize,
        maxBody,
        Duration.ofMillis(timeoutMs),
        demo,
        SecuritySettings.read(settings),
        maxBlob,
        AiSettings.read(settings),
        MailSettings.read(settings));
  }

  private static Optional<ExternalDatabase> migrationDatabase(
      Settings settings, Optional<ExternalDatabase> external) {
    Optional<String> user = settings.get(Settings.DB_MIGRATION_USER);
    Optional<String> password = settings.get(Settings.DB_MIGRATION_PASSWORD);
    Optional<String> url = settings.get(Settings.DB_MIGRATION_URL);
    if (external.isEmpty()) {
      if (user.isPresent() || password.isPresent() || url.isPresent()) {
        throw new ConfigException(
            "BOBBIN_DB_MIGRATION_* settings need an external database (DATABASE_URL or "
                + Settings.DB_URL
                + ")");
      }
      return Optional.empty();
    }
    if (user.isEmpty()) {
      return Optional.empty();
    }
    ExternalDatabase base =
        url.isPresent()
            ? DatabaseUrls.parse(settings.label(Settings.DB_MIGRATION_URL), url.get())
            : new ExternalDatabase(external.get().jdbcUrl(), Optional.empty(), Optional.empty());
    return Optional.of(base.withCredentials(user, password));
  }

  private Path dataDir(Settings settings) {
    Optional<String> raw = settings.get(Settings.DATA_DIR);
    if (raw.isEmpty()) {
      return defaultDataDir;
    }
    try {
      return Path.of(raw.get()).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw new ConfigException(
          settings.label(Settings.DATA_DIR)
              + " must be a folder path, got \""
              + raw.get()
              + "\": "
              + e.getReason());
    }
  }

  private static Optional<ExternalDatabase> externalDatabase(Settings settings) {
    Optional<String> user = settings.get(Settings.DB_USER);
    Optional<String> password = settings.get(Settings.DB_PASSWORD);
    Optional<ExternalDatabase> database;
    if (settings.get(Settings.DB_URL).isPresent()) {
      String url = settings.get(Settings.DB_URL).get();
      database = Optional.of(DatabaseUrls.parse(settings.label(Settings.DB_URL), url));
      if (user.isEmpty() && database.get().user().isEmpty() && !url.contains("user=")) {
        throw new ConfigException(Settings.DB_USER + " is required with " + Settings.DB_URL);
      }
    } else if (settings.get(Settings.DATABASE_URL).isPresent()) {
      database =
          Optional.of(
              DatabaseUrls.parse(
                  settings.label(Settings.DATABASE_URL),
                  settings.get(Settings.DATABASE_URL).get()));
    } else {
      database = Optional.empty();
    }
    if (database.isEmpty() && (user.isPresent() || password.isPresent())) {
      String setting = user.isPresent() ? Settings.DB_USER : Settings.DB_PASSWORD;
      throw new ConfigException(
          setting
              + " is set but neither "
              + Settings.DB_URL
              + " nor "
              + Settings.DATABASE_URL
              + " is; set one of them or unset "
              + setting);
    }
    return database.map(db -> db.withCredentials(user, password));
  }
}
