package dev.bobbin.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.MainWindowFactory;
import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.desktop.testing.Screenshots;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the real main window on the demo workspace and saves it as PNG: the README's screenshots
 * come from here ({@code scripts/screenshots.sh} sets {@code bobbin.screenshots.dir} to {@code
 * docs/screenshots}); otherwise they land in {@code target/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 800;

  @TempDir static Path home;
  static Workspace workspace;
  static BackgroundTasks tasks;
  Scene scene;

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
    scene = new Scene(MainWindowFactory.create(workspace, tasks), WIDTH, HEIGHT);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void inventoryInLightAndDarkTheme(FxRobot robot) throws Exception {
    TableView<ItemRow> table = robot.lookup("#inventory-table").queryTableView();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
    Path light = save("inventory-light.png");

    robot.clickOn("#theme-toggle");
    WaitForAsyncUtils.waitForFxEvents();
    Path dark = save("inventory-dark.png");
    robot.interact(() -> MainWindow.applyTheme(false));

    BufferedImage lightImage = ImageIO.read(light.toFile());
    BufferedImage darkImage = ImageIO.read(dark.toFile());
    assertThat(lightImage.getWidth()).isEqualTo(WIDTH);
    assertThat(lightImage.getHeight()).isEqualTo(HEIGHT);
    // The dark theme really is darker: compare a pixel of the table's background.
    assertThat(brightness(darkImage.getRGB(WIDTH / 2, HEIGHT / 2)))
        .isLessThan(brightness(lightImage.getRGB(WIDTH / 2, HEIGHT / 2)));
  }

  @Test
  void searchResult(FxRobot robot) throws Exception {
    TableView<ItemRow> table = robot.lookup("#inventory-table").queryTableView();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
    int everything = table.getItems().size();
    robot.clickOn("#inventory-search").write("thread");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() < everything);
    Path shot = save("inventory-search.png");
    assertThat(Files.size(shot)).isPositive();
  }

  @Test
  void designsProductionBoardAndOrderDetail(FxRobot robot) throws Exception {
    WorkbenchFlowsTest.openSection(robot, "Designs", "#designs-page");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup("#design-card-SH-101").tryQuery().isPresent());
    assertThat(Files.size(save("designs.png"))).isPositive();

    robot.clickOn("#design-card-SH-101");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup("#bom-lines .text-field").tryQuery().isPresent());
    assertThat(Files.size(save("design-editor.png"))).isPositive();

    robot.clickOn("#design-analyse-colours");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> robot.lookup("#design-analysis-colours .palette-colour").tryQuery().isPresent());
    Node colours = robot.lookup("#design-analysis-colours").query();
    robot.interact(() -> scrollIntoView(colours));
    assertThat(robot.lookup(".palette-no-stock").tryQuery()).isPresent();
    assertThat(Files.size(save("design-palette.png"))).isPositive();

    WorkbenchFlowsTest.openSection(robot, "Production", "#production-page");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup("#board-column-0 .button").tryQuery().isPresent());
    assertThat(Files.size(save("production-board.png"))).isPositive();

    robot.clickOn("#tab-orders");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#orders-table").queryTableView().getItems().isEmpty());
    robot.interact(
        () -> robot.lookup("#orders-table").queryTableView().getSelectionModel().select(1));
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup("#order-timeline").tryQuery().isPresent());
    assertThat(Files.size(save("order-detail.png"))).isPositive();
  }

  /** Scrolls the nearest scroll pane around {@code node} so that it shows the node's top. */
  private static void scrollIntoView(Node node) {
    Parent parent = node.getParent();
    while (parent != null && !(parent instanceof ScrollPane)) {
      parent = parent.getParent();
    }
    if (!(parent instanceof ScrollPane scroll)) {
      return;
    }
    Node content = scroll.getContent();
    double top = content.sceneToLocal(node.localToScene(0, 0)).getY();
    double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
    if (extra > 0) {
      scroll.setVvalue(Math.max(0, Math.min(1, (top - 40) / extra)));
    }
  }

  @Test
  void quotesPricedWhileTyping(FxRobot robot) throws Exception {
    WorkbenchFlowsTest.openSection(robot, "Quotes", "#quotes-page");
    javafx.scene.control.ComboBox<?> design = robot.lookup("#quote-design").queryComboBox();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !design.getItems().isEmpty());
    robot.interact(() -> design.getSelectionModel().select(0));
    robot.clickOn("#quote-quantity").write("40");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#quote-total")
                .queryAs(javafx.scene.control.Label.class)
                .getText()
                .endsWith("for 40"));
    assertThat(Files.size(save("quotes-window.png"))).isPositive();
  }

  private Path save(String name) throws Exception {
    return Screenshots.save(scene, name);
  }

  private static int brightness(int argb) {
    return ((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff);
  }
}
