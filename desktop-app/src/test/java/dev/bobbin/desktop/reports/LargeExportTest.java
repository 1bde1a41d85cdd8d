package dev.bobbin.desktop.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.demo.DemoWorkspace;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.reports.CsvOptions;
import dev.bobbin.model.reports.Reports;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million ledger lines export in a JVM with a 96 MB heap: the rows alone would need several
 * hundred megabytes, so the export can only pass by streaming.
 */
class LargeExportTest {
  static final long LINES = 1_000_000;
  static final String HEAP = "-Xmx96m";

  @TempDir Path dir;

  @Test
  void aMillionLedgerLinesExportInASmallHeap() throws Exception {
    Path data = dir.resolve("data");
    try (LocalData local = LocalData.open(data, TestData.CLOCK)) {
      DemoWorkspace demo = new DemoWorkspace(local, TestData.CLOCK);
      demo.bulkItems(2_000);
      // 500 lines for each of the 2,000 items.
      demo.bulkLedger((int) LINES, TestData.user("bulk@example.com", Role.MANAGER).id());
    }
    Path csv = dir.resolve("ledger.csv");

    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                LargeExportMain.class.getName(),
                data.toString(),
                csv.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("rows=" + LINES);
    assertThat(countLines(csv)).isEqualTo(LINES + 1);
  }

  private static long countLines(Path csv) throws IOException {
    // Notes hold no line breaks here, so records are lines.
    try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return reader.lines().count();
    }
  }

  /** The forked exporter: opens the store and exports the whole ledger. */
  static final class LargeExportMain {
    private LargeExportMain() {}

    public static void main(String[] args) {
      try (LocalData local = LocalData.open(Path.of(args[0]), TestData.CLOCK)) {
        ReportService reports =
            new ReportService(local.store(), local.currentUser(), TestData.CLOCK);
        List<Long> progress = new ArrayList<>();
        ReportService.ExportResult result =
            reports.export(
                reports.arguments(Reports.STOCK_LEDGER, Map.of("from", "2020-01-01")),
                Path.of(args[1]),
                CsvOptions.defaults(),
                (read, total) -> {
                  if (progress.size() < 10) {
                    progress.add(read);
                  }
                },
                () -> false);
        System.out.println(
            "rows="
                + result.rows()
                + " maxHeap="
                + Runtime.getRuntime().maxMemory() / 1_000_000
                + "MB");
      }
    }
  }
}
