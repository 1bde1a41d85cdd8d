package dev.bobbin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServerMainTest {
  @TempDir Path dataDir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void badSettingExitsWith2AndPrintsOneLineWithoutAStackTrace() {
    int code = run(Map.of("BOBBIN_PORT", "abc"));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "BOBBIN_PORT must be a number between 0 and 65535, got \"abc\""
                + System.lineSeparator());
  }

  @Test
  void serveCommandTakesTheSameOptionsAsTheDefault() {
    int code = run(Map.of(), "serve", "--port", "http");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("--port must be a number between 0 and 65535");
  }

  @Test
  void demoFlagIsAccepted() {
    int code = run(Map.of(), "--demo", "--port", "99999");

    // Parsing got past --demo to the port check rather than stopping at an unknown option.
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("--port must be");
  }

  @Test
  void bootstrapCommandCreatesTheFirstOrganisationOnceFromAPasswordFile() throws Exception {
    java.nio.file.Path passwordFile = dataDir.resolve("admin-password");
    java.nio.file.Files.writeString(passwordFile, "spindle-lantern-93\n");
    Map<String, String> env = externalDatabaseEnv();

    int first =
        run(
            env,
            "bootstrap",
            "--organisation",
            "Atelier",
            "--email",
            "owner@example.com",
            "--name",
            "Owner",
            "--password-file",
            passwordFile.toString());
    int second =
        run(
            env,
            "bootstrap",
            "--organisation",
            "Again",
            "--email",
            "again@example.com",
            "--name",
            "Again",
            "--password-file",
            passwordFile.toString());

    assertThat(first).isZero();
    assertThat(out.toString()).contains("Created organisation \"Atelier\"");
    assertThat(second).isEqualTo(1);
    assertThat(err.toString()).contains("already has an organisation");
  }

  @Test
  void addOrganisationCommandAddsAnotherOrganisationWithThePasswordFromTheEnvironment() {
    Map<String, String> env = new java.util.HashMap<>(externalDatabaseEnv());
    env.put("BOBBIN_ADMIN_PASSWORD", "spindle-lantern-93");

    int code =
        run(
            env,
            "add-organisation",
            "--organisation",
            "Second",
            "--email",
            "second@example.com",
            "--name",
            "Second owner");

    assertThat(code).as(err.toString()).isZero();
  }

  @Test
  void bootstrapCommandWithoutAPasswordSaysHowToGiveOne() {
    int code =
        run(
            externalDatabaseEnv(),
            "bootstrap",
            "--organisation",
            "A",
            "--email",
            "a@example.com",
            "--name",
            "A");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--password-file").contains("BOBBIN_ADMIN_PASSWORD");
  }

  private static Map<String, String> externalDatabaseEnv() {
    dev.bobbin.server.config.ExternalDatabase owner = TestPostgres.newDatabase();
    return Map.of(
        "BOBBIN_DB_URL",
        owner.jdbcUrl(),
        "BOBBIN_DB_USER",
        TestPostgres.APP_ROLE,
        "BOBBIN_DB_PASSWORD",
        TestPostgres.APP_PASSWORD,
        "BOBBIN_DB_MIGRATION_USER",
        "postgres");
  }

  @Test
  void versionIsDevWhenNotRunFromTheJar() {
    int code = run(Map.of(), "--version");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("bobbin-server dev");
  }

  private int run(Map<String, String> env, String... args) {
    return new CommandLine(new ServerMain(env, dataDir))
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }
}
