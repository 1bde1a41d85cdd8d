package dev.bobbin.desktop.invoices;

import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.invoices.InvoiceEditorViewModel.LineFields;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One invoice: its lines as rows of fields, notes, due date and live totals. A draft is editable
 * and saved locally; an issued invoice is read-only. Issue, the PDF and payments go through the
 * server (issuing waits in a local queue while offline).
 */
final class InvoiceEditorView {
  private final InvoiceEditorViewModel model;
  private final GridPane grid = new GridPane();
  private final VBox root = new VBox(12);

  private final Runnable deleted;

  InvoiceEditorView(InvoiceEditorViewModel model, Runnable deleted) {
    this.model = model;
    this.deleted = deleted;
    build();
  }

  Node root() {
    return root;
  }

  private void build() {
    Label title = new Label(model.number() + " \u00b7 " + model.customer());
    title.setId("invoice-title");
    title.getStyleClass().add(Styles.TITLE_3);
    Label status = InvoicesView.statusBadge(model.invoice(), model.overdue());
    HBox head = new HBox(8, title, status);
    head.setAlignment(Pos.CENTER_LEFT);
    Label order = new Label(model.order().isEmpty() ? "" : "Production order " + model.order());
    order.getStyleClass().add(Styles.TEXT_MUTED);
    order.setManaged(!model.order().isEmpty());
    order.setVisible(!model.order().isEmpty());
    root.getChildren().addAll(head, order);

    if (!model.editable()) {
      Label readOnly = new Label(model.readOnlyReason());
      readOnly.setId("invoice-read-only");
      readOnly.setWrapText(true);
      readOnly.getStyleClass().add(Styles.WARNING);
      root.getChildren().add(readOnly);
    }
    if (model.issued()) {
      Label payments = new Label(model.payments());
      payments.setId("invoice-payments");
      root.getChildren().add(payments);
    }

    DatePicker due = new DatePicker();
    due.setId("invoice-due");
    due.valueProperty().bindBidirectional(model.dueDateProperty());
    due.setDisable(!model.editable());
    Label dueLabel = new Label("Due");
    HBox dates = new HBox(8, dueLabel, due);
    dates.setAlignment(Pos.CENTER_LEFT);
    if (model.invoice().issueDate() != null) {
      dates.getChildren().add(0, new Label("Issued " + model.invoice().issueDate() + "  \u00b7 "));
    }

    grid.setHgap(4);
    grid.setVgap(4);
    grid.setId("invoice-lines");
    grid.getColumnConstraints()
        .addAll(
            column(180, Priority.ALWAYS),
            column(52, Priority.NEVER),
            column(78, Priority.NEVER),
            column(48, Priority.NEVER),
            column(48, Priority.NEVER),
            column(84, Priority.NEVER),
            column(28, Priority.NEVER));
    layoutLines();
    model.lines().addListener((ListChangeListener<LineFields>) c -> layoutLines());
    Button add = new Button("Add line", new FontIcon(Feather.PLUS));
    add.setId("invoice-add-line");
    add.setOnAction(e -> model.addLine());
    add.setVisible(model.editable());
    add.setManaged(model.editable());

    TextArea notes = new TextArea();
    notes.setId("invoice-notes");
    notes.setPrefRowCount(2);
    notes.setWrapText(true);
    notes.setPromptText("Terms or a message to print on the invoice");
    notes.textProperty().bindBidirectional(model.notesProperty());
    notes.setEditable(model.editable());

    root.getChildren().addAll(dates, grid, add, new Label("Notes"), notes, totals(), actions());
    root.setPadding(new Insets(4, 4, 4, 8));
  }

  Node scrolling() {
    ScrollPane scroll = new ScrollPane(root);
    scroll.setFitToWidth(true);
    scroll.setId("invoice-editor");
    return scroll;
  }

  private static ColumnConstraints column(double width, Priority grow) {
    ColumnConstraints c = new ColumnConstraints();
    c.setPrefWidth(width);
    c.setMinWidth(grow == Priority.ALWAYS ? 110 : width);
    c.setHgrow(grow);
    c.setHalignment(HPos.LEFT);
    return c;
  }

  private void layoutLines() {
    grid.getChildren().clear();
    String[] heads = {"Description", "Qty", "Unit price", "Disc. %", "Tax %", "Net", ""};
    for (int c = 0; c < heads.length; c++) {
      Label h = new Label(heads[c]);
      h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      grid.add(h, c, 0);
    }
    for (int i = 0; i < model.lines().size(); i++) {
      LineFields line = model.lines().get(i);
      int row = i + 1;
      grid.add(field(line.descriptionProperty(), "line-" + i + "-description"), 0, row);
      grid.add(field(line.quantityProperty(), "line-" + i + "-quantity"), 1, row);
      grid.add(field(line.unitPriceProperty(), "line-" + i + "-price"), 2, row);
      grid.add(field(line.discountProperty(), "line-" + i + "-discount"), 3, row);
      grid.add(field(line.taxProperty(), "line-" + i + "-tax"), 4, row);
      Label net = new Label();
      net.setId("line-" + i + "-net");
      net.textProperty().bind(line.netProperty());
      grid.add(net, 5, row);
      if (model.editable()) {
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setTooltip(new Tooltip("Remove this line"));
        remove.setOnAction(e -> model.removeLine(line));
        grid.add(remove, 6, row);
      }
    }
  }

  private TextInputControl field(javafx.beans.property.StringProperty value, String id) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(value);
    field.setEditable(model.editable());
    return field;
  }

  private Node totals() {
    GridPane totals = new GridPane();
    totals.setHgap(16);
    totals.setVgap(2);
    Label subtotal = new Label();
    subtotal.setId("invoice-subtotal");
    subtotal.textProperty().bind(model.subtotalProperty());
    Label taxes = new Label();
    taxes.setId("invoice-taxes");
    taxes.textProperty().bind(model.taxesProperty());
    Label total = new Label();
    total.setId("invoice-total");
    total.getStyleClass().add(Styles.TEXT_BOLD);
    total.textProperty().bind(model.totalProperty());
    totals.addRow(0, new Label("Subtotal"), subtotal);
    totals.addRow(1, new Label("Tax"), taxes);
    Label totalLabel = new Label("Total");
    totalLabel.getStyleClass().add(Styles.TEXT_BOLD);
    totals.addRow(2, totalLabel, total);
    totals.setAlignment(Pos.CENTER_RIGHT);
    return totals;
  }

  private Node actions() {
    Label error = new Label();
    error.setId("invoice-error");
    error.setWrapText(true);
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(model.errorProperty());
    Label saved = new Label();
    saved.setId("invoice-status");
    saved.getStyleClass().add(Styles.SUCCESS);
    saved.textProperty().bind(model.statusProperty());

    Button save = new Button("Save draft", new FontIcon(Feather.SAVE));
    save.setId("invoice-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.setOnAction(e -> model.save());
    save.disableProperty().bind(model.busyProperty());
    save.setVisible(model.editable());
    save.setManaged(model.editable());

    // Numbers are gapless and only the server gives them: Issue asks the server (queued while
    // offline), the PDF comes from the server (kept here once fetched), payments are recorded
    // there.
    Button issue = new Button("Issue", new FontIcon(Feather.SEND));
    issue.setId("invoice-issue");
    issue.setOnAction(e -> model.issue());
    issue.disableProperty().bind(model.busyProperty().or(model.issueRequestedProperty()));
    issue.setVisible(model.canIssue());
    issue.setManaged(model.canIssue());
    Tooltip.install(
        issue, new Tooltip("The server gives the next number and freezes the invoice."));
    Label issueState = new Label();
    issueState.setId("invoice-issue-state");
    issueState.setWrapText(true);
    issueState.getStyleClass().add(Styles.TEXT_MUTED);
    issueState.textProperty().bind(model.issueStateProperty());
    Button pdf = new Button("PDF…", new FontIcon(Feather.FILE));
    pdf.setId("invoice-pdf");
    pdf.disableProperty().bind(model.busyProperty());
    pdf.setOnAction(e -> savePdf(pdf));
    Node paid = payment();
    Label unsaved = new Label("Unsaved changes");
    unsaved.setId("invoice-unsaved");
    unsaved.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
    unsaved.visibleProperty().bind(model.dirtyProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox buttons = new HBox(8, issue, pdf, spacer, unsaved);
    if (model.editable()) {
      buttons.getChildren().add(deleteButton());
    }
    buttons.getChildren().add(save);
    buttons.setAlignment(Pos.CENTER_LEFT);
    return new VBox(6, error, saved, issueState, paid, buttons);
  }

  private void savePdf(Node owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save the invoice PDF");
    String number = model.invoice().number();
    chooser.setInitialFileName((number == null ? "draft-invoice" : number) + ".pdf");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
    File file = chooser.showSaveDialog(owner.getScene().getWindow());
    if (file != null) {
      model.savePdf(file.toPath());
    }
  }

  /** Amount (what is due), date and reference, then "Record payment"; issued invoices only. */
  private Node payment() {
    TextField amount = new TextField(model.outstandingText());
    amount.setId("invoice-payment-amount");
    amount.setPrefColumnCount(8);
    DatePicker on = new DatePicker(model.today());
    on.setId("invoice-payment-date");
    TextField reference = new TextField();
    reference.setId("invoice-payment-reference");
    reference.setPromptText("Reference, e.g. bank transfer 1234");
    Button record = new Button("Record payment", new FontIcon(Feather.CHECK_CIRCLE));
    record.setId("invoice-mark-paid");
    record.disableProperty().bind(model.busyProperty());
    record.setOnAction(e -> model.markPaid(amount.getText(), on.getValue(), reference.getText()));
    Label heading = new Label("Record a payment received");
    heading.getStyleClass().add(Styles.TEXT_BOLD);
    Label amountLabel = new Label("Amount");
    Label onLabel = new Label("on");
    amountLabel.setMinWidth(Region.USE_PREF_SIZE);
    onLabel.setMinWidth(Region.USE_PREF_SIZE);
    HBox first = new HBox(8, amountLabel, amount, onLabel, on);
    first.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(reference, Priority.ALWAYS);
    record.setMinWidth(Region.USE_PREF_SIZE);
    HBox second = new HBox(8, reference, record);
    second.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(6, heading, first, second);
    box.setVisible(model.canPay());
    box.setManaged(model.canPay());
    return box;
  }

  /** "Delete draft", asking once more in place before it deletes. */
  private Node deleteButton() {
    Button delete = new Button("Delete draft", new FontIcon(Feather.TRASH_2));
    delete.setId("invoice-delete");
    delete.getStyleClass().add(Styles.DANGER);
    delete.disableProperty().bind(model.busyProperty());
    HBox box = new HBox(delete);
    delete.setOnAction(
        e -> {
          Button sure = new Button("Yes, delete");
          sure.setId("invoice-delete-confirm");
          sure.getStyleClass().add(Styles.DANGER);
          sure.setOnAction(x -> model.delete(deleted));
          Button keep = new Button("Keep");
          keep.setOnAction(x -> box.getChildren().setAll(delete));
          box.getChildren().setAll(new Label("Delete this draft?"), sure, keep);
          box.setSpacing(6);
          box.setAlignment(Pos.CENTER_LEFT);
        });
    return box;
  }
}
