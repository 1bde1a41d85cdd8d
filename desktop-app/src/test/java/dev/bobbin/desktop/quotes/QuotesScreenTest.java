package dev.bobbin.desktop.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.Screenshots;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteStatus;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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

/**
 * A manager quotes a design of the demo factory: the price appears while typing, a quantity break
 * applies in a click, the quote is saved and becomes a production order in one action.
 */
@ExtendWith(ApplicationExtension.class)
class QuotesScreenTest {
  @TempDir static Path home;
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
    LocalData data = workspace.data();
    QuotesView view =
        new QuotesView(
            new QuotesViewModel(
                data.quoteService(), data.customers(), data.designs(), data.currentUser(), tasks),
            new PricingSettingsViewModel(data.quoteService(), data.currentUser(), tasks));
    scene = new Scene(new javafx.scene.layout.StackPane(view.root()), 1280, 800);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void quoteApplyAQuantityBreakSaveAndConvert(FxRobot robot) throws Exception {
    ComboBox<Design> design = robot.lookup("#quote-design").queryComboBox();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !design.getItems().isEmpty());
    String first = design.getConverter().toString(design.getItems().get(0));
    robot.clickOn(design).clickOn(first);
    robot.clickOn("#quote-quantity").write("40");
    Label unitPrice = robot.lookup("#quote-unit-price").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> unitPrice.getText().endsWith(" each"));
    Label total = robot.lookup("#quote-total").queryAs(Label.class);
    assertThat(total.getText()).endsWith("for 40");
    assertThat(robot.lookup("#quote-delivery").queryAs(Label.class).getText())
        .startsWith("Ready by ");
    Screenshots.save(scene, "quotes.png");

    Hyperlink quantityBreak = robot.lookup("#quote-suggestion-0").queryAs(Hyperlink.class);
    assertThat(quantityBreak.getText()).startsWith("Order 100 (+60)");
    robot.clickOn(quantityBreak);
    TextField quantity = robot.lookup("#quote-quantity").queryAs(TextField.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> total.getText().endsWith("for 100"));
    assertThat(quantity.getText()).isEqualTo("100");

    robot.clickOn("#quote-save");
    Label status = robot.lookup("#quote-status").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> status.getText().startsWith("Saved quote Q-"));
    String number = status.getText().substring("Saved quote ".length()).replace(".", "");
    ListView<Quote> list = robot.lookup("#quotes-list").queryListView();
    robot.clickOn(
        robot
            .lookup(".list-cell")
            .match(
                (javafx.scene.control.ListCell<?> c) ->
                    c.getText() != null && c.getText().startsWith(number))
            .queryAs(javafx.scene.control.ListCell.class));
    assertThat(list.getSelectionModel().getSelectedItem().number()).isEqualTo(number);

    robot.clickOn("#quote-convert");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().startsWith("Order PO-"));
    Quote converted =
        workspace.data().quotes().all().stream()
            .filter(q -> q.number().equals(number))
            .findFirst()
            .orElseThrow();
    assertThat(converted.status()).isEqualTo(QuoteStatus.CONVERTED);
    assertThat(workspace.data().orders().findById(converted.convertedOrderId()))
        .hasValueSatisfying(o -> assertThat(o.quantity()).isEqualTo(100));
  }
}
