package dev.bobbin.desktop.inventory;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.StockLedger;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected item: balances, stock action buttons, and its ledger with running balance. */
final class ItemDetailView {
  private final ItemDetailViewModel model;
  private final BiConsumer<ItemRow, StockAction> openAction;
  private final BiConsumer<Optional<Item>, String> openEditor;
  private final InventoryViewModel list;
  private final VBox root = new VBox(12);
  private final Label title = new Label("Select an item");
  private final Label subtitle = new Label("Its balances and movement history show here.");
  private final Label onHand = figure("detail-on-hand");
  private final Label reserved = figure("detail-reserved");
  private final Label available = figure("detail-available");
  private final HBox figures;
  private final FlowPane actions = new FlowPane(6, 6);

  ItemDetailView(
      ItemDetailViewModel model,
      BiConsumer<ItemRow, StockAction> openAction,
      BiConsumer<Optional<Item>, String> openEditor,
      InventoryViewModel list) {
    this.model = model;
    this.openAction = openAction;
    this.openEditor = openEditor;
    this.list = list;
    title.getStyleClass().add(Styles.TITLE_3);
    title.setId("detail-title");
    title.setWrapText(true);
    subtitle.getStyleClass().add(Styles.TEXT_MUTED);
    figures =
        new HBox(
            16, tile("On hand", onHand), tile("Reserved", reserved), tile("Available", available));
    figures.setVisible(false);
    actions.setVisible(false);
    TableView<StockLedger.Line> ledger = ledger();
    VBox.setVgrow(ledger, Priority.ALWAYS);
    root.getChildren().addAll(title, subtitle, figures, actions, ledger);
    root.setPadding(new Insets(0, 0, 0, 12));
    root.setId("item-detail");
    model.rowProperty().addListener((obs, old, row) -> showRow(row));
  }

  Node root() {
    return root;
  }

  void show(UUID itemId) {
    model.load(itemId);
  }

  private void showRow(ItemRow row) {
    if (row == null) {
      return;
    }
    Item item = row.item();
    title.setText(item.sku() + " \u00b7 " + item.name());
    subtitle.setText(
        Formats.label(item.category().name())
            + (item.location() == null ? "" : " \u00b7 " + item.location())
            + (item.barcode() == null ? "" : " \u00b7 barcode " + item.barcode()));
    onHand.setText(Formats.quantity(row.onHand(), item.unit()));
    BigDecimal reservedQty = row.onHand().subtract(row.available());
    reserved.setText(Formats.quantity(reservedQty, item.unit()));
    available.setText(Formats.quantity(row.available(), item.unit()));
    available.setGraphic(row.low() ? InventoryView.lowBadge() : null);
    figures.setVisible(true);
    actions.getChildren().clear();
    String[] mnemonics = {"_Receive", "C_onsume", "_Adjust", "Coun_t", "_Scrap"};
    StockAction[] all = StockAction.values();
    for (int i = 0; i < all.length; i++) {
      StockAction action = all[i];
      Button button = new Button(mnemonics[i]);
      button.setId("action-" + action.name().toLowerCase(java.util.Locale.ROOT));
      button.setTooltip(new Tooltip(action.purpose()));
      Permission needed =
          action == StockAction.COUNT ? Permission.COUNT_STOCK : Permission.RECORD_STOCK_MOVEMENTS;
      deny(button, list.deniedReason(needed));
      button.setOnAction(e -> openAction.accept(row, action));
      actions.getChildren().add(button);
    }
    Button edit = new Button("_Edit item");
    edit.setId("action-edit");
    Optional<String> denied =
        list.deniedReason(Permission.EDIT_ITEMS)
            .filter(r -> list.deniedReason(Permission.EDIT_PRICES).isPresent());
    deny(edit, denied);
    edit.setOnAction(e -> openEditor.accept(Optional.of(item), ""));
    actions.getChildren().add(edit);
    actions.setVisible(true);
  }

  private static void deny(Button button, Optional<String> reason) {
    reason.ifPresent(
        r -> {
          button.setDisable(true);
          button.setTooltip(new Tooltip(r));
        });
  }

  private TableView<StockLedger.Line> ledger() {
    TableView<StockLedger.Line> table = new TableView<>(model.lines());
    table.setId("detail-ledger");
    table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No movements yet."));
    table.getColumns().add(column("When", l -> Formats.WHEN.format(l.movement().at()), 120));
    table.getColumns().add(column("Reason", l -> Formats.label(l.movement().reason().name()), 70));
    table
        .getColumns()
        .add(column("Change", l -> Formats.signed(l.movement().quantity(), unit()), 80));
    table.getColumns().add(column("Balance", l -> Formats.quantity(l.balanceAfter(), unit()), 80));
    table.getColumns().add(column("Reference / note", ItemDetailView::describe, 160));
    return table;
  }

  private dev.bobbin.model.common.Unit unit() {
    ItemRow row = model.rowProperty().get();
    return row == null ? dev.bobbin.model.common.Unit.PCS : row.item().unit();
  }

  private static String describe(StockLedger.Line line) {
    String ref = line.movement().reference();
    String note = line.movement().note();
    if (ref == null) {
      return note == null ? "" : note;
    }
    return note == null ? ref : ref + " \u00b7 " + note;
  }

  private static TableColumn<StockLedger.Line, String> column(
      String title, Function<StockLedger.Line, String> value, double width) {
    TableColumn<StockLedger.Line, String> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setPrefWidth(width);
    column.setSortable(false);
    return column;
  }

  private static Label figure(String id) {
    Label label = new Label("\u2013");
    label.setId(id);
    label.getStyleClass().addAll(Styles.TITLE_3);
    return label;
  }

  private static Node tile(String caption, Label value) {
    Label name = new Label(caption);
    name.getStyleClass().add(Styles.TEXT_MUTED);
    VBox box = new VBox(2, name, value);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }
}
