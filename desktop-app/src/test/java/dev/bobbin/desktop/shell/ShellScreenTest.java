package dev.bobbin.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.MainWindowFactory;
import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The real main window on the demo workspace, driven like a user would (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class ShellScreenTest {
  @TempDir static Path home;
  static Workspace workspace;
  static BackgroundTasks tasks;

  @BeforeAll
  static void openDemo() {
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
    stage.setScene(new Scene(MainWindowFactory.create(workspace, tasks), 1280, 800));
    stage.show();
  }

  @Test
  void searchingTheInventoryShowsOnlyMatchingRows(FxRobot robot) throws TimeoutException {
    TableView<ItemRow> table = robot.lookup("#inventory-table").queryTableView();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
    int everything = table.getItems().size();

    robot.clickOn("#inventory-search").write("denim");

    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> !table.getItems().isEmpty() && table.getItems().size() < everything);
    assertThat(table.getItems())
        .allSatisfy(
            row ->
                assertThat((row.item().name() + row.item().colourName()).toLowerCase(Locale.ROOT))
                    .contains("denim"));
    Label summary = robot.lookup("#inventory-summary").queryAs(Label.class);
    assertThat(summary.getText()).contains("matching \u201cdenim\u201d");
  }

  @Test
  void theSidebarOpensEverySectionAndTheStatusBarSaysOffline(FxRobot robot) {
    robot.clickOn("Designs");
    assertThat(robot.lookup("#designs-page").tryQuery()).isPresent();
    robot.clickOn("Inventory");
    assertThat(robot.lookup("#inventory-page").tryQuery()).isPresent();
    assertThat(robot.lookup("#sync-status").queryAs(Label.class).getText()).contains("offline");
  }
}
