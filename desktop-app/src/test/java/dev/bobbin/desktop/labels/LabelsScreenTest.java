package dev.bobbin.desktop.labels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.inventory.InventoryView;
import dev.bobbin.desktop.inventory.InventoryViewModel;
import dev.bobbin.desktop.inventory.ItemLinks;
import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.desktop.shell.MainWindow;
import dev.bobbin.desktop.testing.FxNodes;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.inventory.Item;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * From the inventory: choose items, print their labels to a PDF, and scan a printed label's QR code
 * back to the item, on the demo workspace.
 */
@ExtendWith(ApplicationExtension.class)
class LabelsScreenTest {
  @TempDir static Path home;
  @TempDir static Path out;
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
    InventoryViewModel inventory = new InventoryViewModel(workspace.inventoryData(), tasks);
    LabelService labels = new LabelService();
    InventoryView view =
        new InventoryView(
            inventory,
            (items, close) -> {
              LabelsView dialog =
                  new LabelsView(
                      new LabelsViewModel(labels, tasks, workspace.data().clock(), items),
                      close,
                      name -> Optional.of(out.resolve(name)));
              return new InventoryView.DialogContent(dialog.root(), dialog.focusTarget());
            });
    MainWindow.applyTheme(false);
    stage.setScene(new Scene(new StackPane(view.root()), 1280, 800));
    stage.show();
  }

  @Test
  void chooseTwoItemsAndSaveTheirLabels(FxRobot robot) throws Exception {
    TableView<ItemRow> table = robot.lookup("#inventory-table").queryTableView();
    await(() -> table.getItems().size() > 2);
    assertThat(robot.lookup("#inventory-print-labels").query().isDisabled()).isTrue();
    robot.clickOn(row(robot, 0));
    robot.press(KeyCode.CONTROL).clickOn(row(robot, 1)).release(KeyCode.CONTROL);
    String first = table.getItems().get(0).item().sku();
    String second = table.getItems().get(1).item().sku();

    robot.clickOn("#inventory-print-labels");
    await(() -> robot.lookup("#labels-dialog").tryQuery().isPresent());
    robot.interact(
        () ->
            robot
                .lookup("#labels-layout")
                .queryComboBox()
                .getSelectionModel()
                .select(LabelLayout.A4_3X8));
    robot.doubleClickOn("#labels-copies").write("x");
    robot.clickOn("#labels-save");
    Label error = robot.lookup("#labels-error").queryAs(Label.class);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(error.getText()).isEqualTo("Copies must be a whole number from 1 to 500.");

    robot.doubleClickOn("#labels-copies").write("3");
    assertThat(robot.lookup("#labels-summary").queryAs(Label.class).getText())
        .isEqualTo("2 items · 6 labels · 1 page");
    robot.clickOn("#labels-save");
    Label saved = robot.lookup("#labels-saved").queryAs(Label.class);
    await(() -> FxNodes.shown(saved) && saved.getText().startsWith("Saved labels-"));

    try (Stream<Path> files = Files.list(out)) {
      Path pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        assertThat(new PDFTextStripper().getText(document)).contains(first, second);
      }
    }
    assertThat(error.isVisible()).isFalse();
    robot.clickOn("#labels-close");
    assertThat(robot.lookup("#labels-dialog").tryQuery()).isEmpty();
  }

  @Test
  void scanningALabelsQrCodeOpensThatItem(FxRobot robot) throws TimeoutException {
    Item item = workspace.data().items().findBySku("PKG-TIS").orElseThrow();
    TableView<ItemRow> table = robot.lookup("#inventory-table").queryTableView();
    await(() -> !table.getItems().isEmpty());
    robot.clickOn(row(robot, 2));

    scan(robot, ItemLinks.of(item.id()));

    await(() -> robot.lookup("#stock-action-dialog").tryQuery().isPresent());
    assertThat(robot.lookup("#stock-action-title").queryAs(Label.class).getText())
        .contains("PKG-TIS");
  }

  @Test
  void aLabelOfAnItemNotOnThisComputerAsksToSyncInsteadOfMakingAnItem(FxRobot robot)
      throws TimeoutException {
    TableView<ItemRow> table = robot.lookup("#inventory-table").queryTableView();
    await(() -> !table.getItems().isEmpty());
    robot.clickOn(row(robot, 1));

    scan(robot, ItemLinks.of(java.util.UUID.randomUUID()));

    await(() -> robot.lookup("#unknown-item-link").tryQuery().isPresent());
    assertThat(robot.lookup("#create-from-barcode").tryQuery()).isEmpty();
    robot.type(KeyCode.ENTER);
    assertThat(robot.lookup("#unknown-item-link").tryQuery()).isEmpty();
  }

  private static void await(Callable<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
  }

  /** The visible row showing item number {@code index}, once the table has drawn it. */
  private static Node row(FxRobot robot, int index) throws TimeoutException {
    Predicate<TableRow<?>> drawn =
        r -> r.getIndex() == index && r.getItem() != null && FxNodes.shown(r);
    await(
        () -> robot.lookup("#inventory-table .table-row-cell").match(drawn).tryQuery().isPresent());
    return robot.lookup("#inventory-table .table-row-cell").match(drawn).query();
  }

  /** Types {@code code} and Enter in one burst, as a keyboard-wedge scanner does. */
  private static void scan(FxRobot robot, String code) {
    Scene scene = robot.lookup("#inventory-page").query().getScene();
    robot.interact(
        () -> {
          for (int i = 0; i < code.length(); i++) {
            String text = String.valueOf(code.charAt(i));
            KeyCode key = Optional.ofNullable(KeyCode.getKeyCode(text)).orElse(KeyCode.UNDEFINED);
            key(scene, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, key);
            key(scene, KeyEvent.KEY_TYPED, text, KeyCode.UNDEFINED);
            key(scene, KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, key);
          }
          key(scene, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, KeyCode.ENTER);
          key(scene, KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, KeyCode.ENTER);
        });
  }

  private static void key(
      Scene scene, javafx.event.EventType<KeyEvent> type, String text, KeyCode code) {
    Node target = scene.getFocusOwner();
    Event.fireEvent(
        target != null ? target : scene.getRoot(),
        new KeyEvent(type, text, "", code, false, false, false, false));
  }
}
