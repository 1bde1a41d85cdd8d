package dev.bobbin.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.DesktopOptions;
import dev.bobbin.desktop.MainWindowFactory;
import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.desktop.store.PreferenceRepository;
import dev.bobbin.desktop.testing.FxNodes;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockLedger;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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

/** The inventory screen's main flows on the demo workspace, driven like a user would. */
@ExtendWith(ApplicationExtension.class)
class InventoryScreenTest {
  @TempDir static Path home;
  static Workspace workspace;
  static BackgroundTasks tasks;

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

  Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(MainWindowFactory.create(workspace, tasks), 1280, 800));
    stage.show();
  }

  private static void await(java.util.concurrent.Callable<Boolean> condition)
      throws TimeoutException {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
  }

  /**
   * Types {@code code} and Enter the way a keyboard-wedge scanner does: one burst of key events to
   * whatever has focus, as a USB scanner's reports arrive. (The glass robot needs ~55 ms per key on
   * this busy machine, which is typing speed, not scanner speed; and a test thread that sleeps
   * between keys is paced by the scheduler, not by the test.)
   */
  private static void scan(FxRobot robot, String code) {
    Scene scene = robot.lookup("#inventory-page").query().getScene();
    robot.interact(
        () -> {
          for (int i = 0; i < code.length(); i++) {
            String text = String.valueOf(code.charAt(i));
            KeyCode key = KeyCode.getKeyCode(text);
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
    KeyEvent event = new KeyEvent(type, text, "", code, false, false, false, false);
    Event.fireEvent(target != null ? target : scene.getRoot(), event);
  }

  /** The visible row showing item number {@code index} of the list. */
  private static Node row(FxRobot robot, int index) {
    return robot
        .lookup("#inventory-table .table-row-cell")
        .match((TableRow<?> r) -> r.getIndex() == index && r.getItem() != null && FxNodes.shown(r))
        .query();
  }

  @Test
  void findAnItemRecordAConsumptionAndSeeTheBalanceAndLedgerUpdate(FxRobot robot)
      throws TimeoutException {
    Item carton = workspace.data().items().findBySku("PKG-CTN-60").orElseThrow();
    BigDecimal before = workspace.data().inventory().onHand(carton.id());
    TableView<ItemRow> table = robot.lookup("#inventory-table").queryTableView();
    await(() -> !table.getItems().isEmpty());

    robot.clickOn("#inventory-search").write("PKG-CTN-60");
    Label summary = robot.lookup("#inventory-summary").queryAs(Label.class);
    await(() -> summary.getText().contains("\u201cPKG-CTN-60\u201d"));
    assertThat(table.getItems()).hasSize(1);
    robot.type(KeyCode.ENTER);
    assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
    Label onHand = robot.lookup("#detail-on-hand").queryAs(Label.class);
    await(() -> !onHand.getText().equals("\u2013"));
    assertThat(onHand.getText()).isEqualTo(before.toPlainString() + " pcs");

    robot.clickOn("#action-consume");
    assertThat(robot.lookup("#stock-action-dialog").tryQuery()).isPresent();
    robot.write("3").type(KeyCode.ENTER);

    BigDecimal after = before.subtract(BigDecimal.valueOf(3));
    await(() -> onHand.getText().equals(after.toPlainString() + " pcs"));
    TableView<StockLedger.Line> ledger = robot.lookup("#detail-ledger").queryTableView();
    await(
        () ->
            !ledger.getItems().isEmpty()
                && ledger.getItems().get(0).movement().reason() == MovementReason.CONSUME);
    StockLedger.Line newest = ledger.getItems().get(0);
    assertThat(newest.movement().quantity()).isEqualByComparingTo("-3");
    assertThat(newest.balanceAfter()).isEqualByComparingTo(after);
    assertThat(workspace.data().inventory().onHand(carton.id())).isEqualByComparingTo(after);
    assertThat(robot.lookup("#stock-action-dialog").tryQuery()).isEmpty();
  }

  @Test
  void aScanAnywhereOnTheScreenOpensThatItemsStockDialog(FxRobot robot) throws TimeoutException {
    Item tissue = workspace.data().items().findBySku("PKG-TIS").orElseThrow();
    TableView<ItemRow> table = robot.lookup("#inventory-table").queryTableView();
    await(() -> !table.getItems().isEmpty());
    // Focus is on the table, not in the search field.
    robot.clickOn(row(robot, 2));

    scan(robot, tissue.barcode());

    await(() -> robot.lookup("#stock-action-dialog").tryQuery().isPresent());
    assertThat(robot.lookup("#stock-action-title").queryAs(Label.class).getText())
        .contains("PKG-TIS");
    robot.type(KeyCode.ESCAPE);
    assertThat(robot.lookup("#stock-action-dialog").tryQuery()).isEmpty();
  }

  @Test
  void anUnknownBarcodeOffersToCreateAnItemWithIt(FxRobot robot) throws TimeoutException {
    TableView<ItemRow> table = robot.lookup("#inventory-table").queryTableView();
    await(() -> !table.getItems().isEmpty());
    robot.clickOn(row(robot, 1));

    scan(robot, "2999000012345");

    await(() -> robot.lookup("#unknown-barcode").tryQuery().isPresent());
    robot.clickOn("#create-from-barcode");
    assertThat(robot.lookup("#item-barcode").queryAs(TextField.class).getText())
        .isEqualTo("2999000012345");
    robot.clickOn("#item-sku").write("SCAN-NEW-1");
    robot.clickOn("#item-name").write("Found on the shelf");
    robot.clickOn("#item-editor-save");

    await(() -> workspace.data().items().findByBarcode("2999000012345").isPresent());
    assertThat(workspace.data().items().findByBarcode("2999000012345").orElseThrow().sku())
        .isEqualTo("SCAN-NEW-1");
  }

  @Test
  void savingAnItemWithABlankNameShowsTheMessageNextToTheField(FxRobot robot)
      throws TimeoutException {
    TableView<ItemRow> table = robot.lookup("#inventory-table").queryTableView();
    await(() -> !table.getItems().isEmpty());
    robot.clickOn("#inventory-table");
    robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
    await(() -> robot.lookup("#item-editor").tryQuery().isPresent());
    robot.write("NEW-NO-NAME").type(KeyCode.ENTER);

    Label nameError = robot.lookup("#item-name-error").queryAs(Label.class);
    await(() -> !nameError.getText().isEmpty());
    assertThat(nameError.getText()).startsWith("Name");
    assertThat(workspace.data().items().findBySku("NEW-NO-NAME")).isEmpty();
    robot.type(KeyCode.ESCAPE);
    assertThat(robot.lookup("#item-editor").tryQuery()).isEmpty();
  }

  @Test
  void theColumnsAsTheUserArrangedThemComeBackInTheNextWindow(FxRobot robot)
      throws TimeoutException {
    TableView<ItemRow> table = robot.lookup("#inventory-table").queryTableView();
    robot.interact(
        () -> {
          column(table, "col-colour").setVisible(false);
          TableColumn<ItemRow, ?> name = column(table, "col-name");
          table.getColumns().remove(name);
          table.getColumns().add(0, name);
        });
    UUID user = workspace.data().currentUser().get().orElseThrow().id();
    PreferenceRepository preferences = workspace.data().preferences();
    await(
        () ->
            preferences
                .get(user, PreferenceRepository.INVENTORY_COLUMNS)
                .filter(layout -> layout.startsWith("col-name:"))
                .filter(layout -> layout.contains("-col-colour:"))
                .isPresent());

    robot.interact(
        () -> stage.setScene(new Scene(MainWindowFactory.create(workspace, tasks), 1280, 800)));

    await(
        () -> {
          TableView<ItemRow> reopened = robot.lookup("#inventory-table").queryTableView();
          return reopened != table
              && reopened.getColumns().get(0).getId().equals("col-name")
              && !column(reopened, "col-colour").isVisible();
        });
    preferences.put(user, PreferenceRepository.INVENTORY_COLUMNS, "");
  }

  private static TableColumn<ItemRow, ?> column(TableView<ItemRow> table, String id) {
    return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
  }
}
