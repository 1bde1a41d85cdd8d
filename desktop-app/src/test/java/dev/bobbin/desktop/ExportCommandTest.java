package dev.bobbin.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.desktop.testing.TestData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
  @TempDir static Path home;
  @TempDir Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeAll
  static void demo() {
    TestData.demoWorkspace(home).close();
  }

  private int run(String... args) {
    CommandLine cli =
        new CommandLine(
            new ExportCommand(new DataDirectory(Map.of(), "Linux", home), TestData.CLOCK));
    cli.setOut(new PrintWriter(stdout, true));
    cli.setErr(new PrintWriter(stderr, true));
    return cli.execute(args);
  }

  @Test
  void exportsAReportWithParametersToAFile() throws IOException {
    Path file = out.resolve("consumed.csv");

    int exit =
        run(
            "stock-ledger",
            "--out",
            file.toString(),
            "--param",
            "from=2026-01-01",
            "--param",
            "reason=consume",
            "--delimiter",
            ";",
            "--bom");

    assertThat(exit).as(stderr.toString()).isZero();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("\uFEFFat_utc;sku;item;");
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains(";CONSUME;"));
    assertThat(stdout.toString()).contains("Exported " + (lines.size() - 1) + " rows");
  }

  @Test
  void badParametersAreNamedAndNothingIsWritten() {
    Path file = out.resolve("bad.csv");

    int exit = run("stock-ledger", "--out", file.toString(), "--param", "from=yesterday");

    assertThat(exit).isEqualTo(ExportCommand.BAD_USAGE);
    assertThat(stderr.toString()).contains("--param from: must be a date like 2026-11-25");
    assertThat(file).doesNotExist();
  }

  @Test
  void anUnknownReportListsTheKnownOnes() {
    assertThat(run("sales", "--out", out.resolve("x.csv").toString()))
        .isEqualTo(ExportCommand.BAD_USAGE);
    assertThat(stderr.toString()).contains("no report called \"sales\"").contains("stock-ledger");
  }

  @Test
  void theAppsCommandLineOffersTheExportCommand() {
    assertThat(new CommandLine(new DesktopOptions.Cli()).getSubcommands()).containsKey("export");
  }
}
