package dev.bobbin.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerConfigTest {
  private static final Path DEFAULT_DIR = Path.of("/var/lib/bobbin/server");

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          BOBBIN_PORT                  | abc                 | BOBBIN_PORT must be a number between 0 and 65535, got "abc"
          BOBBIN_PORT                  | 70000               | BOBBIN_PORT must be a number between 0 and 65535, got "70000"
          BOBBIN_PORT                  | -1                  | BOBBIN_PORT must be a number between 0 and 65535, got "-1"
          BOBBIN_DB_POOL_SIZE          | 0                   | BOBBIN_DB_POOL_SIZE must be a number between 1 and 1000, got "0"
          BOBBIN_DB_POOL_SIZE          | ten                 | BOBBIN_DB_POOL_SIZE must be a number between 1 and 1000, got "ten"
          BOBBIN_MAX_BODY_BYTES        | 1MB                 | BOBBIN_MAX_BODY_BYTES must be a number between 1024 and 2147483647, got "1MB"
          BOBBIN_MAX_BODY_BYTES        | 10                  | BOBBIN_MAX_BODY_BYTES must be a number between 1024 and 2147483647, got "10"
          BOBBIN_DB_CONNECT_TIMEOUT_MS | 5                   | BOBBIN_DB_CONNECT_TIMEOUT_MS must be a number between 250 and 600000, got "5"
          DATABASE_URL                 | mysql://db/x        | DATABASE_URL must be a jdbc:postgresql:// or postgres://user:password@host:port/database URL, got "mysql://db/x"
          BOBBIN_DB_URL                | jdbc:mysql://db/x   | BOBBIN_DB_URL must be a jdbc:postgresql:// or postgres://user:password@host:port/database URL, got "jdbc:mysql://db/x"
          BOBBIN_DB_URL                | jdbc:postgresql://h/x | BOBBIN_DB_USER is required with BOBBIN_DB_URL
          BOBBIN_DB_USER               | alice               | BOBBIN_DB_USER is set but neither BOBBIN_DB_URL nor DATABASE_URL is; set one of them or unset BOBBIN_DB_USER
          BOBBIN_DB_PASSWORD           | secret              | BOBBIN_DB_PASSWORD is set but neither BOBBIN_DB_URL nor DATABASE_URL is; set one of them or unset BOBBIN_DB_PASSWORD
          """)
  void badSettingFailsWithAMessageNamingIt(String setting, String value, String message) {
    ConfigLoader loader = new ConfigLoader(Map.of(setting, value), DEFAULT_DIR);

    assertThatThrownBy(() -> loader.load(CliOptions.none()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(message);
  }

  @Test
  void dataDirThatIsNoPathIsRejectedByName() {
    ConfigLoader loader = new ConfigLoader(Map.of("BOBBIN_SERVER_DATA_DIR", "a\0b"), DEFAULT_DIR);

    assertThatThrownBy(() -> loader.load(CliOptions.none()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("BOBBIN_SERVER_DATA_DIR must be a folder path");
  }

  @Test
  void badCommandLineValueIsReportedAsTheOptionTyped() {
    ConfigLoader loader = new ConfigLoader(Map.of(), DEFAULT_DIR);
    CliOptions cli = new CliOptions(Optional.of("80a"), Optional.empty(), Optional.empty(), false);

    assertThatThrownBy(() -> loader.load(cli))
        .hasMessage("--port must be a number between 0 and 65535, got \"80a\"");
  }

  @Test
  void passwordInABadUrlNeverReachesTheMessage() {
    ConfigLoader loader =
        new ConfigLoader(Map.of("DATABASE_URL", "mysql://bob:hunter2@db/x"), DEFAULT_DIR);

    assertThatThrownBy(() -> loader.load(CliOptions.none()))
        .hasMessageContaining("DATABASE_URL")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void validateRejectsAConfigBuiltInCodeWithAnOutOfRangePort() {
    ServerConfig config =
        new ServerConfig(
            65_536,
            DEFAULT_DIR,
            Optional.empty(),
            Optional.empty(),
            10,
            1_048_576,
            Duration.ofSeconds(5),
            false,
            SecurityConfig.defaults());

    assertThatThrownBy(config::validate)
        .hasMessage("BOBBIN_PORT must be a number between 0 and 65535, got \"65536\"");
  }

  @Test
  void defaultsNeedNoSettingAtAll() {
    ServerConfig config = new ConfigLoader(Map.of(), DEFAULT_DIR).load(CliOptions.none());

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.dataDir()).isEqualTo(DEFAULT_DIR);
    assertThat(config.embeddedPostgresDir()).isEqualTo(DEFAULT_DIR.resolve("pg"));
    assertThat(config.externalDatabase()).isEmpty();
    assertThat(config.dbPoolSize()).isEqualTo(10);
    assertThat(config.maxBodyBytes()).isEqualTo(1_048_576);
    assertThat(config.demo()).isFalse();
  }

  @Test
  void printingAConfigNeverShowsTheDatabasePassword() {
    ServerConfig config =
        new ConfigLoader(
                Map.of(
                    "DATABASE_URL",
                    "postgres://bob:hunter2@db.example:5432/bobbin",
                    "BOBBIN_DB_MIGRATION_USER",
                    "owner",
                    "BOBBIN_DB_MIGRATION_PASSWORD",
                    "hunter3"),
                DEFAULT_DIR)
            .load(CliOptions.none());

    assertThat(config.toString()).contains("db.example").doesNotContain("hunter2", "hunter3");
  }
}
