package dev.bobbin.desktop.designs;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.inventory.Item;
import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The design editor: fields, picture (file chooser or drag-and-drop) with its palette, the bill of
 * materials with a searchable item picker, the status moves and "Can we make N?".
 */
final class DesignEditorView {
  private static final double IMAGE_WIDTH = 360;
  private static final double IMAGE_HEIGHT = 260;

  private final DesignEditorViewModel model;
  private final VBox root;

  DesignEditorView(DesignEditorViewModel model) {
    this.model = model;
    GridPane body = new GridPane();
    body.setHgap(24);
    ColumnConstraints left = new ColumnConstraints();
    left.setHgrow(Priority.ALWAYS);
    left.setPercentWidth(55);
    ColumnConstraints right = new ColumnConstraints();
    right.setPercentWidth(45);
    body.getColumnConstraints().addAll(left, right);
    body.add(new VBox(18, fields(), bom()), 0, 0);
    body.add(new VBox(18, picture(), canMake()), 1, 0);
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    root = new VBox(12, toolbar(), scroll);
    root.setPadding(new Insets(16));
    root.setId("design-editor");
    root.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            model.close();
          }
        });
  }

  Node root() {
    return root;
  }

  private Node toolbar() {
    Button back = new Button("Designs", new FontIcon(Feather.ARROW_LEFT));
    back.setId("design-back");
    back.getStyleClass().add(Styles.FLAT);
    back.setOnAction(e -> model.close());
    Label title = new Label();
    title.getStyleClass().add(Styles.TITLE_3);
    title
        .textProperty()
        .bind(model.nameProperty().map(n -> n.isBlank() ? "New design" : n).orElse("New design"));
    HBox status = new HBox();
    status.setId("design-status");
    status.setAlignment(Pos.CENTER_LEFT);
    model.statusProperty().subscribe(s -> status.getChildren().setAll(DesignsView.statusBadge(s)));

    HBox moves = new HBox(6);
    moves.setAlignment(Pos.CENTER_LEFT);
    Runnable rebuild =
        () -> {
          moves.getChildren().clear();
          for (DesignStatus target : model.moves()) {
            moves.getChildren().add(moveButton(target));
          }
        };
    model.moves().addListener((ListChangeListener<DesignStatus>) c -> rebuild.run());
    model.newProperty().addListener((obs, o, n) -> rebuild.run());
    rebuild.run();

    Button save = new Button("Save", new FontIcon(Feather.SAVE));
    save.setId("design-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.setDefaultButton(false);
    save.setOnAction(e -> model.save());
    Node saveNode =
        model.canEdit()
            ? save
            : DesignsView.disabledWithReason(save, "Your role may not edit designs.");
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.busyProperty());
    Label message = new Label();
    message.setId("design-message");
    message.textProperty().bind(model.messageProperty());
    message.getStyleClass().add(Styles.TEXT_MUTED);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(12, back, title, status, spacer, message, busy, moves, saveNode);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private Node moveButton(DesignStatus target) {
    String text =
        switch (target) {
          case APPROVED -> "Approve";
          case ARCHIVED -> "Archive";
          case DRAFT -> "Back to draft";
        };
    Button button = new Button(text);
    button.setId("design-move-" + target.name().toLowerCase(Locale.ROOT));
    if (target == DesignStatus.APPROVED) {
      button.getStyleClass().add(Styles.SUCCESS);
    }
    String refusal = model.moveRefusal(target);
    button.setOnAction(e -> model.moveTo(target));
    return refusal.isEmpty() ? button : DesignsView.disabledWithReason(button, refusal);
  }

  private Node fields() {
    TextField code = new TextField();
    code.setId("design-code");
    code.textProperty().bindBidirectional(model.codeProperty());
    TextField name = new TextField();
    name.setId("design-name");
    name.textProperty().bindBidirectional(model.nameProperty());
    ComboBox<Customer> customer = new ComboBox<>();
    customer.setId("design-customer");
    customer.setItems(model.customers());
    customer.valueProperty().bindBidirectional(model.customerProperty());
    customer.setPromptText("House collection");
    customer.setMaxWidth(Double.MAX_VALUE);
    customer.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Customer c) {
            return c == null ? "House collection" : c.name();
          }

          @Override
          public Customer fromString(String s) {
            return null;
          }
        });
    TextArea description = new TextArea();
    description.setId("design-description");
    description.setPrefRowCount(3);
    description.setWrapText(true);
    description.textProperty().bindBidirectional(model.descriptionProperty());
    TextField tags = new TextField();
    tags.setId("design-tags");
    tags.setPromptText("e.g. shirt, cotton");
    tags.textProperty().bindBidirectional(model.tagsProperty());
    boolean readOnly = !model.canEdit();
    for (Node n : List.<Node>of(code, name, customer, description, tags)) {
      n.setDisable(readOnly);
    }

    GridPane form = new GridPane();
    form.setHgap(12);
    form.setVgap(4);
    ColumnConstraints labels = new ColumnConstraints(90);
    ColumnConstraints inputs = new ColumnConstraints();
    inputs.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().addAll(labels, inputs);
    int row = 0;
    row = field(form, row, "Code", code, "code");
    row = field(form, row, "Name", name, "name");
    row = field(form, row, "Customer", customer, null);
    row = field(form, row, "Description", description, "description");
    field(form, row, "Tags", tags, "tags");
    return form;
  }

  private int field(GridPane form, int row, String label, Node input, String errorField) {
    form.add(new Label(label), 0, row);
    form.add(input, 1, row);
    if (errorField == null) {
      return row + 1;
    }
    form.add(
        errorLabel("design-" + errorField + "-error", model.errorProperty(errorField)), 1, row + 1);
    return row + 2;
  }

  private static Label errorLabel(String id, ReadOnlyStringProperty text) {
    Label error = new Label();
    error.setId(id);
    error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
    error.textProperty().bind(text);
    error.managedProperty().bind(text.isNotEmpty());
    error.visibleProperty().bind(text.isNotEmpty());
    error.setWrapText(true);
    return error;
  }

  private Node bom() {
    Label title = new Label("Bill of materials");
    title.getStyleClass().add(Styles.TITLE_4);
    Label hint =
        new Label("Quantity each finished piece uses. Stock: on hand / reserved / available.");
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

    VBox lines = new VBox(6);
    lines.setId("bom-lines");
    Label empty = new Label("No materials yet: find an item below and add it.");
    empty.getStyleClass().add(Styles.TEXT_MUTED);
    Runnable rebuild =
        () -> {
          lines.getChildren().setAll(model.bom().stream().map(this::bomLine).toList());
          if (model.bom().isEmpty()) {
            lines.getChildren().setAll(empty);
          }
        };
    model.bom().addListener((ListChangeListener<BomRow>) c -> rebuild.run());
    rebuild.run();

    CustomTextField search = new CustomTextField();
    search.setId("bom-search");
    search.setPromptText("Find an item to add: SKU, name, colour");
    search.setLeft(new FontIcon(Feather.SEARCH));
    search.textProperty().bindBidirectional(model.pickerQueryProperty());
    PauseTransition pause = new PauseTransition(Duration.millis(150));
    pause.setOnFinished(e -> model.searchItems());
    search.textProperty().addListener((obs, o, n) -> pause.playFromStart());
    ListView<ItemRow> picker = new ListView<>(model.pickerResults());
    picker.setId("bom-picker");
    picker.setPrefHeight(150);
    picker.getStyleClass().add(Styles.DENSE);
    picker.setCellFactory(
        lv ->
            new ListCell<>() {
              @Override
              protected void updateItem(ItemRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(
                    empty || row == null
                        ? null
                        : row.item().sku() + "  " + row.item().name() + "  ·  " + stock(row));
              }
            });
    picker.setPlaceholder(new Label("No items match."));
    Button add = new Button("Add", new FontIcon(Feather.PLUS));
    add.setId("bom-add");
    add.disableProperty().bind(picker.getSelectionModel().selectedItemProperty().isNull());
    add.setOnAction(e -> model.addItem(picker.getSelectionModel().getSelectedItem()));
    picker.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && picker.getSelectionModel().getSelectedItem() != null) {
            model.addItem(picker.getSelectionModel().getSelectedItem());
          }
        });
    picker.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER
              && picker.getSelectionModel().getSelectedItem() != null) {
            model.addItem(picker.getSelectionModel().getSelectedItem());
          }
        });
    search.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DOWN) {
            picker.requestFocus();
            picker.getSelectionModel().selectFirst();
          }
        });
    HBox.setHgrow(search, Priority.ALWAYS);
    HBox pickRow = new HBox(8, search, add);
    VBox box =
        new VBox(
            8,
            title,
            hint,
            lines,
            errorLabel("design-bom-error", model.errorProperty("bom")),
            pickRow,
            picker);
    box.setDisable(!model.canEdit());
    return box;
  }

  private Node bomLine(BomRow row) {
    Item item = row.item().item();
    Label what = new Label(item.sku() + "  " + item.name());
    what.setMinWidth(200);
    what.setMaxWidth(260);
    TextField quantity = new TextField();
    quantity.setId("bom-qty-" + item.sku());
    quantity.setPrefColumnCount(6);
    quantity.textProperty().bindBidirectional(row.quantityProperty());
    Label unit = new Label(item.unit().symbol());
    Label stock = new Label(stock(row.item()));
    stock.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    Button remove = new Button(null, new FontIcon(Feather.X));
    remove.setId("bom-remove-" + item.sku());
    remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    remove.setTooltip(new Tooltip("Remove from the bill of materials"));
    remove.setOnAction(e -> model.removeLine(row));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox line = new HBox(8, what, quantity, unit, spacer, stock, remove);
    line.setAlignment(Pos.CENTER_LEFT);
    return new VBox(2, line, errorLabel("bom-error-" + item.sku(), row.errorProperty()));
  }

  private Node picture() {
    Label title = new Label("Picture and palette");
    title.getStyleClass().add(Styles.TITLE_4);
    StackPane drop = new StackPane();
    drop.setId("design-image-drop");
    drop.setPrefSize(IMAGE_WIDTH, IMAGE_HEIGHT);
    drop.setMaxWidth(IMAGE_WIDTH);
    drop.setStyle(
        "-fx-border-color: -color-border-default; -fx-border-style: dashed; -fx-border-radius: 8;");
    model
        .imageProperty()
        .subscribe(
            (Path file) -> {
              Node content =
                  file == null
                      ? dropHint()
                      : DesignsView.thumbnail(file, IMAGE_WIDTH - 8, IMAGE_HEIGHT - 8);
              drop.getChildren().setAll(content);
            });
    drop.setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles() && model.canEdit()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    drop.setOnDragDropped(
        e -> {
          List<File> files = e.getDragboard().getFiles();
          boolean ok = !files.isEmpty();
          if (ok) {
            model.importImage(files.get(0).toPath());
          }
          e.setDropCompleted(ok);
          e.consume();
        });
    Button choose = new Button("Choose picture\u2026", new FontIcon(Feather.UPLOAD));
    choose.setId("design-image-choose");
    choose.setDisable(!model.canEdit());
    choose.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle("Choose a PNG or JPEG picture");
          chooser
              .getExtensionFilters()
              .add(new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg", "*.jpeg"));
          File file = chooser.showOpenDialog(root.getScene().getWindow());
          if (file != null) {
            model.importImage(file.toPath());
          }
        });
    HBox palette = new HBox(6);
    palette.setId("design-palette");
    Runnable rebuild =
        () -> {
          palette
              .getChildren()
              .setAll(model.palette().stream().map(h -> (Node) DesignsView.swatch(h, 28)).toList());
          if (model.palette().isEmpty()) {
            Label none = new Label("The palette comes from the picture.");
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            palette.getChildren().setAll(none);
          }
        };
    model.palette().addListener((ListChangeListener<String>) c -> rebuild.run());
    rebuild.run();
    return new VBox(
        8,
        title,
        drop,
        errorLabel("design-image-error", model.errorProperty("image")),
        choose,
        palette,
        PaletteAnalysisView.build(model.colourPanel(), model.canEdit()));
  }

  private static Node dropHint() {
    FontIcon icon = new FontIcon(Feather.IMAGE);
    icon.setIconSize(36);
    Label text = new Label("Drop a PNG or JPEG picture here");
    text.getStyleClass().add(Styles.TEXT_MUTED);
    VBox box = new VBox(8, icon, text);
    box.setAlignment(Pos.CENTER);
    return box;
  }

  private Node canMake() {
    Label title = new Label("Can we make N?");
    title.getStyleClass().add(Styles.TITLE_4);
    TextField quantity = new TextField();
    quantity.setId("make-quantity");
    quantity.setPromptText("pieces");
    quantity.setPrefColumnCount(6);
    quantity.textProperty().bindBidirectional(model.makeQuantityProperty());
    quantity.setOnAction(e -> model.checkCanMake());
    Button check = new Button("Check stock", new FontIcon(Feather.CHECK_SQUARE));
    check.setId("make-check");
    check.setOnAction(e -> model.checkCanMake());
    HBox ask = new HBox(8, quantity, check);
    ask.setAlignment(Pos.CENTER_LEFT);
    Label answer = new Label();
    answer.setId("make-answer");
    answer.setWrapText(true);
    answer.textProperty().bind(model.answerProperty());
    VBox shortfalls = new VBox(4);
    shortfalls.setId("make-shortfalls");
    model
        .feasibilityProperty()
        .subscribe(
            (Feasibility result) -> {
              shortfalls.getChildren().clear();
              answer.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
              if (result == null) {
                return;
              }
              answer.getStyleClass().add(result.possible() ? Styles.SUCCESS : Styles.DANGER);
              for (MaterialCheck line : result.shortfalls()) {
                Label l = new Label(shortfall(line));
                l.setWrapText(true);
                shortfalls.getChildren().add(l);
              }
            });
    Label note = new Label("Counts only available stock: on hand minus what started orders hold.");
    note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    note.setWrapText(true);
    return new VBox(
        8,
        title,
        ask,
        errorLabel("make-quantity-error", model.errorProperty("quantity")),
        answer,
        shortfalls,
        note);
  }

  private static String shortfall(MaterialCheck line) {
    Item item = line.item();
    return item.sku()
        + " "
        + item.name()
        + ": need "
        + amount(line.required(), item)
        + ", available "
        + amount(line.available(), item)
        + " (on hand "
        + amount(line.onHand(), item)
        + ", reserved "
        + amount(line.reserved(), item)
        + ") \u2014 short "
        + amount(line.shortfall(), item);
  }

  static String stock(ItemRow row) {
    Item item = row.item();
    BigDecimal reserved = row.onHand().subtract(row.available());
    return amount(row.onHand(), item)
        + " / "
        + amount(reserved, item)
        + " / "
        + amount(row.available(), item);
  }

  static String amount(BigDecimal value, Item item) {
    return value.setScale(item.unit().decimals(), RoundingMode.HALF_UP).toPlainString()
        + " "
        + item.unit().symbol();
  }
}
