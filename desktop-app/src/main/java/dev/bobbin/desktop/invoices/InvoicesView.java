package dev.bobbin.desktop.invoices;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.bobbin.desktop.ui.ModalLayer;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceStatus;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Invoices page: filters over the list (number or "Draft", customer, dates, total, paid,
 * outstanding, status with an Overdue badge), the selected invoice in the editor beside it, and
 * "New draft from order…".
 */
public final class InvoicesView {
  private static final String BADGE =
      "-fx-background-radius: 4; -fx-padding: 0 4 0 4; -fx-text-fill: -color-fg-emphasis;";

  private final InvoicesViewModel model;
  private final ModalLayer modal;
  private final StackPane editor = new StackPane();
  private final TableView<InvoiceRow> table;

  public InvoicesView(InvoicesViewModel model) {
    this.model = model;
    this.table = table();
    showNothing();
    SplitPane split = new SplitPane(table, editor);
    split.setDividerPositions(0.44);
    VBox.setVgrow(split, Priority.ALWAYS);
    VBox page = new VBox(12, header(), filters(), split);
    page.setPadding(new Insets(16));
    modal = new ModalLayer(page);
    modal.root().setId("invoices-page");
    model.refresh();
  }

  public Node root() {
    return modal.root();
  }

  /** The status as a small coloured label; "Overdue" when issued, unpaid and past due. */
  static Label statusBadge(Invoice invoice, boolean overdue) {
    String text = overdue ? "Overdue" : label(invoice.status());
    Label badge = new Label(text);
    badge.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
    String colour =
        overdue
            ? "-color-danger-emphasis"
            : switch (invoice.status()) {
              case DRAFT -> "-color-neutral-emphasis";
              case ISSUED -> "-color-accent-emphasis";
              case PARTIALLY_PAID -> "-color-warning-emphasis";
              case PAID -> "-color-success-emphasis";
              case VOID -> "-color-neutral-muted";
            };
    badge.setStyle(BADGE + " -fx-background-color: " + colour + ";");
    return badge;
  }

  static String label(InvoiceStatus status) {
    String name = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private Node header() {
    Label title = new Label("Invoices");
    title.getStyleClass().add(Styles.TITLE_2);
    CustomTextField search = new CustomTextField();
    search.setId("invoices-search");
    search.setPromptText("Search number, customer, order or notes");
    search.setLeft(new FontIcon(Feather.SEARCH));
    search.setPrefWidth(320);
    search.textProperty().bindBidirectional(model.queryProperty());
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.loadingProperty());

    Button create = new Button("New draft from order\u2026", new FontIcon(Feather.PLUS));
    create.setId("invoices-new-draft");
    create.getStyleClass().add(Styles.ACCENT);
    create.setOnAction(e -> openOrderPicker());
    model
        .deniedReason()
        .ifPresent(
            reason -> {
              create.setDisable(true);
              create.setTooltip(new Tooltip(reason));
            });
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(12, title, spacer, busy, search, create);
    top.setAlignment(Pos.CENTER_LEFT);
    return top;
  }

  private Node filters() {
    ComboBox<InvoiceStatus> status = new ComboBox<>();
    status.setId("invoices-status");
    status.getItems().add(null);
    status.getItems().addAll(InvoiceStatus.values());
    status.setPromptText("All statuses");
    status.setButtonCell(statusCell());
    status.setCellFactory(c -> statusCell());
    status.valueProperty().bindBidirectional(model.statusProperty());

    ComboBox<Customer> customer = new ComboBox<>();
    customer.setId("invoices-customer");
    customer.setPromptText("All customers");
    customer.setButtonCell(customerCell());
    customer.setCellFactory(c -> customerCell());
    customer.getItems().add(null);
    model
        .customers()
        .addListener(
            (javafx.collections.ListChangeListener<Customer>)
                c -> {
                  Customer chosen = customer.getValue();
                  customer.getItems().setAll((Customer) null);
                  customer.getItems().addAll(model.customers());
                  customer.setValue(chosen);
                });
    customer.valueProperty().bindBidirectional(model.customerProperty());

    ToggleButton overdue = new ToggleButton("Overdue only", new FontIcon(Feather.CLOCK));
    overdue.setId("invoices-overdue");
    overdue.selectedProperty().bindBidirectional(model.overdueOnlyProperty());

    Label summary = new Label();
    summary.setId("invoices-summary");
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    summary.textProperty().bind(model.summaryProperty());
    Label error = new Label();
    error.setId("invoices-error");
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(model.errorProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(8, status, customer, overdue, spacer, error, summary);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private static ListCell<InvoiceStatus> statusCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(InvoiceStatus s, boolean empty) {
        super.updateItem(s, empty);
        setText(empty ? null : s == null ? "All statuses" : label(s));
      }
    };
  }

  private static ListCell<Customer> customerCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(Customer c, boolean empty) {
        super.updateItem(c, empty);
        setText(empty ? null : c == null ? "All customers" : c.name());
      }
    };
  }

  private TableView<InvoiceRow> table() {
    TableView<InvoiceRow> view = new TableView<>(model.rows());
    view.setId("invoices-table");
    view.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
    // Columns keep their widths and the list scrolls sideways: amounts are never cut short.
    view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    view.setPlaceholder(
        new Label("No invoices match. Clear the filters, or make a draft from an order."));
    view.getColumns().add(text("Number", InvoiceRow::number, 130));
    view.getColumns().add(text("Customer", InvoiceRow::customer, 170));
    view.getColumns().add(text("Issued", r -> date(r.invoice().issueDate()), 100));
    view.getColumns().add(text("Due", r -> date(r.invoice().dueDate()), 100));
    view.getColumns().add(money("Total", r -> Amounts.money(r.invoice().totals().total())));
    view.getColumns()
        .add(
            money(
                "Paid",
                r ->
                    Amounts.money(
                        new dev.bobbin.model.common.Money(
                            r.invoice().amountPaid(), r.invoice().currency()))));
    view.getColumns().add(money("Outstanding", r -> Amounts.money(r.invoice().outstanding())));
    view.getColumns().add(status());
    view.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (row != null) {
                show(model.editor(row));
              }
            });
    return view;
  }

  private static String date(LocalDate date) {
    return date == null ? "\u2013" : date.toString();
  }

  private static TableColumn<InvoiceRow, String> text(
      String title, Function<InvoiceRow, String> value, double width) {
    TableColumn<InvoiceRow, String> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setPrefWidth(width);
    return column;
  }

  private static TableColumn<InvoiceRow, String> money(
      String title, Function<InvoiceRow, String> value) {
    TableColumn<InvoiceRow, String> column = text(title, value, 130);
    column.setStyle("-fx-alignment: CENTER-RIGHT;");
    return column;
  }

  private TableColumn<InvoiceRow, InvoiceRow> status() {
    TableColumn<InvoiceRow, InvoiceRow> column = new TableColumn<>("Status");
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    column.setPrefWidth(110);
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(InvoiceRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(
                    empty || row == null
                        ? null
                        : statusBadge(row.invoice(), row.invoice().isOverdue(model.today())));
              }
            });
    return column;
  }

  private void show(InvoiceEditorViewModel vm) {
    editor.getChildren().setAll(new InvoiceEditorView(vm, this::showNothing).scrolling());
  }

  private void showNothing() {
    Label hint = new Label("Select an invoice to see it, or make a draft from an order.");
    hint.getStyleClass().add(Styles.TEXT_MUTED);
    editor.getChildren().setAll(hint);
  }

  private void openOrderPicker() {
    Label title = new Label("New draft from a production order");
    title.getStyleClass().add(Styles.TITLE_3);
    ComboBox<OrderChoice> orders = new ComboBox<>(model.orders());
    orders.setId("invoices-order");
    orders.setPromptText("Choose an order");
    orders.setMaxWidth(Double.MAX_VALUE);
    Label hint =
        new Label(
            "The draft bills the order's design \u00d7 its quantity, at the unit price of the quote"
                + " converted into it (or enter a price), with "
                + Amounts.plain(InvoiceDefaults.standard().taxRatePercent())
                + " % tax you can change per line.");
    hint.setWrapText(true);
    hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    Button cancel = new Button("Cancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> modal.close());
    Button create = new Button("Create draft");
    create.setId("invoices-create-draft");
    create.getStyleClass().add(Styles.ACCENT);
    create.setDefaultButton(true);
    create.disableProperty().bind(orders.valueProperty().isNull());
    create.setOnAction(
        e -> {
          OrderChoice chosen = orders.getValue();
          modal.close();
          model.createDraft(
              chosen,
              vm -> {
                table.getSelectionModel().clearSelection();
                show(vm);
              });
        });
    HBox buttons = new HBox(8, cancel, create);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    VBox box = new VBox(12, title, orders, hint, buttons);
    box.setId("invoices-order-picker");
    box.setPrefWidth(520);
    model.loadOrders();
    modal.show(box, orders, () -> {});
  }
}
