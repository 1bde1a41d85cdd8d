package dev.bobbin.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.DesktopOptions;
import dev.bobbin.desktop.MainWindowFactory;
import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
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
 * Screenshots of the dashboard, the inventory with an item's ledger and a stock dialog, customers
 * and settings, on the demo workspace (same output folder as {@link ScreenshotsTest}).
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchScreenshotsTest {
  @TempDir static Path home;
  static Workspace workspace;
  static BackgroundTasks tasks;
  Scene scene;

  @BeforeAll
  static void openDemo() {
    workspace =
        Workspace.open(
            new DesktopOptions(Optional.empty(), Optional.empty(), true),
            new DataDirectory(Map.of(), "Linux", home),
            TestData.CLOCK);
    tasks = BackgroundTasks.forJavaFx();
  }

  @AfterAll
  static void close() {
    tasks.close();
    workspace.close();
  }

  @Start
  void start(Stage stage) {
    scene = new Scene(MainWindowFactory.create(workspace, tasks), 1280, 800);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void everyWorkbenchScreen(FxRobot robot) throws Exception {
    robot.clickOn("Dashboard");
    WaitForAsyncUtils.waitFor(
        15, TimeUnit.SECONDS, () -> robot.lookup("#chart-stock-value").tryQuery().isPresent());
    assertThat(robot.lookup("#card-insights").tryQuery()).isPresent();
    assertThat(robot.lookup("#insights-readiness").queryAs(Label.class).getText())
        .contains("open orders have all their materials");
    assertThat(Files.size(save("dashboard.png"))).isPositive();

    robot.clickOn("Inventory");
    TableView<ItemRow> table = robot.lookup("#inventory-table").queryTableView();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
    robot.interact(() -> table.getSelectionModel().select(3));
    Label onHand = robot.lookup("#detail-on-hand").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !onHand.getText().equals("\u2013"));
    save("inventory-detail.png");
    robot.clickOn("#action-receive");
    save("inventory-stock-dialog.png");
    robot.type(javafx.scene.input.KeyCode.ESCAPE);

    robot.clickOn("Customers");
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#customers-list").queryListView().getItems().isEmpty());
    save("customers.png");

    robot.clickOn("Invoices");
    TableView<?> invoices = robot.lookup("#invoices-table").queryTableView();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !invoices.getItems().isEmpty());
    robot.interact(() -> invoices.getSelectionModel().select(0));
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup("#invoice-total").tryQuery().isPresent());
    save("invoices.png");

    robot.clickOn("Settings");
    save("settings.png");
  }

  @Test
  void theCommandBarWithAnAnswer(FxRobot robot) throws Exception {
    robot.clickOn("Dashboard");
    robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.K);
    robot.release(javafx.scene.input.KeyCode.K).release(javafx.scene.input.KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup("#ask-field").query().isFocused());
    robot.write("can we make 300 of SH-101 by next friday").type(javafx.scene.input.KeyCode.ENTER);
    Label answer = robot.lookup("#ask-answer").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !answer.getText().isEmpty());
    assertThat(Files.size(save("ask-bobbin.png"))).isPositive();
  }

  private Path save(String name) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage image =
        WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
    return write(image, name);
  }

  private static Path write(WritableImage image, String name) throws IOException {
    Path dir = Path.of(System.getProperty("bobbin.screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    Path file = dir.resolve(name);
    ImageIO.write(out, "png", file.toFile());
    return file;
  }
}
