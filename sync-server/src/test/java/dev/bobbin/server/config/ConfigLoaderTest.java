package dev.bobbin.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final Path DEFAULT_DIR = Path.of("/var/lib/bobbin/server");
  @TempDir Path dir;

  @Test
  void fileOverridesDefaultsEnvOverridesFileAndCommandLineOverridesEnv() throws IOException {
    Path file =
        write(
            """
            BOBBIN_PORT=7001
            BOBBIN_DB_POOL_SIZE=3
            BOBBIN_MAX_BODY_BYTES=4096
            BOBBIN_SERVER_DATA_DIR=/from/file
            """);
    Map<String, String> env =
        Map.of("BOBBIN_PORT", "7002", "BOBBIN_DB_POOL_SIZE", "5", "PATH", "/usr/bin");
    CliOptions cli = new CliOptions(Optional.of("7003"), Optional.empty(), Optional.of(file), true);

    ServerConfig config = new ConfigLoader(env, DEFAULT_DIR).load(cli);

    assertThat(config.port()).isEqualTo(7003);
    assertThat(config.dbPoolSize()).isEqualTo(5);
    assertThat(config.maxBodyBytes()).isEqualTo(4096);
    assertThat(config.dataDir()).isEqualTo(Path.of("/from/file"));
    assertThat(config.demo()).isTrue();
  }

  @Test
  void commandLineDataDirOverridesTheEnvironment() {
    CliOptions cli =
        new CliOptions(Optional.empty(), Optional.of("/from/cli"), Optional.empty(), false);

    ServerConfig config =
        new ConfigLoader(Map.of("BOBBIN_SERVER_DATA_DIR", "/from/env"), DEFAULT_DIR).load(cli);

    assertThat(config.dataDir()).isEqualTo(Path.of("/from/cli"));
  }

  @Test
  void badValueInTheFileIsReportedWithTheFile() throws IOException {
    Path file = write("BOBBIN_PORT=eighty\n");

    assertThatThrownBy(() -> load(Map.of(), file))
        .hasMessage(
            "BOBBIN_PORT (in " + file + ") must be a number between 0 and 65535, got \"eighty\"");
  }

  @Test
  void unknownKeyInTheFileIsRejectedSoTyposAreNotIgnored() throws IOException {
    Path file = write("BOBIN_PORT=9000\n");

    assertThatThrownBy(() -> load(Map.of(), file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("Unknown setting BOBIN_PORT in " + file);
  }

  @Test
  void missingConfigFileIsRejected() {
    Path missing = dir.resolve("nope.properties");

    assertThatThrownBy(() -> load(Map.of(), missing))
        .hasMessage("--config file " + missing + " does not exist");
  }

  @Test
  void blankEnvironmentValuesCountAsUnset() {
    ServerConfig config =
        new ConfigLoader(Map.of("BOBBIN_PORT", " ", "DATABASE_URL", ""), DEFAULT_DIR)
            .load(CliOptions.none());

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.externalDatabase()).isEmpty();
  }

  @Test
  void databaseUrlSelectsAnExternalDatabase() {
    ServerConfig config =
        new ConfigLoader(
                Map.of(
                    "DATABASE_URL",
                    "postgres://bob:pw@db:5432/bobbin",
                    "BOBBIN_DB_MIGRATION_USER",
                    "owner"),
                DEFAULT_DIR)
            .load(CliOptions.none());

    assertThat(config.externalDatabase())
        .contains(
            new ExternalDatabase(
                "jdbc:postgresql://db:5432/bobbin", Optional.of("bob"), Optional.of("pw")));
  }

  @Test
  void bobbinDbSettingsWinOverDatabaseUrl() {
    Map<String, String> env =
        Map.of(
            "DATABASE_URL", "postgres://bob:pw@db:5432/bobbin",
            "BOBBIN_DB_URL", "jdbc:postgresql://other:5432/main",
            "BOBBIN_DB_USER", "alice",
            "BOBBIN_DB_PASSWORD", "secret",
            "BOBBIN_DB_MIGRATION_USER", "owner");

    ServerConfig config = new ConfigLoader(env, DEFAULT_DIR).load(CliOptions.none());

    assertThat(config.externalDatabase())
        .contains(
            new ExternalDatabase(
                "jdbc:postgresql://other:5432/main", Optional.of("alice"), Optional.of("secret")));
  }

  @Test
  void userAndPasswordVariablesOverrideThoseInDatabaseUrl() {
    Map<String, String> env =
        Map.of(
            "DATABASE_URL",
            "postgres://bob:pw@db/bobbin",
            "BOBBIN_DB_PASSWORD",
            "rotated",
            "BOBBIN_DB_MIGRATION_USER",
            "owner");

    ServerConfig config = new ConfigLoader(env, DEFAULT_DIR).load(CliOptions.none());

    assertThat(config.externalDatabase().orElseThrow().user()).contains("bob");
    assertThat(config.externalDatabase().orElseThrow().password()).contains("rotated");
  }

  private ServerConfig load(Map<String, String> env, Path file) {
    return new ConfigLoader(env, DEFAULT_DIR)
        .load(new CliOptions(Optional.empty(), Optional.empty(), Optional.of(file), false));
  }

  private Path write(String content) throws IOException {
    return Files.writeString(dir.resolve("bobbin.properties"), content);
  }
}
