package dev.bobbin.desktop.production;

import atlantafx.base.theme.Styles;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageEvent;
import dev.bobbin.model.production.StageStatus;
import dev.bobbin.model.production.WorkflowTemplate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The stage board: columns are the workflow's stages, cards the orders in them. Start and unblock
 * are one click; block asks for a reason and finish for the quantities (prefilled), in place.
 */
final class StageBoardView {
  private static final double COLUMN_WIDTH = 250;
  private static final String CARD =
      "-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default;"
          + " -fx-border-radius: 6; -fx-background-radius: 6;";

  private final StageBoardViewModel model;
  private final Consumer<OrderRow> openOrder;
  private final HBox columns = new HBox(12);
  private final VBox root;

  StageBoardView(StageBoardViewModel model, Consumer<OrderRow> openOrder) {
    this.model = model;
    this.openOrder = openOrder;
    ComboBox<WorkflowTemplate> workflow = new ComboBox<>(model.workflows());
    workflow.setId("board-workflow");
    // Not bound both ways: replacing the combo's items clears its value for a moment, and that
    // empty value must not empty the board.
    model.workflowProperty().subscribe(workflow::setValue);
    workflow
        .valueProperty()
        .addListener(
            (obs, old, chosen) -> {
              if (chosen != null) {
                model.workflowProperty().set(chosen);
              }
            });
    workflow.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(WorkflowTemplate t) {
            return t == null ? "" : t.name();
          }

          @Override
          public WorkflowTemplate fromString(String s) {
            return null;
          }
        });
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.loadingProperty());
    Label message = new Label();
    message.setId("board-message");
    message.textProperty().bind(model.messageProperty());
    message.getStyleClass().add(Styles.SUCCESS);
    Label error = new Label();
    error.setId("board-error");
    error.textProperty().bind(model.errorProperty());
    error.getStyleClass().add(Styles.DANGER);
    error.setWrapText(true);
    HBox top = new HBox(12, new Label("Workflow"), workflow, busy, message, error);
    top.setAlignment(Pos.CENTER_LEFT);
    columns.setId("board-columns");
    ScrollPane scroll = new ScrollPane(columns);
    scroll.setFitToHeight(true);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    model.cards().addListener((ListChangeListener<OrderRow>) c -> rebuild());
    model.columns().addListener((ListChangeListener<String>) c -> rebuild());
    root = new VBox(10, top, scroll);
    root.setPadding(new Insets(12, 0, 0, 0));
    root.setId("stage-board");
  }

  Node root() {
    return root;
  }

  private void rebuild() {
    columns.getChildren().clear();
    List<String> names = model.columns();
    for (int i = 0; i < names.size(); i++) {
      List<OrderRow> here = model.cardsIn(i);
      Label title = new Label(names.get(i) + "  " + here.size());
      title.getStyleClass().addAll(Styles.TEXT_BOLD);
      VBox column = new VBox(8, title);
      column.setId("board-column-" + i);
      column.setPadding(new Insets(8));
      column.setPrefWidth(COLUMN_WIDTH);
      column.setMinWidth(COLUMN_WIDTH);
      column.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 8;");
      here.forEach(row -> column.getChildren().add(card(row)));
      if (here.isEmpty()) {
        Label none = new Label("No orders here.");
        none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        column.getChildren().add(none);
      }
      columns.getChildren().add(column);
    }
  }

  private Node card(OrderRow row) {
    String n = row.order().number();
    Hyperlink number = new Hyperlink(n);
    number.setId("card-open-" + n);
    number.getStyleClass().add(Styles.TEXT_BOLD);
    number.setOnAction(e -> openOrder.accept(row));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox head = new HBox(6, number, spacer, priority(row.order().priority()));
    head.setAlignment(Pos.CENTER_LEFT);
    Label design = new Label(row.design());
    design.setWrapText(true);
    String customer = row.customer().isEmpty() ? "Stock" : row.customer();
    Label qty =
        new Label(
            customer
                + " \u00b7 "
                + row.order().quantity()
                + " pcs \u00b7 due "
                + row.order().dueDate());
    qty.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    qty.setWrapText(true);
    Label state = new Label(stateText(row.current()));
    state.setId("card-state-" + n);
    state.setWrapText(true);
    state.getStyleClass().add(Styles.TEXT_SMALL);
    if (row.current() != null && row.current().status() == StageStatus.BLOCKED) {
      state.getStyleClass().add(Styles.DANGER);
    }
    VBox form = new VBox(6);
    VBox card = new VBox(3, head, design, qty, state, actions(row, form), form);
    card.setPadding(new Insets(8));
    card.setStyle(CARD);
    card.setId("card-" + n);
    return card;
  }

  private Node actions(OrderRow row, VBox form) {
    String n = row.order().number();
    Set<StageEvent> moves = model.moves(row);
    HBox box = new HBox(6);
    String refusal = model.refusal(row);
    if (!refusal.isEmpty()) {
      Label why = new Label(refusal);
      why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
      why.setWrapText(true);
      box.getChildren().add(why);
      return box;
    }
    if (moves.contains(StageEvent.START)) {
      box.getChildren().add(button("Start", "start-" + n, Feather.PLAY, () -> model.start(row)));
    }
    if (moves.contains(StageEvent.UNBLOCK)) {
      box.getChildren()
          .add(button("Unblock", "unblock-" + n, Feather.UNLOCK, () -> model.unblock(row)));
    }
    if (moves.contains(StageEvent.FINISH)) {
      box.getChildren()
          .add(button("Finish", "finish-" + n, Feather.CHECK, () -> showFinish(row, form)));
    }
    if (moves.contains(StageEvent.BLOCK)) {
      box.getChildren()
          .add(button("Block", "block-" + n, Feather.PAUSE, () -> showBlock(row, form)));
    }
    return box;
  }

  private void showBlock(OrderRow row, VBox form) {
    String n = row.order().number();
    TextField reason = new TextField();
    reason.setId("reason-" + n);
    reason.setPromptText("Why? e.g. waiting for zips");
    Button confirm =
        button(
            "Block", "confirm-block-" + n, Feather.PAUSE, () -> model.block(row, reason.getText()));
    confirm.getStyleClass().add(Styles.DANGER);
    reason.setOnAction(e -> confirm.fire());
    Button cancel = button("Cancel", "cancel-" + n, Feather.X, () -> form.getChildren().clear());
    form.getChildren().setAll(reason, new HBox(6, confirm, cancel));
    reason.requestFocus();
  }

  private void showFinish(OrderRow row, VBox form) {
    String n = row.order().number();
    int already = row.current() == null ? 0 : row.current().quantityDone();
    TextField done = new TextField(String.valueOf(Math.max(already, row.order().quantity())));
    done.setId("done-" + n);
    done.setPrefColumnCount(4);
    TextField rejected = new TextField("0");
    rejected.setId("rejected-" + n);
    rejected.setPrefColumnCount(4);
    HBox quantities = new HBox(6, new Label("Done"), done, new Label("Rejected"), rejected);
    quantities.setAlignment(Pos.CENTER_LEFT);
    VBox consumes = new VBox(2);
    consumes.setId("consumes-" + n);
    Button confirm =
        button(
            "Confirm finish",
            "confirm-finish-" + n,
            Feather.CHECK,
            () -> model.finish(row, done.getText(), rejected.getText()));
    confirm.getStyleClass().add(Styles.SUCCESS);
    Button cancel = button("Cancel", "cancel-" + n, Feather.X, () -> form.getChildren().clear());
    form.getChildren().setAll(quantities, consumes, new HBox(6, confirm, cancel));
    model.previewFinish(
        row,
        lines -> {
          if (lines.isEmpty()) {
            return;
          }
          Label head = new Label("Finishing consumes from stock:");
          head.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
          consumes.getChildren().add(head);
          for (ShopFloorService.Consumption c : lines) {
            Label line =
                new Label(
                    "\u2022 "
                        + c.quantity()
                            .setScale(c.item().unit().decimals(), java.math.RoundingMode.HALF_UP)
                        + " "
                        + c.item().unit().symbol()
                        + " "
                        + c.item().sku());
            line.getStyleClass().add(Styles.TEXT_SMALL);
            consumes.getChildren().add(line);
          }
        });
    done.requestFocus();
  }

  private static Button button(String text, String id, Feather icon, Runnable action) {
    Button b = new Button(text, new FontIcon(icon));
    b.setId(id);
    b.getStyleClass().add(Styles.SMALL);
    b.setOnAction(e -> action.run());
    return b;
  }

  private static String stateText(ProductionStage stage) {
    if (stage == null) {
      return "All stages done";
    }
    String text = stage.name() + ": " + stage.status().label();
    if (stage.status() == StageStatus.BLOCKED && stage.notes() != null) {
      text += " \u2014 " + stage.notes();
    }
    return text;
  }

  private static Node priority(dev.bobbin.model.production.Priority p) {
    Label badge = new Label(p.name().toLowerCase(java.util.Locale.ROOT));
    badge.getStyleClass().add(Styles.TEXT_SMALL);
    String colour =
        switch (p) {
          case URGENT -> "-color-danger-emphasis";
          case HIGH -> "-color-warning-emphasis";
          case NORMAL -> "-color-accent-emphasis";
          case LOW -> "-color-neutral-emphasis";
        };
    badge.setStyle(
        "-fx-background-color: "
            + colour
            + "; -fx-text-fill: -color-fg-emphasis; -fx-background-radius: 4; -fx-padding: 0 5 0 5;");
    Tooltip.install(badge, new Tooltip("Priority"));
    return badge;
  }
}
