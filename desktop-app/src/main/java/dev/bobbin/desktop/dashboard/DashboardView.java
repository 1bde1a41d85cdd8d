package dev.bobbin.desktop.dashboard;

import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.production.DueFilter;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.ProductionOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The dashboard: figure tiles, lists and two charts; every tile opens the list behind it. */
public final class DashboardView {
  private static final String CARD =
      "-fx-background-color: -color-bg-subtle; -fx-background-radius: 8;"
          + " -fx-border-color: -color-border-muted; -fx-border-radius: 8;";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

  private final DashboardViewModel model;
  private final GridPane grid = new GridPane();
  private final ScrollPane root;

  public DashboardView(DashboardViewModel model) {
    this.model = model;
    grid.setHgap(16);
    grid.setVgap(16);
    grid.setPadding(new Insets(16));
    for (int i = 0; i < 4; i++) {
      ColumnConstraints c = new ColumnConstraints();
      c.setPercentWidth(25);
      grid.getColumnConstraints().add(c);
    }
    root = new ScrollPane(grid);
    root.setFitToWidth(true);
    root.setId("dashboard-page");
    model.contentProperty().addListener((obs, old, data) -> render(data));
    showLoading();
    model.refresh();
  }

  public Node root() {
    return root;
  }

  private void showLoading() {
    ProgressIndicator busy = new ProgressIndicator();
    Label text = new Label("Reading your factory\u2026");
    text.getStyleClass().add(Styles.TEXT_MUTED);
    VBox box = new VBox(12, busy, text);
    box.setAlignment(Pos.CENTER);
    grid.add(box, 0, 0, 4, 1);
  }

  private void render(DashboardData d) {
    grid.getChildren().clear();
    Label title = new Label("Dashboard");
    title.getStyleClass().add(Styles.TITLE_2);
    Label sync = new Label();
    sync.setId("dashboard-sync");
    sync.textProperty().bind(model.syncStatus());
    sync.setGraphic(new FontIcon(Feather.CLOUD));
    sync.getStyleClass().add(Styles.TEXT_MUTED);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox head = new HBox(12, title, spacer, sync);
    head.setAlignment(Pos.CENTER_LEFT);
    grid.add(head, 0, 0, 4, 1);

    int wip = d.workInProgress().values().stream().mapToInt(Integer::intValue).sum();
    grid.add(
        tile(
            "tile-low-stock",
            Feather.ALERT_TRIANGLE,
            d.lowStockTotal(),
            "items low on stock",
            Styles.DANGER,
            model::openLowStock),
        0,
        1);
    grid.add(
        tile(
            "tile-wip", Feather.LAYERS, wip, "orders in progress", Styles.ACCENT, model::openBoard),
        1,
        1);
    grid.add(
        tile(
            "tile-due",
            Feather.CALENDAR,
            d.dueThisWeek().size(),
            "due this week",
            Styles.WARNING,
            () -> model.openOrders(DueFilter.THIS_WEEK)),
        2,
        1);
    grid.add(
        tile(
            "tile-overdue",
            Feather.CLOCK,
            d.overdue().size(),
            "overdue",
            Styles.DANGER,
            () -> model.openOrders(DueFilter.OVERDUE)),
        3,
        1);

    grid.add(InsightsView.build(d.insights(), d.skus()), 0, 2, 4, 1);
    grid.add(lowStock(d), 0, 3, 2, 1);
    grid.add(workInProgress(d), 2, 3, 1, 1);
    grid.add(orders(d), 3, 3, 1, 1);
    grid.add(stockValue(d), 0, 4, 2, 1);
    grid.add(finished(d), 2, 4, 2, 1);
    grid.add(recent(d), 0, 5, 4, 1);
  }

  private static Node tile(
      String id, Ikon icon, long count, String caption, String style, Runnable open) {
    FontIcon glyph = new FontIcon(icon);
    glyph.setIconSize(28);
    glyph.getStyleClass().add(style);
    Label number = new Label(String.valueOf(count));
    number.getStyleClass().add(Styles.TITLE_1);
    Label text = new Label(caption);
    text.getStyleClass().add(Styles.TEXT_MUTED);
    VBox words = new VBox(0, number, text);
    HBox box = new HBox(16, glyph, words);
    box.setAlignment(Pos.CENTER_LEFT);
    box.setPadding(new Insets(16));
    box.setStyle(CARD);
    box.setId(id);
    box.setCursor(Cursor.HAND);
    box.setFocusTraversable(true);
    box.setOnMouseClicked(e -> open.run());
    box.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER
              || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
            open.run();
          }
        });
    return box;
  }

  static VBox card(String title, Node... content) {
    Label heading = new Label(title);
    heading.getStyleClass().add(Styles.TITLE_4);
    VBox box = new VBox(8, heading);
    box.getChildren().addAll(content);
    box.setPadding(new Insets(16));
    box.setStyle(CARD);
    box.setMaxHeight(Double.MAX_VALUE);
    return box;
  }

  private Node lowStock(DashboardData d) {
    VBox lines = new VBox(4);
    if (d.lowStock().isEmpty()) {
      lines.getChildren().add(muted("Nothing is below its reorder point."));
    }
    for (DashboardData.LowStock low : d.lowStock()) {
      Item item = low.row().item();
      Label name = new Label(item.sku() + " \u00b7 " + item.name());
      name.setMaxWidth(280);
      Label have = muted(quantity(low.row().available(), item.unit()) + " available");
      Label order = new Label("order " + quantity(low.suggestedReorder(), item.unit()));
      order.getStyleClass().add(Styles.ACCENT);
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      lines.getChildren().add(new HBox(8, name, spacer, have, order));
    }
    VBox card = card("Low stock \u2013 suggested reorder", lines);
    card.setId("card-low-stock");
    card.setCursor(Cursor.HAND);
    card.setOnMouseClicked(e -> model.openLowStock());
    return card;
  }

  private Node workInProgress(DashboardData d) {
    VBox lines = new VBox(4);
    if (d.workInProgress().isEmpty()) {
      lines.getChildren().add(muted("No order is being worked on."));
    }
    d.workInProgress().forEach((stage, n) -> lines.getChildren().add(pair(stage, n + "")));
    VBox card = card("Work in progress by stage", lines);
    card.setOnMouseClicked(e -> model.openBoard());
    return card;
  }

  private Node orders(DashboardData d) {
    VBox lines = new VBox(4);
    for (ProductionOrder o : d.overdue()) {
      Label l = new Label(o.number() + " \u00b7 was due " + DAY.format(o.dueDate()));
      l.getStyleClass().add(Styles.DANGER);
      lines.getChildren().add(l);
    }
    for (ProductionOrder o : d.dueThisWeek()) {
      lines.getChildren().add(pair(o.number(), "due " + DAY.format(o.dueDate())));
    }
    if (lines.getChildren().isEmpty()) {
      lines.getChildren().add(muted("Nothing due this week."));
    }
    VBox card = card("Due this week and overdue", lines);
    card.setOnMouseClicked(
        e -> model.openOrders(d.overdue().isEmpty() ? DueFilter.THIS_WEEK : DueFilter.OVERDUE));
    return card;
  }

  private Node stockValue(DashboardData d) {
    PieChart pie = new PieChart();
    pie.setId("chart-stock-value");
    pie.setAnimated(false);
    pie.setLegendVisible(true);
    pie.setLabelsVisible(false);
    pie.setPrefHeight(240);
    BigDecimal total = BigDecimal.ZERO;
    for (var v : d.stockValue()) {
      total = total.add(v.value());
      pie.getData()
          .add(
              new PieChart.Data(
                  label(v.category().name()) + " " + v.value().toPlainString(),
                  v.value().doubleValue()));
    }
    VBox card =
        card(
            "Stock value by category \u00b7 "
                + total.setScale(0, RoundingMode.HALF_UP).toPlainString(),
            pie);
    card.setOnMouseClicked(e -> model.openInventory());
    return card;
  }

  private static Node finished(DashboardData d) {
    CategoryAxis weeks = new CategoryAxis();
    NumberAxis count = new NumberAxis();
    count.setTickUnit(1);
    count.setMinorTickVisible(false);
    BarChart<String, Number> bars = new BarChart<>(weeks, count);
    bars.setId("chart-finished");
    bars.setAnimated(false);
    bars.setLegendVisible(false);
    bars.setPrefHeight(240);
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    for (Map.Entry<LocalDate, Integer> w : d.finishedPerWeek().entrySet()) {
      series.getData().add(new XYChart.Data<>(DAY.format(w.getKey()), w.getValue()));
    }
    bars.getData().add(series);
    return card("Orders finished per week", bars);
  }

  private Node recent(DashboardData d) {
    VBox lines = new VBox(4);
    if (d.recent().isEmpty()) {
      lines.getChildren().add(muted("No stock movements yet."));
    }
    for (DashboardData.Activity a : d.recent()) {
      String what =
          a.item().map(i -> i.sku() + " " + i.name()).orElse("an item not on this device");
      Unit unit = a.item().map(Item::unit).orElse(Unit.PCS);
      String qty = quantity(a.movement().quantity(), unit);
      lines
          .getChildren()
          .add(
              pair(
                  label(a.movement().reason().name()) + " " + qty + " \u00b7 " + what,
                  WHEN.format(a.movement().at())));
    }
    VBox card = card("Recent activity", lines);
    card.setId("card-recent");
    card.setOnMouseClicked(e -> model.openInventory());
    return card;
  }

  private static Node pair(String left, String right) {
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    return new HBox(8, new Label(left), spacer, muted(right));
  }

  private static Label muted(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.TEXT_MUTED);
    return l;
  }

  private static String quantity(BigDecimal value, Unit unit) {
    return value.setScale(unit.decimals(), RoundingMode.HALF_UP).toPlainString()
        + " "
        + unit.symbol();
  }

  private static String label(String enumName) {
    String lower = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
