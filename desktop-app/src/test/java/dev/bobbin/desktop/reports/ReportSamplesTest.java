package dev.bobbin.desktop.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.reports.CsvOptions;
import dev.bobbin.model.reports.ReportDefinition;
import dev.bobbin.model.reports.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes a small sample CSV of every report from the demo factory: into {@code
 * bobbin.reports.samples.dir} when set ({@code scripts/report-samples.sh} points it at {@code
 * docs/reports}), else into {@code target/report-samples}.
 */
class ReportSamplesTest {
  private static final int SAMPLE_ROWS = 15;

  @TempDir Path home;

  @Test
  void everyReportHasASampleFromTheDemoFactory() throws IOException {
    Path target =
        Path.of(System.getProperty("bobbin.reports.samples.dir", "target/report-samples"));
    Files.createDirectories(target);
    try (Workspace workspace = TestData.demoWorkspace(home)) {
      ReportService reports =
          new ReportService(
              workspace.data().store(), workspace.data().currentUser(), TestData.CLOCK);
      for (ReportDefinition report : Reports.all()) {
        Map<String, String> params =
            report.parameter("from").isPresent() ? Map.of("from", "2025-12-01") : Map.of();
        Path file = target.resolve(report.name() + ".csv");
        reports.export(
            reports.arguments(report, params),
            file,
            CsvOptions.defaults(),
            (r, t) -> {},
            () -> false);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() > SAMPLE_ROWS + 1) {
          Files.write(
              file,
              (String.join("\r\n", lines.subList(0, SAMPLE_ROWS + 1)) + "\r\n")
                  .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(lines.get(0)).isEqualTo(String.join(",", report.header()));
      }
    }
  }
}
