package dev.bobbin.desktop.inventory;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.inventory.Item;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The inventory list: a search field over a virtualised table of items with their stock. */
public final class InventoryView {
  private static final Duration TYPING_PAUSE = Duration.millis(150);
  private static final String LOW_BADGE =
      "-fx-background-color: -color-danger-emphasis; -fx-text-fill: -color-fg-emphasis;"
          + " -fx-background-radius: 4; -fx-padding: 0 4 0 4;";

  private final InventoryViewModel model;
  private final VBox root;

  public InventoryView(InventoryViewModel model) {
    this.model = model;
    this.root = new VBox(12, header(), table());
    root.setPadding(new Insets(16));
    root.setId("inventory-page");
    model.refresh();
  }

  public Node root() {
    return root;
  }

  private Node header() {
    Label title = new Label("Inventory");
    title.getStyleClass().add(Styles.TITLE_2);

    CustomTextField search = new CustomTextField();
    search.setId("inventory-search");
    search.setPromptText("Search SKU, name, colour or barcode");
    search.setLeft(new FontIcon(Feather.SEARCH));
    search.setPrefWidth(360);
    search.textProperty().bindBidirectional(model.queryProperty());
    PauseTransition pause = new PauseTransition(TYPING_PAUSE);
    pause.setOnFinished(e -> model.refresh());
    search.textProperty().addListener((obs, old, text) -> pause.playFromStart());

    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.loadingProperty());

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
    HBox top = new HBox(12, title, spacer, busy, search);
    top.setAlignment(Pos.CENTER_LEFT);
    return new VBox(6, top, new HBox(12, summary, error));
  }

  private Node table() {
    TableView<ItemRow> table = new TableView<>(model.rows());
    table.setId("inventory-table");
    table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No items match. Clear the search to see everything."));
    table.getColumns().add(text("SKU", r -> r.item().sku(), 130));
    table.getColumns().add(text("Name", r -> r.item().name(), 240));
    table.getColumns().add(text("Category", r -> label(r.item().category().name()), 110));
    table.getColumns().add(colour());
    table.getColumns().add(text("Size", r -> r.item().size(), 80));
    table.getColumns().add(text("Location", r -> r.item().location(), 100));
    table.getColumns().add(onHand());
    table
        .getColumns()
        .add(text("Reorder at", r -> quantity(r.item().reorderPoint(), r.item()), 90));
    table.getColumns().add(text("Unit cost", r -> money(r.item().unitCost()), 100));
    VBox.setVgrow(table, Priority.ALWAYS);
    return table;
  }

  private static TableColumn<ItemRow, String> text(
      String title, Function<ItemRow, String> value, double width) {
    TableColumn<ItemRow, String> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setPrefWidth(width);
    return column;
  }

  private static <T> TableColumn<ItemRow, T> numeric(TableColumn<ItemRow, T> column) {
    column.setStyle("-fx-alignment: CENTER-RIGHT;");
    return column;
  }

  private static TableColumn<ItemRow, ItemRow> colour() {
    TableColumn<ItemRow, ItemRow> column = new TableColumn<>("Colour");
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    column.setPrefWidth(130);
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
                if (item.colourHex() == null) {
                  setGraphic(null);
                } else {
                  Rectangle swatch = new Rectangle(14, 14, Color.web(item.colourHex()));
                  swatch.setStroke(Color.gray(0.5));
                  swatch.setArcWidth(4);
                  swatch.setArcHeight(4);
                  setGraphic(swatch);
                }
              }
            });
    return column;
  }

  private static TableColumn<ItemRow, ItemRow> onHand() {
    TableColumn<ItemRow, ItemRow> column = new TableColumn<>("On hand");
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    column.setPrefWidth(130);
    numeric(column);
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
                setText(quantity(row.onHand(), row.item()));
                if (row.low()) {
                  Label badge = new Label("LOW");
                  badge.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
                  badge.setStyle(LOW_BADGE);
                  setGraphic(badge);
                } else {
                  setGraphic(null);
                }
              }
            });
    return column;
  }

  private static String quantity(BigDecimal value, Item item) {
    return value.setScale(item.unit().decimals(), RoundingMode.HALF_UP).toPlainString()
        + " "
        + item.unit().symbol();
  }

  private static String money(Money money) {
    BigDecimal amount = money.amount().stripTrailingZeros();
    int digits = Math.max(amount.scale(), money.currency().getDefaultFractionDigits());
    return amount.setScale(digits, RoundingMode.UNNECESSARY).toPlainString()
        + " "
        + money.currency().getCurrencyCode();
  }

  private static String label(String enumName) {
    String lower = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
