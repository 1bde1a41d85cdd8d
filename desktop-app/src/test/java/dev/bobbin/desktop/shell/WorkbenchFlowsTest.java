package dev.bobbin.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.DesktopOptions;
import dev.bobbin.desktop.MainWindowFactory;
import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.production.OrderRequest;
import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Pane;
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

/** The designs and production screens driven like a user would, on the demo workspace. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowsTest {
  @TempDir static Path home;
  static Workspace workspace;
  static BackgroundTasks tasks;
  static ProductionOrder twoStages;
  static ProductionOrder stale;

  @BeforeAll
  static void openDemo() {
    workspace =
        Workspace.open(
            new DesktopOptions(Optional.empty(), Optional.empty(), true),
            new DataDirectory(Map.of(), "Linux", home),
            TestData.CLOCK);
    tasks = BackgroundTasks.forJavaFx();
    LocalData data = workspace.data();
    Design shirt = data.designs().findByCode("SH-101").orElseThrow();
    var workflow = data.workflows().all().get(0);
    twoStages = plan(data, shirt, workflow.id());
    stale = plan(data, shirt, workflow.id());
  }

  private static ProductionOrder plan(LocalData data, Design design, java.util.UUID workflow) {
    return data.production()
        .plan(
            new OrderRequest(
                design.id(), null, workflow, 2, LocalDate.of(2026, 3, 4), Priority.URGENT, null));
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
  void aNewDesignWithABillOfMaterialsAnswersCanWeMakeN(FxRobot robot) throws TimeoutException {
    openSection(robot, "Designs", "#designs-page");
    waitFor(() -> robot.lookup("#design-card-SH-101").tryQuery().isPresent());
    robot.clickOn("#design-new");
    robot.clickOn("#design-code").write("TST-1");
    robot.clickOn("#design-name").write("Test tote");
    robot.clickOn("#bom-search").write("FAB-POP-WHT");
    ListView<?> picker = robot.lookup("#bom-picker").queryAs(ListView.class);
    waitFor(() -> picker.getItems().size() == 1);
    for (int attempt = 0; attempt < 3; attempt++) {
      // The picker's list may still be replaced by a slower search for part of the text.
      robot.interact(() -> picker.getSelectionModel().selectFirst());
      robot.clickOn("#bom-add");
      try {
        waitFor(() -> robot.lookup("#bom-qty-FAB-POP-WHT").tryQuery().isPresent());
        break;
      } catch (TimeoutException e) {
        waitFor(() -> picker.getItems().size() == 1);
      }
    }
    robot.doubleClickOn("#bom-qty-FAB-POP-WHT").write("2");
    robot.clickOn("#design-save");
    waitFor(() -> text(robot, "#design-message").equals("Saved TST-1."));
    assertThat(workspace.data().designs().findByCode("TST-1").orElseThrow().bom()).hasSize(1);

    robot.clickOn("#make-quantity").write("3");
    robot.clickOn("#make-check");
    waitFor(() -> text(robot, "#make-answer").startsWith("Yes"));

    robot.doubleClickOn("#make-quantity").write("100000");
    robot.clickOn("#make-check");
    waitFor(() -> text(robot, "#make-answer").startsWith("No"));
    Pane shortfalls = robot.lookup("#make-shortfalls").queryAs(Pane.class);
    assertThat(shortfalls.getChildren()).hasSize(1);
    assertThat(((Label) shortfalls.getChildren().get(0)).getText())
        .startsWith("FAB-POP-WHT")
        .contains("need 200000.00 m")
        .contains("reserved");
    robot.clickOn("#design-back");
  }

  @Test
  void anOrderMovesThroughTwoStagesOnTheBoardAndConsumesItsMaterials(FxRobot robot)
      throws TimeoutException {
    String n = twoStages.number();
    openSection(robot, "Production", "#production-page");
    waitFor(() -> robot.lookup("#start-" + n).tryQuery().isPresent());
    Node card = robot.lookup("#card-" + n).query();
    assertThat(card.getParent().getId()).isEqualTo("board-column-0");

    robot.clickOn("#start-" + n);
    waitFor(() -> robot.lookup("#finish-" + n).tryQuery().isPresent());
    robot.clickOn("#finish-" + n);
    waitFor(() -> robot.lookup("#consumes-" + n).queryAs(Pane.class).getChildren().size() > 1);
    robot.clickOn("#confirm-finish-" + n);
    waitFor(() -> text(robot, "#board-message").startsWith("Stage finished; consumed"));
    waitFor(() -> parentOf(robot, "#card-" + n).equals("board-column-1"));
    assertThat(
            workspace.data().movements().forItem(fabricOfShirt()).stream()
                .filter(m -> m.reason() == MovementReason.CONSUME)
                .map(StockMovement::reference))
        .contains(n);

    robot.clickOn("#start-" + n);
    waitFor(() -> robot.lookup("#finish-" + n).tryQuery().isPresent());
    robot.clickOn("#finish-" + n);
    robot.clickOn("#confirm-finish-" + n);
    waitFor(() -> parentOf(robot, "#card-" + n).equals("board-column-2"));
    assertThat(text(robot, "#board-error")).isEmpty();
  }

  @Test
  void aMoveAnotherDeviceMadeImpossibleShowsTheReason(FxRobot robot) throws TimeoutException {
    String n = stale.number();
    openSection(robot, "Production", "#production-page");
    waitFor(() -> robot.lookup("#start-" + n).tryQuery().isPresent());
    var stage = workspace.data().stages().forOrder(stale.id()).get(0);
    workspace.data().shopFloor().block(stage.id(), "Machine down");

    robot.clickOn("#start-" + n);

    waitFor(() -> text(robot, "#board-error").equals("A stage that is blocked cannot be started."));
    waitFor(() -> text(robot, "#card-state-" + n).contains("Machine down"));
  }

  private static java.util.UUID fabricOfShirt() {
    return workspace.data().items().findBySku("FAB-POP-WHT").orElseThrow().id();
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
  }

  private static String parentOf(FxRobot robot, String query) {
    return robot
        .lookup(query)
        .tryQuery()
        .map(n -> n.getParent() == null ? "" : String.valueOf(n.getParent().getId()))
        .orElse("");
  }

  private static void waitFor(java.util.concurrent.Callable<Boolean> condition)
      throws TimeoutException {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Opens a sidebar section, clicking again if the first click was lost (seen under Monocle). */
  static void openSection(FxRobot robot, String title, String pageId) throws TimeoutException {
    for (int attempt = 0; attempt < 3; attempt++) {
      robot.clickOn(title);
      try {
        WaitForAsyncUtils.waitFor(
            5, TimeUnit.SECONDS, () -> robot.lookup(pageId).tryQuery().isPresent());
        return;
      } catch (TimeoutException e) {
        // clicked too early or on a moving layout: try once more
      }
    }
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> robot.lookup(pageId).tryQuery().isPresent());
  }
}
