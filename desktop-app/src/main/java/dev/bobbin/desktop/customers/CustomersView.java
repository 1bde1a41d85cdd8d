package dev.bobbin.desktop.customers;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.ui.Forms;
import dev.bobbin.desktop.ui.SceneKeys;
import dev.bobbin.model.customers.Customer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Customers: a searchable list beside the editor of the selected one. Ctrl+F, Ctrl+N work. */
public final class CustomersView {
  private final CustomersViewModel model;
  private final VBox root;
  private final CustomTextField search = new CustomTextField();
  private final TextField name = new TextField();

  public CustomersView(CustomersViewModel model) {
    this.model = model;
    Label title = new Label("Customers");
    title.getStyleClass().add(Styles.TITLE_2);
    search.setId("customers-search");
    search.setPromptText("Search name, email or phone  (Ctrl+F)");
    search.setLeft(new FontIcon(Feather.SEARCH));
    search.setPrefWidth(320);
    search.textProperty().bindBidirectional(model.queryProperty());
    Button add = new Button("New customer", new FontIcon(Feather.USER_PLUS));
    add.setId("customers-new");
    add.getStyleClass().add(Styles.ACCENT);
    add.setOnAction(e -> startNew());
    model
        .deniedReason()
        .ifPresent(
            r -> {
              add.setDisable(true);
              add.setTooltip(new Tooltip(r));
            });
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(12, title, spacer, search, add);
    top.setAlignment(Pos.CENTER_LEFT);

    ListView<Customer> list = new ListView<>(model.rows());
    list.setId("customers-list");
    list.setPlaceholder(new Label("No customers yet. Add one with \u201cNew customer\u201d."));
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(Customer c, boolean empty) {
                super.updateItem(c, empty);
                setText(
                    empty || c == null
                        ? null
                        : c.name() + (c.email() == null ? "" : "  \u00b7  " + c.email()));
              }
            });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, c) -> {
              if (c != null) {
                model.edit(c);
              }
            });

    SplitPane split = new SplitPane(list, editor());
    split.setDividerPositions(0.45);
    VBox.setVgrow(split, Priority.ALWAYS);
    root = new VBox(12, top, split);
    root.setPadding(new Insets(16));
    root.setId("customers-page");
    SceneKeys.whileShowing(root, KeyEvent.KEY_PRESSED, this::keyPressed);
    model.refresh();
  }

  public Node root() {
    return root;
  }

  private Node editor() {
    Label heading = new Label();
    heading.getStyleClass().add(Styles.TITLE_3);
    heading
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model.editingProperty().get() == null
                        ? "New customer"
                        : model.editingProperty().get().name(),
                model.editingProperty()));
    name.textProperty().bindBidirectional(model.field("name"));
    TextField email = bound(new TextField(), "email");
    TextField phone = bound(new TextField(), "phone");
    TextArea address = bound(new TextArea(), "address");
    address.setPrefRowCount(3);
    TextArea notes = bound(new TextArea(), "notes");
    notes.setPrefRowCount(4);
    Button save = new Button("Save customer");
    save.setId("customer-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.setOnAction(e -> model.save());
    model
        .deniedReason()
        .ifPresent(
            r -> {
              save.setDisable(true);
              save.setTooltip(new Tooltip(r));
            });
    Label status = new Label();
    status.setId("customer-status");
    status.textProperty().bind(model.statusProperty());
    status.getStyleClass().add(Styles.TEXT_MUTED);
    Label error = new Label();
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(model.errorProperty());
    VBox form =
        new VBox(
            8,
            heading,
            Forms.field("Name", name, model.errorOf("name"), "customer-name"),
            Forms.field("Email", email, model.errorOf("email"), "customer-email"),
            Forms.field("Phone", phone, model.errorOf("phone"), "customer-phone"),
            Forms.field("Address", address, model.errorOf("address"), "customer-address"),
            Forms.field("Notes", notes, model.errorOf("notes"), "customer-notes"),
            new HBox(12, save, status),
            error);
    form.setPadding(new Insets(0, 0, 0, 12));
    form.setDisable(false);
    return form;
  }

  private <T extends TextInputControl> T bound(T control, String field) {
    control.textProperty().bindBidirectional(model.field(field));
    return control;
  }

  private void startNew() {
    model.startNew();
    name.requestFocus();
  }

  private void keyPressed(KeyEvent e) {
    if (!e.isShortcutDown()) {
      return;
    }
    if (e.getCode() == KeyCode.F) {
      e.consume();
      search.requestFocus();
    } else if (e.getCode() == KeyCode.N && model.deniedReason().isEmpty()) {
      e.consume();
      startNew();
    }
  }
}
