package dev.bobbin.desktop.production;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.ProductionStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The order list with filters, and the opened order's detail beside it. */
final class OrdersView {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final OrdersViewModel model;
  private final SplitPane root = new SplitPane();
  private final VBox detail = new VBox(10);

  OrdersView(OrdersViewModel model) {
    this.model = model;
    detail.setPadding(new Insets(12));
    detail.setId("order-detail");
    ScrollPane detailScroll = new ScrollPane(detail);
    detailScroll.setFitToWidth(true);
    root.getItems().setAll(list(), detailScroll);
    root.setDividerPositions(0.55);
    root.setPadding(new Insets(12, 0, 0, 0));
    model.detailProperty().subscribe(this::showDetail);
  }

  Node root() {
    return root;
  }

  private Node list() {
    ComboBox<OrderStatus> status = new ComboBox<>();
    status.setId("orders-status");
    status.getItems().add(null);
    status.getItems().addAll(OrderStatus.values());
    status.valueProperty().bindBidirectional(model.statusProperty());
    status.setConverter(converter(s -> s == null ? "Any status" : s.label()));
    ComboBox<DueFilter> due = new ComboBox<>();
    due.setId("orders-due");
    due.getItems().addAll(DueFilter.values());
    due.valueProperty().bindBidirectional(model.dueProperty());
    due.setConverter(converter(d -> d == null ? "" : d.label()));
    ComboBox<Customer> customer = new ComboBox<>();
    customer.setId("orders-customer");
    customer.setItems(model.customers());
    customer.valueProperty().bindBidirectional(model.customerProperty());
    customer.setPromptText("Any customer");
    customer.setConverter(converter(c -> c == null ? "Any customer" : c.name()));
    Button clear = new Button("Clear", new FontIcon(Feather.X));
    clear.getStyleClass().add(Styles.FLAT);
    clear.setOnAction(
        e -> {
          model.statusProperty().set(null);
          model.dueProperty().set(DueFilter.ANY);
          model.customerProperty().set(null);
        });
    Label summary = new Label();
    summary.setId("orders-summary");
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    summary.textProperty().bind(model.summaryProperty());
    HBox filters = new HBox(8, status, due, customer, clear, summary);
    filters.setAlignment(Pos.CENTER_LEFT);

    TableView<OrderRow> table = new TableView<>(model.rows());
    table.setId("orders-table");
    table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No orders match these filters."));
    table.getColumns().add(column("Number", r -> r.order().number(), 90));
    table.getColumns().add(column("Design", OrderRow::design, 180));
    table.getColumns().add(column("Customer", OrderRow::customer, 150));
    table.getColumns().add(column("Qty", r -> String.valueOf(r.order().quantity()), 50));
    table.getColumns().add(column("Due", r -> r.order().dueDate().toString(), 90));
    table.getColumns().add(column("Status", r -> r.order().status().label(), 90));
    table
        .getColumns()
        .add(
            column(
                "Stage",
                r ->
                    r.current() == null
                        ? "done"
                        : r.current().name() + " (" + r.current().status().label() + ")",
                140));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (row != null) {
                model.open(row.order().id());
              }
            });
    VBox.setVgrow(table, Priority.ALWAYS);
    return new VBox(8, filters, table);
  }

  private void showDetail(OrderDetail d) {
    if (d == null) {
      Label hint = new Label("Select an order to see its stages, timeline and materials.");
      hint.getStyleClass().add(Styles.TEXT_MUTED);
      detail.getChildren().setAll(hint);
      return;
    }
    Label title = new Label(d.order().number() + " \u00b7 " + d.row().design());
    title.getStyleClass().add(Styles.TITLE_3);
    title.setWrapText(true);
    Label facts =
        new Label(
            (d.row().customer().isEmpty() ? "Stock production" : d.row().customer())
                + " \u00b7 "
                + d.order().quantity()
                + " pcs \u00b7 due "
                + d.order().dueDate()
                + " \u00b7 "
                + d.order().priority().name().toLowerCase(Locale.ROOT)
                + " \u00b7 "
                + d.order().status().label()
                + " \u00b7 "
                + d.workflow());
    facts.getStyleClass().add(Styles.TEXT_MUTED);
    facts.setWrapText(true);
    Region gap = new Region();
    gap.setPrefHeight(4);
    detail
        .getChildren()
        .setAll(title, facts, section("Stages"), stages(d), section("Timeline"), timeline(d));
    detail
        .getChildren()
        .addAll(section("Materials (on hand / reserved / available)"), materials(d));
  }

  private static Label section(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.TITLE_4);
    return l;
  }

  private static Node stages(OrderDetail d) {
    VBox box = new VBox(4);
    box.setId("order-stages");
    for (OrderDetail.StageLine line : d.stages()) {
      ProductionStage s = line.stage();
      StringBuilder text = new StringBuilder();
      text.append(s.sequence() + 1)
          .append(". ")
          .append(s.name())
          .append(" \u2014 ")
          .append(s.status().label());
      if (!line.assignee().isEmpty()) {
        text.append(" \u00b7 ").append(line.assignee());
      }
      if (s.startedAt() != null) {
        text.append(" \u00b7 started ").append(WHEN.format(s.startedAt()));
      }
      if (s.finishedAt() != null) {
        text.append(" \u00b7 finished ").append(WHEN.format(s.finishedAt()));
        text.append(" \u00b7 ")
            .append(s.quantityDone())
            .append(" done, ")
            .append(s.quantityRejected())
            .append(" rejected");
      }
      if (s.notes() != null) {
        text.append(" \u00b7 ").append(s.notes());
      }
      Label l = new Label(text.toString());
      l.setWrapText(true);
      if (s.consumesMaterials()) {
        l.setGraphic(new FontIcon(Feather.PACKAGE));
      }
      box.getChildren().add(l);
    }
    return box;
  }

  private static Node timeline(OrderDetail d) {
    VBox box = new VBox(4);
    box.setId("order-timeline");
    if (d.timeline().isEmpty()) {
      Label none = new Label("Nothing done on this device yet.");
      none.getStyleClass().add(Styles.TEXT_MUTED);
      box.getChildren().add(none);
    }
    for (OrderDetail.TimelineEntry e : d.timeline()) {
      StageActivity a = e.activity();
      String what =
          switch (a.event()) {
            case START -> "started";
            case BLOCK -> "blocked";
            case UNBLOCK -> "unblocked";
            case FINISH -> "finished";
            case REOPEN -> "reopened";
          };
      String text = WHEN.format(a.at()) + "  " + e.who() + " " + what + " " + a.stageName();
      if (a.event() == dev.bobbin.model.production.StageEvent.FINISH) {
        text += " (" + a.quantityDone() + " done, " + a.quantityRejected() + " rejected)";
      }
      if (a.note() != null) {
        text += ": " + a.note();
      }
      Label l = new Label(text);
      l.setWrapText(true);
      box.getChildren().add(l);
    }
    return box;
  }

  private static Node materials(OrderDetail d) {
    GridPane grid = new GridPane();
    grid.setId("order-materials");
    grid.setHgap(12);
    grid.setVgap(2);
    String[] heads = {"Item", "Needs", "Held", "On hand", "Reserved", "Available"};
    for (int i = 0; i < heads.length; i++) {
      Label h = new Label(heads[i]);
      h.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
      grid.add(h, i, 0);
    }
    int row = 1;
    for (OrderDetail.MaterialLine m : d.materials()) {
      Item item = m.item();
      grid.add(new Label(item.sku()), 0, row);
      grid.add(new Label(amount(m.required(), item)), 1, row);
      grid.add(new Label(amount(m.heldForOrder(), item)), 2, row);
      grid.add(new Label(amount(m.onHand(), item)), 3, row);
      grid.add(new Label(amount(m.reserved(), item)), 4, row);
      Label available = new Label(amount(m.available(), item));
      if (m.available().signum() < 0) {
        available.getStyleClass().add(Styles.DANGER);
      }
      grid.add(available, 5, row);
      row++;
    }
    return grid;
  }

  private static String amount(BigDecimal value, Item item) {
    return value.setScale(item.unit().decimals(), RoundingMode.HALF_UP).toPlainString()
        + " "
        + item.unit().symbol();
  }

  private static TableColumn<OrderRow, String> column(
      String title, Function<OrderRow, String> value, double width) {
    TableColumn<OrderRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  static <T> StringConverter<T> converter(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return text.apply(value);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }
}
