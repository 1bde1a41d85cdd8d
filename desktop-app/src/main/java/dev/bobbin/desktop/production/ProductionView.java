package dev.bobbin.desktop.production;

import atlantafx.base.theme.Styles;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The production page: the stage board and the order list, and the new-order form. */
public final class ProductionView {
  private final VBox root;

  public ProductionView(
      StageBoardViewModel board, OrdersViewModel orders, Supplier<NewOrderViewModel> newOrder) {
    TabPane tabs = new TabPane();
    tabs.setId("production-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    Tab ordersTab = new Tab("Orders", new OrdersView(orders).root());
    ordersTab.setId("tab-orders");
    Tab boardTab =
        new Tab(
            "Stage board",
            new StageBoardView(
                    board,
                    row -> {
                      tabs.getSelectionModel().select(ordersTab);
                      orders.open(row.order().id());
                    })
                .root());
    boardTab.setId("tab-board");
    tabs.getTabs().setAll(boardTab, ordersTab);
    tabs.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, tab) -> {
              if (tab == ordersTab) {
                orders.refresh();
              } else {
                board.load();
              }
            });
    StackPane body = new StackPane(tabs);
    VBox.setVgrow(body, Priority.ALWAYS);

    Label title = new Label("Production");
    title.getStyleClass().add(Styles.TITLE_2);
    Button create = new Button("New order", new FontIcon(Feather.PLUS));
    create.setId("order-new");
    create.getStyleClass().add(Styles.ACCENT);
    NewOrderViewModel probe = newOrder.get();
    if (!probe.canPlan()) {
      create.setDisable(true);
    }
    create.setOnAction(
        e ->
            body.getChildren()
                .setAll(
                    new NewOrderView(
                            newOrder.get(),
                            () -> {
                              body.getChildren().setAll(tabs);
                              board.load();
                              orders.refresh();
                            })
                        .root()));
    Node createNode = create;
    if (!probe.canPlan()) {
      StackPane holder = new StackPane(create);
      Tooltip.install(holder, new Tooltip("Only a manager may plan orders."));
      createNode = holder;
    }
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(12, title, spacer, createNode);
    top.setAlignment(Pos.CENTER_LEFT);
    root = new VBox(8, top, body);
    root.setPadding(new Insets(16));
    root.setId("production-page");
    orders
        .wantedTabProperty()
        .subscribe(
            wanted -> {
              if (wanted != null) {
                tabs.getSelectionModel()
                    .select(wanted == ProductionTab.ORDERS ? ordersTab : boardTab);
                orders.tabShown();
              }
            });
    board.load();
    orders.refresh();
  }

  public Node root() {
    return root;
  }
}
