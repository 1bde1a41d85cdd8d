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
