package dev.bobbin.desktop.ask;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.DesktopOptions;
import dev.bobbin.desktop.MainWindowFactory;
import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.production.DueFilter;
import dev.bobbin.desktop.production.OrderRow;
import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.ask.Answer;
import dev.bobbin.model.ask.AskEngine;
import dev.bobbin.model.ask.Intent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Ctrl+K, a question, its answer from the demo factory's data, and an action that navigates. */
@ExtendWith(ApplicationExtension.class)
class CommandBarScreenTest {
  @TempDir Path home;
  Workspace workspace;
  BackgroundTasks tasks;

  @Start
  void start(Stage stage) {
    workspace =
        Workspace.open(
            new DesktopOptions(Optional.empty(), Optional.empty(), true),
            new DataDirectory(Map.of(), "Linux", home),
            TestData.CLOCK);
    tasks = BackgroundTasks.forJavaFx();
    stage.setScene(new Scene(MainWindowFactory.create(workspace, tasks), 1280, 800));
    stage.show();
  }

  @AfterEach
  void close() {
    tasks.close();
    workspace.close();
  }

  private static void await(java.util.concurrent.Callable<Boolean> condition)
      throws TimeoutException {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
  }

  private Answer expected(String question) {
    AskEngine engine =
        new AskEngine(new LocalAskData(workspace.data().store(), workspace.data().clock()));
    return engine.answer(question, LocalDate.now(workspace.data().clock()));
  }

  private void openWithCtrlK(FxRobot robot) throws TimeoutException {
    robot.clickOn("#sidebar");
    robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
    Node bar = robot.lookup("#command-bar").query();
    await(bar::isVisible);
    await(() -> robot.lookup("#ask-field").query().isFocused());
  }

  @Test
  void ctrlKAsksAndTheFirstActionOpensTheOverdueOrders(FxRobot robot) throws TimeoutException {
    Answer expected = expected("which orders are late");
    assertThat(expected.intent()).isEqualTo(Intent.LATE_ORDERS);

    openWithCtrlK(robot);
    robot.write("which orders are late").type(KeyCode.ENTER);

    Label answer = robot.lookup("#ask-answer").queryAs(Label.class);
    await(() -> expected.text().equals(answer.getText()));
    assertThat(
            robot.lookup("#ask-figures").queryAs(javafx.scene.layout.GridPane.class).getChildren())
        .hasSize(2 * expected.figures().size());

    robot.clickOn("#ask-action-0");

    assertThat(robot.lookup("#command-bar").query().isVisible()).isFalse();
    TableView<OrderRow> table = robot.lookup("#orders-table").queryTableView();
    await(() -> table.getScene() != null && !table.getItems().isEmpty());
    LocalDate today = LocalDate.now(TestData.CLOCK);
    assertThat(table.getItems()).allMatch(row -> row.order().isOverdue(today));
    assertThat(robot.lookup("#orders-due").queryComboBox().getValue()).isEqualTo(DueFilter.OVERDUE);
  }

  @Test
  void aQuickQuoteOpensTheQuoteFormFilledInAndPricedAlike(FxRobot robot) throws TimeoutException {
    Answer expected =
        new AskEngine(
                new LocalAskData(workspace.data().store(), workspace.data().clock()),
                workspace.data().quoteService()::price)
            .answer("quote 300 of SH-101, complex", LocalDate.now(workspace.data().clock()));
    String unitPrice =
        expected.figures().stream()
            .filter(f -> f.name().equals("Unit price"))
            .findFirst()
            .orElseThrow()
            .value();

    openWithCtrlK(robot);
    robot.write("quote 300 of SH-101, complex").type(KeyCode.ENTER);
    Label answer = robot.lookup("#ask-answer").queryAs(Label.class);
    await(() -> expected.text().equals(answer.getText()));
    robot.clickOn("#ask-action-0");

    javafx.scene.control.TextField quantity =
        robot.lookup("#quote-quantity").queryAs(javafx.scene.control.TextField.class);
    await(() -> "300".equals(quantity.getText()));
    Label price = robot.lookup("#quote-unit-price").queryAs(Label.class);
    await(() -> price.getText().contains(unitPrice));
  }

  @Test
  void aStockAnswerOpensTheItemInTheInventory(FxRobot robot) throws TimeoutException {
    openWithCtrlK(robot);
    robot.write("how many FAB-POP-WHT do we have").type(KeyCode.ENTER);
    Label answer = robot.lookup("#ask-answer").queryAs(Label.class);
    await(() -> answer.getText().contains("(FAB-POP-WHT)"));

    robot.clickOn("#ask-action-0");

    TableView<dev.bobbin.desktop.inventory.ItemRow> table =
        robot.lookup("#inventory-table").queryTableView();
    await(
        () ->
            table.getScene() != null
                && table.getItems().size() == 1
                && table.getItems().get(0).item().sku().equals("FAB-POP-WHT"));
  }

  @Test
  void anAnswerCanBeMarkedHelpfulAndEscCloses(FxRobot robot) throws TimeoutException {
    openWithCtrlK(robot);
    robot.write("what is running low").type(KeyCode.ENTER);
    Label answer = robot.lookup("#ask-answer").queryAs(Label.class);
    await(() -> !answer.getText().isEmpty());

    robot.clickOn("#ask-helpful");
    await(() -> robot.lookup("#ask-thanks").query().isVisible());
    AskLog log = new AskLog(workspace.data().store());
    await(() -> log.recent(1).get(0).helpful().orElse(false));
    assertThat(log.recent(1).get(0).question()).isEqualTo("what is running low");

    robot.type(KeyCode.ESCAPE);
    await(() -> !robot.lookup("#command-bar").query().isVisible());
  }

  @Test
  void anUnknownQuestionOffersSuggestionsThatCanBeAsked(FxRobot robot) throws TimeoutException {
    robot.clickOn("#ask-open");
    await(() -> robot.lookup("#command-bar").query().isVisible());
    robot.clickOn("#ask-field").write("tell me a joke").type(KeyCode.ENTER);
    await(() -> robot.lookup("#ask-suggestion-0").tryQuery().isPresent());

    robot.clickOn("#ask-suggestion-0");

    Label answer = robot.lookup("#ask-answer").queryAs(Label.class);
    await(() -> !answer.getText().startsWith("Bobbin cannot answer"));
    assertThat(robot.lookup("#ask-suggestion-0").tryQuery()).isEmpty();
  }
}
