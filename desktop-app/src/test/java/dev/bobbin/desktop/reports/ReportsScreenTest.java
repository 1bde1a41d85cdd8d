package dev.bobbin.desktop.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.testing.Screenshots;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A manager picks a report, previews it, exports it and finds the export in the history. */
@ExtendWith(ApplicationExtension.class)
class ReportsScreenTest {
  @TempDir static Path home;
  @TempDir static Path exports;
  static Workspace workspace;
  static BackgroundTasks tasks;
  Scene scene;

  @BeforeAll
  static void openWorkspace() {
    workspace = TestData.demoWorkspace(home);
    tasks = BackgroundTasks.forJavaFx();
  }

  @AfterAll
  static void close() {
    tasks.close();
    workspace.close();
  }

  @Start
  void start(Stage stage) {
    ReportService reports =
        new ReportService(
            workspace.data().store(), workspace.data().currentUser(), workspace.data().clock());
    ReportsViewModel model = new ReportsViewModel(reports, workspace.data().currentUser(), tasks);
    ReportsView view = new ReportsView(model, name -> Optional.of(exports.resolve(name)));
    scene = new Scene(new javafx.scene.layout.StackPane(view.root()), 1280, 800);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void pickPreviewExportAndSeeTheHistory(FxRobot robot) throws Exception {
    robot.clickOn("Stock ledger");
    robot.doubleClickOn("#param-from").eraseText(12).write("yesterday");
    robot.clickOn("#previewButton");
    Label fromError = robot.lookup("#param-from-error").queryAs(Label.class);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fromError.getText()).isEqualTo("Must be a date like 2026-11-25.");

    robot
        .doubleClickOn("#param-from")
        .press(KeyCode.CONTROL, KeyCode.A)
        .release(KeyCode.A, KeyCode.CONTROL);
    robot.eraseText(12).write("2026-01-01");
    robot.clickOn("#previewButton");
    TableView<List<String>> table = robot.lookup("#previewTable").queryTableView();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
    assertThat(fromError.getText()).isEmpty();
    assertThat(table.getItems().size()).isLessThanOrEqualTo(ReportsViewModel.PREVIEW_ROWS);
    Screenshots.save(scene, "reports.png");

    robot.clickOn("#exportButton");
    Path file = exports.resolve("stock-ledger-2026-03-02.csv");
    Label done = robot.lookup("#lastExportLabel").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> done.getText().equals(file.toString()));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("at_utc,sku,item,category,reason,quantity");
    assertThat(lines).hasSizeGreaterThan(1);

    robot.clickOn("Export history");
    TableView<ExportRecord> history = robot.lookup("#historyTable").queryTableView();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !history.getItems().isEmpty());
    ExportRecord entry = history.getItems().get(0);
    assertThat(entry.report()).isEqualTo("stock-ledger");
    assertThat(entry.file()).isEqualTo(file.toString());
    assertThat(entry.rows()).isEqualTo(lines.size() - 1L);
    assertThat(entry.parameters()).containsEntry("from", "2026-01-01");
    Screenshots.save(scene, "reports-history.png");
  }

  @Test
  void valuationShowsAChartByCategory(FxRobot robot) throws Exception {
    robot.clickOn("Inventory snapshot and valuation");
    robot.clickOn("#previewButton");
    TableView<List<String>> table = robot.lookup("#previewTable").queryTableView();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
    robot.clickOn("Chart");
    javafx.scene.chart.BarChart<?, ?> chart = robot.lookup("#reportChart").query();
    assertThat(chart.getData()).hasSize(1);
    assertThat(chart.getData().get(0).getData()).hasSizeGreaterThan(1);
    Screenshots.save(scene, "reports-chart.png");
  }
}
