package dev.bobbin.desktop.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.demo.DemoWorkspace;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.reports.CsvOptions;
import dev.bobbin.model.reports.CsvReportWriter;
import dev.bobbin.model.reports.ReportArguments;
import dev.bobbin.model.reports.Reports;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExportTest {
  @TempDir static Path dir;
  @TempDir Path out;
  private static LocalData data;
  private static ReportService reports;

  @BeforeAll
  static void seed() {
    data = LocalData.open(dir, TestData.CLOCK);
    new DemoWorkspace(data, TestData.CLOCK).seedIfEmpty();
    data.currentUser().signIn(data.users().all().get(0));
    reports = new ReportService(data.store(), data.currentUser(), TestData.CLOCK);
  }

  @AfterAll
  static void close() {
    data.close();
  }

  private static ReportArguments ledger() {
    return reports.arguments(Reports.STOCK_LEDGER, Map.of("from", "2025-12-01"));
  }

  @Test
  void anExportHoldsTheSameCellsAsTheReportAndIsRemembered() throws IOException {
    List<Object[]> source = new ArrayList<>();
    reports.run(ledger(), source::add);
    List<long[]> progress = new ArrayList<>();

    ReportService.ExportResult result =
        reports.export(
            ledger(),
            out.resolve("ledger.csv"),
            CsvOptions.defaults(),
            (read, total) -> progress.add(new long[] {read, total}),
            () -> false);

    assertThat(result.rows()).isEqualTo(source.size()).isPositive();
    try (Reader reader = Files.newBufferedReader(result.file(), StandardCharsets.UTF_8);
        CSVParser parser = CsvReportWriter.format(CsvOptions.defaults()).parse(reader)) {
      List<CSVRecord> records = parser.getRecords();
      assertThat(records).hasSize(source.size() + 1);
      assertThat(records.get(0).toList()).isEqualTo(Reports.STOCK_LEDGER.header());
      for (int i = 0; i < source.size(); i++) {
        for (int c = 0; c < Reports.STOCK_LEDGER.columns().size(); c++) {
          assertThat(records.get(i + 1).get(c))
              .isEqualTo(
                  dev.bobbin.model.reports.CsvCells.format(
                      Reports.STOCK_LEDGER.columns().get(c),
                      source.get(i)[c],
                      CsvOptions.defaults()));
        }
      }
    }
    assertThat(progress.get(progress.size() - 1)).containsExactly(source.size(), source.size());
    ExportRecord last = reports.history().recent(1).get(0);
    assertThat(last.report()).isEqualTo("stock-ledger");
    assertThat(last.rows()).isEqualTo(source.size());
    assertThat(last.file()).isEqualTo(result.file().toString());
    assertThat(last.parameters())
        .containsEntry("from", "2025-12-01")
        .containsEntry("to", "2026-03-02");
    assertThat(last.who()).isEqualTo(data.currentUser().get().orElseThrow().displayName());
  }

  @Test
  void aCancelledExportLeavesNoFileAndNoHistory() {
    int before = reports.history().recent(100).size();
    Path file = out.resolve("cancelled.csv");
    int[] rows = {0};

    assertThatThrownBy(
            () ->
                reports.export(
                    ledger(), file, CsvOptions.defaults(), (r, t) -> {}, () -> ++rows[0] > 10))
        .isInstanceOf(CancellationException.class);

    assertThat(file).doesNotExist();
    assertThat(file.resolveSibling("cancelled.csv.part")).doesNotExist();
    assertThat(reports.history().recent(100)).hasSize(before);
  }

  @Test
  void aPreviewStopsAtItsLimit() {
    ReportService.Preview preview = reports.preview(ledger(), 5);
    assertThat(preview.rows()).hasSize(5);
    assertThat(preview.truncated()).isTrue();
  }
}
