package dev.bobbin.desktop.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.shell.MainWindow;
import dev.bobbin.desktop.testing.FxNodes;
import dev.bobbin.desktop.testing.Screenshots;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
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
 * The Invoices screen on the demo workspace: make a draft from an order and price it with live
 * totals; an issued invoice (as synced from the server) shows read-only, with the Overdue badge.
 */
@ExtendWith(ApplicationExtension.class)
class InvoicesScreenTest {
  @TempDir static Path home;
  static Workspace workspace;
  static BackgroundTasks tasks;
  static Invoice issued;
  Scene scene;

  @BeforeAll
  static void openDemo() {
    workspace = TestData.demoWorkspace(home);
    tasks = BackgroundTasks.forJavaFx();
    Customer customer = workspace.data().customers().all().get(0);
    issued =
        workspace
            .data()
            .invoices()
            .create(
                new Invoice(
                    Ids.newId(),
                    "INV-2026-0041",
                    customer.id(),
                    null,
                    null,
                    Currency.getInstance("BDT"),
                    List.of(
                        new InvoiceLine(
                            "School uniform shirts",
                            new BigDecimal("200"),
                            Money.of("420", "BDT"),
                            BigDecimal.ZERO,
                            new BigDecimal("15"))),
                    InvoiceStatus.ISSUED,
                    LocalDate.of(2026, 1, 10),
                    LocalDate.of(2026, 2, 9),
                    null,
                    new BigDecimal("20000"),
                    null));
  }

  @AfterAll
  static void close() {
    tasks.close();
    workspace.close();
  }

  @Start
  void start(Stage stage) {
    InvoiceService service =
        new InvoiceService(
                workspace.data().invoices(),
                workspace.data().orders(),
                workspace.data().designs(),
                workspace.data().customers(),
                workspace.data().quotes(),
                InvoiceDefaults.standard(),
                workspace.data().clock())
            // A device with no server reachable: issuing waits in the real local queue.
            .connectedTo(
                new InvoiceService.Connection(
                    java.util.Optional.of(workspace.data().issueQueue()),
                    java.util.Optional::empty,
                    () -> {},
                    java.util.Optional.empty()));
    InvoicesView view =
        new InvoicesView(
            new InvoicesViewModel(service, tasks, workspace.data().currentUser()::get));
    MainWindow.applyTheme(false);
    scene = new Scene(new StackPane(view.root()), 1280, 800);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void makeADraftFromAnOrderPriceItAndSave(FxRobot robot) throws Exception {
    TableView<InvoiceRow> table = robot.lookup("#invoices-table").queryTableView();
    await(() -> !table.getItems().isEmpty());
    int before = table.getItems().size();

    robot.clickOn("#invoices-new-draft");
    ComboBox<OrderChoice> orders = robot.lookup("#invoices-order").queryComboBox();
    await(() -> !orders.getItems().isEmpty());
    OrderChoice order = orders.getItems().get(0);
    robot.interact(() -> orders.getSelectionModel().select(order));
    robot.clickOn("#invoices-create-draft");

    Label error = robot.lookup("#invoices-error").queryAs(Label.class);
    await(
        () -> robot.lookup("#invoice-title").tryQuery().isPresent() || !error.getText().isEmpty());
    assertThat(error.getText()).isEmpty();
    Label title = robot.lookup("#invoice-title").queryAs(Label.class);
    assertThat(title.getText()).startsWith("Draft");
    assertThat(table.getItems()).hasSize(before + 1);
    TextField quantity = robot.lookup("#line-0-quantity").queryAs(TextField.class);
    assertThat(quantity.getText()).isEqualTo(String.valueOf(order.quantity()));

    WaitForAsyncUtils.waitForFxEvents();
    robot.doubleClickOn(robot.lookup("#line-0-price").queryAs(TextField.class));
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    robot.write("100");
    robot.doubleClickOn(robot.lookup("#line-0-discount").queryAs(TextField.class)).write("10");
    Label total = robot.lookup("#invoice-total").queryAs(Label.class);
    BigDecimal net = new BigDecimal(order.quantity()).multiply(new BigDecimal("90"));
    Money expected = new Money(net.multiply(new BigDecimal("1.15")), Currency.getInstance("BDT"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(total.getText()).isEqualTo(Amounts.money(expected));
    assertThat(robot.lookup("#invoice-taxes").queryAs(Label.class).getText())
        .startsWith("Tax 15 %: ");
    Screenshots.save(scene, "invoices-draft.png");

    robot.clickOn("#invoice-save");
    Label status = robot.lookup("#invoice-status").queryAs(Label.class);
    await(() -> status.getText().startsWith("Saved"));
    Invoice saved =
        workspace.data().invoices().all().stream()
            .filter(i -> order.orderId().equals(i.productionOrderId()))
            .findFirst()
            .orElseThrow();
    assertThat(saved.status()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(saved.totals().total()).isEqualTo(expected.rounded());

    // Offline, Issue never makes up a number: the request waits for the server.
    robot.clickOn("#invoice-issue");
    Label issueState = robot.lookup("#invoice-issue-state").queryAs(Label.class);
    await(() -> issueState.getText().startsWith("Will be issued by the server"));
    assertThat(robot.lookup("#invoice-issue").query().isDisabled()).isTrue();
    assertThat(workspace.data().issueQueue().pending()).contains(saved.id());
    assertThat(workspace.data().invoices().findById(saved.id()).orElseThrow().number()).isNull();
  }

  @Test
  void anIssuedInvoiceIsReadOnlyAndShowsOverdue(FxRobot robot) throws Exception {
    TableView<InvoiceRow> table = robot.lookup("#invoices-table").queryTableView();
    await(() -> !table.getItems().isEmpty());

    robot.clickOn("#invoices-overdue");
    await(() -> table.getItems().size() == 1);
    assertThat(table.getItems().get(0).number()).isEqualTo("INV-2026-0041");
    assertThat(
            robot
                .from(table)
                .lookup(
                    (Node n) ->
                        n instanceof Label l && "Overdue".equals(l.getText()) && FxNodes.shown(l))
                .tryQuery())
        .isPresent();
    robot.interact(() -> table.getSelectionModel().select(0));

    await(() -> robot.lookup("#invoice-read-only").tryQuery().isPresent());
    TextField quantity = robot.lookup("#line-0-quantity").queryAs(TextField.class);
    assertThat(quantity.isEditable()).isFalse();
    robot.clickOn(quantity).write("9");
    assertThat(quantity.getText()).isEqualTo("200");
    Node save = robot.lookup("#invoice-save").query();
    assertThat(save.isVisible()).isFalse();
    assertThat(robot.lookup("#invoice-issue").query().isVisible()).isFalse();
    robot.clickOn("#invoice-mark-paid");
    Label error = robot.lookup("#invoice-error").queryAs(Label.class);
    await(() -> error.getText().contains("needs the server"));
    assertThat(robot.lookup("#invoice-payments").queryAs(Label.class).getText())
        .isEqualTo("Paid 20,000.00 BDT · outstanding 76,600.00 BDT");
    assertThat(workspace.data().invoices().findById(issued.id())).contains(issued);
    Screenshots.save(scene, "invoices-issued.png");
  }

  private static void await(Callable<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
  }
}
