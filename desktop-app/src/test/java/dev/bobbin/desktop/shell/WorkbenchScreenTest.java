package dev.bobbin.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.DesktopOptions;
import dev.bobbin.desktop.MainWindowFactory;
import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.desktop.production.DueFilter;
import dev.bobbin.desktop.production.OrderRow;
import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.desktop.store.PreferenceRepository;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.customers.Customer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard, settings (backup and restore) and the shortcut overlay, each on its own demo
 * workspace because a restore replaces the database.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchScreenTest {
  @TempDir Path home;
  Workspace workspace;
  final AtomicReference<Workspace> restored = new AtomicReference<>();
  BackgroundTasks tasks;
  Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    workspace =
        Workspace.open(
            new DesktopOptions(Optional.empty(), Optional.empty(), true),
            new DataDirectory(Map.of(), "Linux", home),
            TestData.CLOCK);
    tasks = BackgroundTasks.forJavaFx();
    stage.setScene(new Scene(MainWindowFactory.create(workspace, tasks, restored::set), 1280, 800));
    stage.show();
  }

  @AfterEach
  void close() {
    tasks.close();
    workspace.close();
    if (restored.get() != null) {
      restored.get().close();
    }
  }

  private static void await(java.util.concurrent.Callable<Boolean> condition)
      throws TimeoutException {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
  }

  @Test
  void theLowStockTileOpensTheInventoryFilteredToLowStock(FxRobot robot) throws TimeoutException {
    robot.clickOn("Dashboard");
    await(() -> robot.lookup("#tile-low-stock").tryQuery().isPresent());

    robot.clickOn("#tile-low-stock");

    TableView<ItemRow> table = robot.lookup("#inventory-table").queryTableView();
    ToggleButton low = robot.lookup("#inventory-low").queryAs(ToggleButton.class);
    Label summary = robot.lookup("#inventory-summary").queryAs(Label.class);
    await(() -> summary.getText().contains("low on stock") && !table.getItems().isEmpty());
    assertThat(low.isSelected()).isTrue();
    assertThat(table.getItems()).allMatch(ItemRow::low);
  }

  @Test
  void theOverdueTileOpensTheOrderListFilteredToOverdueOrders(FxRobot robot)
      throws TimeoutException {
    robot.clickOn("Dashboard");
    await(() -> robot.lookup("#tile-overdue").tryQuery().isPresent());

    robot.clickOn("#tile-overdue");

    TableView<OrderRow> table = robot.lookup("#orders-table").queryTableView();
    await(() -> table.getScene() != null && !table.getItems().isEmpty());
    LocalDate today = LocalDate.now(TestData.CLOCK);
    assertThat(table.getItems()).allMatch(row -> row.order().isOverdue(today));
    long overdue =
        workspace.data().productionQueries().orders().stream()
            .filter(row -> row.order().isOverdue(today))
            .count();
    assertThat(table.getItems()).hasSize((int) overdue);
    assertThat(robot.lookup("#orders-due").queryComboBox().getValue()).isEqualTo(DueFilter.OVERDUE);
  }

  @Test
  void aBackupRestoredLaterBringsBackItsDataAfterAnExplicitWarning(FxRobot robot)
      throws TimeoutException {
    Path zip = home.resolve("backup.zip");
    robot.clickOn("Settings");
    TextField backupFile = robot.lookup("#backup-file").queryAs(TextField.class);
    robot.interact(() -> backupFile.setText(zip.toString()));
    robot.clickOn("#backup-run");
    Label status = robot.lookup("#settings-status").queryAs(Label.class);
    await(() -> status.getText().startsWith("Backed up to"));

    workspace.data().customers().create(TestData.customer("Made after the backup"));

    TextField restoreFile = robot.lookup("#restore-file").queryAs(TextField.class);
    robot.interact(() -> restoreFile.setText(zip.toString()));
    robot.clickOn("#restore-run");
    await(() -> robot.lookup("#restore-warning").tryQuery().isPresent());
    assertThat(robot.lookup("#restore-warning").queryAs(Label.class).getText())
        .contains("not synced yet");
    robot.clickOn("#restore-confirm");

    await(() -> restored.get() != null);
    assertThat(restored.get().data().customers().all())
        .extracting(Customer::name)
        .doesNotContain("Made after the backup")
        .isNotEmpty();
    // The window came back on the restored data.
    await(() -> robot.lookup("#sidebar").tryQuery().isPresent());
  }

  @Test
  void f1ShowsTheShortcutsAndEscClosesThem(FxRobot robot) throws TimeoutException {
    await(() -> robot.lookup("#inventory-table").tryQuery().isPresent());
    robot.clickOn("#inventory-table");
    robot.type(KeyCode.F1);
    assertThat(robot.lookup("#shortcut-help").tryQuery()).isPresent();
    robot.type(KeyCode.ESCAPE);
    assertThat(robot.lookup("#shortcut-help").tryQuery()).isEmpty();
  }

  @Test
  void theWindowOpensOnTheStartScreenTheUserChose(FxRobot robot) throws TimeoutException {
    robot.clickOn("Settings");
    ComboBox<Section> start = robot.lookup("#settings-start").queryComboBox();
    robot.interact(() -> start.setValue(Section.DESIGNS));
    var user = workspace.data().currentUser().get().orElseThrow().id();
    await(
        () ->
            workspace
                .data()
                .preferences()
                .get(user, PreferenceRepository.START_SECTION)
                .equals(Optional.of("DESIGNS")));

    robot.interact(
        () -> stage.setScene(new Scene(MainWindowFactory.create(workspace, tasks), 1280, 800)));

    await(() -> robot.lookup("#designs-page").tryQuery().isPresent());
    assertThat(robot.lookup("#inventory-table").tryQuery()).isEmpty();
  }

  @Test
  void theThemeChoiceIsRememberedForTheUser(FxRobot robot) throws TimeoutException {
    robot.clickOn("Settings");
    robot.clickOn("#settings-dark");
    var prefs = workspace.data().preferences();
    var user = workspace.data().currentUser().get().orElseThrow().id();
    await(() -> prefs.get(user, PreferenceRepository.DARK_THEME).equals(Optional.of("true")));
    robot.interact(() -> MainWindow.applyTheme(false));
  }
}
