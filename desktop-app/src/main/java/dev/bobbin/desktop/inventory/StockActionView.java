package dev.bobbin.desktop.inventory;

import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.ui.Forms;
import dev.bobbin.model.inventory.StockMovement;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The dialog of one stock action: quantity, reason, reference, note; Enter saves, Esc closes. */
final class StockActionView {
  private final VBox root;
  private final TextField quantity = new TextField();

  StockActionView(
      StockActionViewModel model,
      InventoryViewModel list,
      Consumer<StockMovement> saved,
      Runnable cancelled) {
    Label title = new Label();
    title.setId("stock-action-title");
    title.getStyleClass().add(Styles.TITLE_3);
    title
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> model.actionProperty().get().title() + " \u00b7 " + model.item().sku(),
                model.actionProperty()));
    Label balance =
        new Label(
            model.item().name()
                + " \u00b7 on hand now: "
                + Formats.quantity(model.balanceSeen(), model.item().unit()));
    balance.setId("stock-action-balance");
    balance.getStyleClass().add(Styles.TEXT_MUTED);

    ComboBox<StockAction> reason = new ComboBox<>();
    reason.getItems().setAll(StockAction.values());
    reason.valueProperty().bindBidirectional(model.actionProperty());
    reason.setButtonCell(actionCell());
    reason.setCellFactory(c -> actionCell());

    quantity.textProperty().bindBidirectional(model.quantityProperty());
    quantity.setPromptText(model.item().unit().symbol());
    TextField reference = new TextField();
    reference.textProperty().bindBidirectional(model.referenceProperty());
    reference.setPromptText("e.g. PO-1042 or an order number");
    reference.disableProperty().bind(model.actionProperty().isEqualTo(StockAction.COUNT));
    TextArea note = new TextArea();
    note.setPrefRowCount(2);
    note.setWrapText(true);
    note.textProperty().bindBidirectional(model.noteProperty());

    // The caption follows the action: "Quantity counted" for a count, and so on.
    Node quantityField =
        Forms.field(
            Bindings.createStringBinding(
                () ->
                    model.actionProperty().get().quantityLabel()
                        + " ("
                        + model.item().unit().symbol()
                        + ")",
                model.actionProperty()),
            quantity,
            model.quantityErrorProperty(),
            "stock-quantity");

    Label error = new Label();
    error.setId("stock-action-error");
    error.getStyleClass().add(Styles.DANGER);
    error.setWrapText(true);
    error.textProperty().bind(model.errorProperty());

    Button save = new Button("Record");
    save.setId("stock-action-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.setDefaultButton(true);
    save.disableProperty().bind(model.savingProperty());
    save.setOnAction(e -> model.save(saved));
    list.deniedReason(model.permission())
        .ifPresent(
            r -> {
              save.disableProperty().unbind();
              save.setDisable(true);
              save.setTooltip(new Tooltip(r));
            });
    Button cancel = new Button("Cancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> cancelled.run());
    HBox buttons = new HBox(8, cancel, save);
    buttons.setAlignment(Pos.CENTER_RIGHT);

    root =
        new VBox(
            10,
            title,
            balance,
            Forms.field("Reason", reason, "stock-reason"),
            quantityField,
            Forms.field("Reference", reference, model.referenceErrorProperty(), "stock-reference"),
            Forms.field("Note", note, model.noteErrorProperty(), "stock-note"),
            error,
            buttons);
    root.setPrefWidth(420);
    root.setId("stock-action-dialog");
  }

  Node root() {
    return root;
  }

  Node focusTarget() {
    return quantity;
  }

  private static ListCell<StockAction> actionCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(StockAction a, boolean empty) {
        super.updateItem(a, empty);
        setText(empty || a == null ? null : a.title() + " \u2013 " + a.purpose());
      }
    };
  }
}
