package dev.bobbin.desktop.inventory;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.bobbin.desktop.ui.ColumnLayout;
import dev.bobbin.desktop.ui.ModalLayer;
import dev.bobbin.desktop.ui.SceneKeys;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inventory page: search and filters over a virtualised, paged table of items; the selected
 * item's detail with its ledger and stock actions; dialogs for the actions and the item editor.
 * Keys: Ctrl+F search, Ctrl+N new item, Esc closes a dialog; a barcode scanner works anywhere.
 */
public final class InventoryView {
  private static final Duration TYPING_PAUSE = Duration.millis(120);
  private static final int FETCH_AHEAD = 20;
  private static final String LOW_BADGE =
      "-fx-background-color: -color-danger-emphasis; -fx-text-fill: -color-fg-emphasis;"
          + " -fx-background-radius: 4; -fx-padding: 0 4 0 4;";

  private final InventoryViewModel model;
  private final ModalLayer modal;
  private final CustomTextField search = new CustomTextField();
  private final TableView<ItemRow> table;
  private final ItemDetailView detail;
  private final ScanDetector scanner = new ScanDetector();
  private final Optional<LabelDialog> labels;

  /** A dialog of another feature opened over this page: its content and what gets the focus. */
  public record DialogContent(Node root, Node focus) {}

  /** Opens the label printing dialog for the chosen items (the labels feature plugs in here). */
  public interface LabelDialog {
    /** The dialog for {@code items}; {@code close} closes it. */
    DialogContent open(List<Item> items, Runnable close);
  }

  /** The page without label printing. */
  public InventoryView(InventoryViewModel model) {
    this(model, Optional.empty());
  }

  /** The page with a "Print labels…" button that opens {@code labels} for the selected items. */
  public InventoryView(InventoryViewModel model, LabelDialog labels) {
    this(model, Optional.of(labels));
  }

  private InventoryView(InventoryViewModel model, Optional<LabelDialog> labels) {
    this.model = model;
    this.labels = labels;
    this.table = table();
    this.detail = new ItemDetailView(model.detail(), this::openAction, this::openEditor, model);
    SplitPane split = new SplitPane(table, detail.root());
    split.setDividerPositions(0.62);
    VBox.setVgrow(split, Priority.ALWAYS);
    VBox page = new VBox(12, header(), filters(), split);
    page.setPadding(new Insets(16));
    this.modal = new ModalLayer(page);
    modal.root().setId("inventory-page");
    SceneKeys.whileShowing(modal.root(), KeyEvent.KEY_PRESSED, this::keyPressed);
    SceneKeys.whileShowing(modal.root(), KeyEvent.KEY_TYPED, this::keyTyped);
    model.refresh();
    model.loadLocations();
  }

  public Node root() {
    return modal.root();
  }

  private Node header() {
    Label title = new Label("Inventory");
    title.getStyleClass().add(Styles.TITLE_2);

    search.setId("inventory-search");
    search.setPromptText("Search SKU, name, colour or barcode  (Ctrl+F)");
    search.setLeft(new FontIcon(Feather.SEARCH));
    search.setPrefWidth(380);
    search.textProperty().bindBidirectional(model.queryProperty());
    PauseTransition pause = new PauseTransition(TYPING_PAUSE);
    pause.setOnFinished(e -> model.refresh());
    search.textProperty().addListener((obs, old, text) -> pause.playFromStart());
    // Type, Enter, act: Enter moves to the first match.
    search.setOnAction(
        e -> {
          if (!table.getItems().isEmpty()) {
            table.requestFocus();
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
          }
        });

    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.loadingProperty());

    Button add = new Button("New item", new FontIcon(Feather.PLUS));
    add.setId("inventory-new");
    add.getStyleClass().add(Styles.ACCENT);
    add.setOnAction(e -> openEditor(Optional.empty(), ""));
    model
        .deniedReason(Permission.EDIT_ITEMS)
        .ifPresent(
            reason -> {
              add.setDisable(true);
              add.setTooltip(new Tooltip(reason));
            });

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(12, title, spacer, busy, search);
    labels.ifPresent(dialog -> top.getChildren().add(printLabelsButton(dialog)));
    top.getChildren().add(add);
    top.setAlignment(Pos.CENTER_LEFT);
    return top;
  }

  private Button printLabelsButton(LabelDialog dialog) {
    Button print = new Button("Print labels\u2026", new FontIcon(Feather.PRINTER));
    print.setId("inventory-print-labels");
    print.setTooltip(new Tooltip("Labels with barcode and QR code for the selected items"));
    print.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
    print.setOnAction(
        e -> {
          List<Item> chosen =
              table.getSelectionModel().getSelectedItems().stream().map(ItemRow::item).toList();
          if (!chosen.isEmpty()) {
            DialogContent content = dialog.open(chosen, modal::close);
            modal.show(content.root(), content.focus(), () -> {});
          }
        });
    return print;
  }

  private Node filters() {
    ComboBox<Category> category = new ComboBox<>();
    category.setId("inventory-category");
    category.getItems().add(null);
    category.getItems().addAll(Category.values());
    category.setPromptText("All categories");
    category.setButtonCell(categoryCell());
    category.setCellFactory(c -> categoryCell());
    category.valueProperty().bindBidirectional(model.categoryProperty());
    category.valueProperty().addListener((obs, old, v) -> model.refresh());

    ComboBox<String> location = new ComboBox<>();
    location.setId("inventory-location");
    location.setPromptText("All locations");
    location.setButtonCell(locationCell());
    location.setCellFactory(c -> locationCell());
    location.getItems().add("");
    model
        .locations()
        .addListener(
            (javafx.collections.ListChangeListener<String>)
                c -> {
                  String chosen = location.getValue();
                  location.getItems().setAll("");
                  location.getItems().addAll(model.locations());
                  location.setValue(chosen);
                });
    location.valueProperty().bindBidirectional(model.locationProperty());
    location
        .valueProperty()
        .addListener(
            (obs, old, v) -> {
              if (!(old == null ? "" : old).equals(v == null ? "" : v)) {
                model.refresh();
              }
            });

    ToggleButton low = new ToggleButton("Low stock", new FontIcon(Feather.ALERT_TRIANGLE));
    low.setId("inventory-low");
    low.selectedProperty().bindBidirectional(model.lowStockOnlyProperty());
    low.selectedProperty().addListener((obs, old, v) -> model.refresh());
    ToggleButton archived = new ToggleButton("Show archived", new FontIcon(Feather.ARCHIVE));
    archived.setId("inventory-archived");
    archived.selectedProperty().bindBidirectional(model.includeArchivedProperty());
    archived.selectedProperty().addListener((obs, old, v) -> model.refresh());

    Label summary = new Label();
    summary.setId("inventory-summary");
    summary.textProperty().bind(model.summaryProperty());
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    Label error = new Label();
    error.setId("inventory-error");
    error.textProperty().bind(model.errorProperty());
    error.getStyleClass().add(Styles.DANGER);
    error.visibleProperty().bind(model.errorProperty().isNotEmpty());

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(8, category, location, low, archived, spacer, error, summary);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private static ListCell<String> locationCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(String l, boolean empty) {
        super.updateItem(l, empty);
        setText(empty ? null : l == null || l.isEmpty() ? "All locations" : l);
      }
    };
  }

  private static ListCell<Category> categoryCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(Category c, boolean empty) {
        super.updateItem(c, empty);
        setText(empty ? null : c == null ? "All categories" : Formats.label(c.name()));
      }
    };
  }

  private TableView<ItemRow> table() {
    TableView<ItemRow> view = new TableView<>(model.rows());
    view.setId("inventory-table");
    // Several rows at once (Shift/Ctrl+click) for printing their labels.
    view.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    view.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
    view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    view.setPlaceholder(new Label("No items match. Clear the search or the filters."));
    view.getColumns().add(text("SKU", r -> r.item().sku(), 120));
    view.getColumns().add(text("Name", r -> r.item().name(), 220));
    view.getColumns().add(text("Category", r -> Formats.label(r.item().category().name()), 100));
    view.getColumns().add(colour());
    view.getColumns().add(text("Location", r -> r.item().location(), 90));
    view.getColumns().add(onHand());
    view.getColumns()
        .add(text("Available", r -> Formats.quantity(r.available(), r.item().unit()), 90));
    view.getColumns()
        .add(
            text(
                "Reorder at", r -> Formats.quantity(r.item().reorderPoint(), r.item().unit()), 90));
    view.getColumns().add(text("Unit cost", r -> Formats.money(r.item().unitCost()), 100));
    // Columns can be moved, resized and hidden (the "+" menu); the layout follows the user.
    view.getColumns()
        .forEach(c -> c.setId("col-" + c.getText().toLowerCase(Locale.ROOT).replace(' ', '-')));
    view.setTableMenuButtonVisible(true);
    model.loadColumnLayout(
        stored -> {
          stored.ifPresent(layout -> ColumnLayout.apply(view, layout));
          ColumnLayout.watch(view, model::saveColumnLayout);
        });
    view.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(ItemRow row, boolean empty) {
                super.updateItem(row, empty);
                // Paging: a row near the end of what is loaded asks for the next page.
                if (!empty && getIndex() >= model.rows().size() - FETCH_AHEAD) {
                  model.loadMore();
                }
              }
            });
    view.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (row != null) {
                detail.show(row.item().id());
              }
            });
    return view;
  }

  private static TableColumn<ItemRow, String> text(
      String title, Function<ItemRow, String> value, double width) {
    TableColumn<ItemRow, String> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setPrefWidth(width);
    return column;
  }

  private static TableColumn<ItemRow, ItemRow> colour() {
    TableColumn<ItemRow, ItemRow> column = new TableColumn<>("Colour");
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    column.setPrefWidth(120);
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(ItemRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                Item item = row.item();
                setText(item.colourName());
                setGraphic(item.colourHex() == null ? null : swatch(item.colourHex()));
              }
            });
    return column;
  }

  static Node swatch(String hex) {
    Rectangle swatch = new Rectangle(14, 14, Color.web(hex));
    swatch.setStroke(Color.gray(0.5));
    swatch.setArcWidth(4);
    swatch.setArcHeight(4);
    return swatch;
  }

  private static TableColumn<ItemRow, ItemRow> onHand() {
    TableColumn<ItemRow, ItemRow> column = new TableColumn<>("On hand");
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    column.setPrefWidth(120);
    column.setStyle("-fx-alignment: CENTER-RIGHT;");
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(ItemRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                setText(Formats.quantity(row.onHand(), row.item().unit()));
                setGraphic(row.low() ? lowBadge() : null);
              }
            });
    return column;
  }

  static Label lowBadge() {
    Label badge = new Label("LOW");
    badge.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
    badge.setStyle(LOW_BADGE);
    return badge;
  }

  private void keyPressed(KeyEvent e) {
    if (e.getCode() == KeyCode.ENTER) {
      Optional<String> code = scanner.enter(System.nanoTime());
      if (code.isPresent() && !modal.isShowing()) {
        e.consume();
        scanned(code.get());
      }
      return;
    }
    if (modal.isShowing() || !e.isShortcutDown()) {
      return;
    }
    if (e.getCode() == KeyCode.F) {
      e.consume();
      search.requestFocus();
      search.selectAll();
    } else if (e.getCode() == KeyCode.N) {
      e.consume();
      if (model.deniedReason(Permission.EDIT_ITEMS).isEmpty()) {
        openEditor(Optional.empty(), "");
      }
    }
  }

  private void keyTyped(KeyEvent e) {
    String c = e.getCharacter();
    if (c.length() == 1 && !e.isShortcutDown() && !e.isAltDown()) {
      scanner.typed(c.charAt(0), System.nanoTime());
    }
  }

  private void scanned(String code) {
    // The scanner typed into whatever had focus; a scan is not a search.
    String text = search.getText();
    if (search.isFocused() && text != null && text.endsWith(code)) {
      search.setText(text.substring(0, text.length() - code.length()));
    }
    model.scan(
        code,
        row -> {
          table.getSelectionModel().clearSelection();
          detail.show(row.item().id());
          openAction(row, StockAction.CONSUME);
        },
        this::offerToCreate);
  }

  private void offerToCreate(String code) {
    if (ItemLinks.parse(code).isPresent()) {
      labelOfAnUnknownItem();
      return;
    }
    Label title = new Label("Unknown barcode");
    title.getStyleClass().add(Styles.TITLE_3);
    Label text = new Label("No item has the barcode " + code + ". Create an item with it?");
    text.setId("unknown-barcode");
    text.setWrapText(true);
    Button create = new Button("Create item");
    create.setId("create-from-barcode");
    create.getStyleClass().add(Styles.ACCENT);
    create.setDefaultButton(true);
    Button cancel = new Button("Cancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> modal.close());
    model
        .deniedReason(Permission.EDIT_ITEMS)
        .ifPresent(
            reason -> {
              create.setDisable(true);
              create.setTooltip(new Tooltip(reason));
            });
    create.setOnAction(
        e -> {
          modal.close();
          openEditor(Optional.empty(), code);
        });
    HBox buttons = new HBox(8, cancel, create);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    VBox box = new VBox(12, title, text, buttons);
    box.setPrefWidth(380);
    modal.show(box, create.isDisabled() ? cancel : create, () -> {});
  }

  /** A Bobbin label names an item for ever: making a new item from it would be a mistake. */
  private void labelOfAnUnknownItem() {
    Label title = new Label("Item not on this computer");
    title.getStyleClass().add(Styles.TITLE_3);
    Label text =
        new Label(
            "This label was printed for an item this computer does not have (yet). Sync with the"
                + " server, then scan it again.");
    text.setId("unknown-item-link");
    text.setWrapText(true);
    Button ok = new Button("OK");
    ok.setDefaultButton(true);
    ok.setCancelButton(true);
    ok.setOnAction(e -> modal.close());
    HBox buttons = new HBox(8, ok);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    VBox box = new VBox(12, title, text, buttons);
    box.setPrefWidth(380);
    modal.show(box, ok, () -> {});
  }

  void openAction(ItemRow row, StockAction action) {
    StockActionViewModel vm = model.stockAction(row, action);
    StockActionView view =
        new StockActionView(
            vm,
            model,
            movement -> {
              modal.close();
              model.reload(row.item().id());
              detail.show(row.item().id());
            },
            modal::close);
    modal.show(view.root(), view.focusTarget(), () -> {});
  }

  void openEditor(Optional<Item> item, String barcode) {
    ItemEditorViewModel vm = model.editor(item, barcode);
    ItemEditorView view =
        new ItemEditorView(
            vm,
            saved -> {
              modal.close();
              model.reload(saved.id());
              detail.show(saved.id());
            },
            modal::close);
    modal.show(view.root(), view.focusTarget(), () -> {});
  }
}
