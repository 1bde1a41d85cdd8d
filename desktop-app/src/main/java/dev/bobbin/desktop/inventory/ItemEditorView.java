package dev.bobbin.desktop.inventory;

import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.ui.Forms;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The item editor dialog: every field with its message underneath; Enter saves, Esc closes. */
final class ItemEditorView {
  private final VBox root;
  private final TextField first;

  ItemEditorView(ItemEditorViewModel model, Consumer<Item> saved, Runnable cancelled) {
    Label title = new Label(model.title());
    title.getStyleClass().add(Styles.TITLE_3);
    title.setId("item-editor-title");

    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(6);
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    half.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(half, half);

    first = text(model, "sku");
    ComboBox<Category> category = new ComboBox<>();
    category.getItems().setAll(Category.values());
    category.valueProperty().bindBidirectional(model.categoryProperty());
    ComboBox<Unit> unit = new ComboBox<>();
    unit.getItems().setAll(Unit.values());
    unit.valueProperty().bindBidirectional(model.unitProperty());
    TextField cost = text(model, "unitCost");
    CheckBox archived = new CheckBox("Archived (hidden from lists, history kept)");
    archived.selectedProperty().bindBidirectional(model.archivedProperty());

    grid.add(field(model, "sku", first), 0, 0);
    grid.add(field(model, "name", text(model, "name")), 1, 0);
    grid.add(field(model, "category", category), 0, 1);
    grid.add(field(model, "unit", unit), 1, 1);
    grid.add(field(model, "colourName", text(model, "colourName")), 0, 2);
    grid.add(field(model, "colourHex", text(model, "colourHex")), 1, 2);
    grid.add(field(model, "size", text(model, "size")), 0, 3);
    grid.add(field(model, "location", text(model, "location")), 1, 3);
    Node costField = field(model, "unitCost", cost);
    grid.add(costField, 0, 4);
    grid.add(field(model, "barcode", text(model, "barcode")), 1, 4);
    grid.add(field(model, "reorderPoint", text(model, "reorderPoint")), 0, 5);
    grid.add(field(model, "reorderQuantity", text(model, "reorderQuantity")), 1, 5);
    grid.add(archived, 0, 6, 2, 1);

    // Role-aware: fields the user may not change are shown but locked, with the reason.
    if (!model.canEditItems()) {
      for (Node n : grid.getChildren()) {
        if (n != costField) {
          n.setDisable(true);
        }
      }
      Tooltip.install(grid, new Tooltip("Your role may not edit items. Ask a manager."));
    }
    if (!model.canEditPrices()) {
      cost.setDisable(true);
      cost.setTooltip(new Tooltip("Your role may not change prices."));
    }

    Label error = new Label();
    error.setId("item-editor-error");
    error.getStyleClass().add(Styles.DANGER);
    error.setWrapText(true);
    error.textProperty().bind(model.errorProperty());

    Button save = new Button(model.isNew() ? "Create item" : "Save");
    save.setId("item-editor-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.setDefaultButton(true);
    save.setDisable(!model.canSave());
    if (model.canSave()) {
      save.disableProperty().bind(model.savingProperty());
    }
    save.setOnAction(e -> model.save(saved));
    Button cancel = new Button("Cancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> cancelled.run());
    HBox buttons = new HBox(8, cancel, save);
    buttons.setAlignment(Pos.CENTER_RIGHT);

    root = new VBox(12, title, grid, error, buttons);
    root.setPrefWidth(560);
    root.setId("item-editor");
  }

  Node root() {
    return root;
  }

  Node focusTarget() {
    return first;
  }

  private static TextField text(ItemEditorViewModel model, String field) {
    TextField text = new TextField();
    text.textProperty().bindBidirectional(model.field(field));
    return text;
  }

  private static Node field(
      ItemEditorViewModel model, String name, javafx.scene.control.Control control) {
    String caption = ItemEditorViewModel.label(name);
    if (name.equals("unitCost")) {
      caption += " (" + model.currency() + ")";
    }
    return Forms.field(caption, control, model.errorOf(name), "item-" + name);
  }
}
