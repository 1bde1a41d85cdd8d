package dev.bobbin.desktop.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The keyboard shortcuts overlay, opened with F1 or "?" anywhere in the window. */
public final class ShortcutHelp {
  /** Every shortcut and what it does, in the order the overlay lists them. */
  public static final List<List<String>> SHORTCUTS =
      List.of(
          List.of("Ctrl+K", "Ask Bobbin: stock, orders, quotes, or where to go"),
          List.of("Ctrl+F", "Search the list on screen"),
          List.of("Ctrl+N", "New item (Inventory) or customer (Customers)"),
          List.of("Esc", "Close the dialog"),
          List.of("Enter", "Save the dialog"),
          List.of(
              "Alt+R / Alt+O / Alt+A / Alt+T / Alt+S", "Receive, consume, adjust, count, scrap"),
          List.of("Alt+E", "Edit the selected item"),
          List.of("Scan a barcode", "Finds the item and opens its stock dialog (Inventory)"),
          List.of("F1 or ?", "This list"));

  private final ModalLayer layer;

  private ShortcutHelp(ModalLayer layer) {
    this.layer = layer;
  }

  /** Wraps {@code window} so F1 or "?" shows the shortcuts over it. */
  public static Node around(Node window) {
    ModalLayer layer = new ModalLayer(window);
    ShortcutHelp help = new ShortcutHelp(layer);
    SceneKeys.whileShowing(
        layer.root(),
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.F1) {
            e.consume();
            help.show();
          }
        });
    SceneKeys.whileShowing(
        layer.root(),
        KeyEvent.KEY_TYPED,
        e -> {
          boolean typing =
              layer.root().getScene() != null
                  && layer.root().getScene().getFocusOwner() instanceof TextInputControl;
          if ("?".equals(e.getCharacter()) && !typing) {
            e.consume();
            help.show();
          }
        });
    return layer.root();
  }

  private void show() {
    if (layer.isShowing()) {
      return;
    }
    Label title = new Label("Keyboard shortcuts");
    title.getStyleClass().add(Styles.TITLE_3);
    GridPane grid = new GridPane();
    grid.setHgap(24);
    grid.setVgap(6);
    for (int i = 0; i < SHORTCUTS.size(); i++) {
      Label keys = new Label(SHORTCUTS.get(i).get(0));
      keys.getStyleClass().add(Styles.TEXT_BOLD);
      grid.add(keys, 0, i);
      grid.add(new Label(SHORTCUTS.get(i).get(1)), 1, i);
    }
    Button close = new Button("Close");
    close.setCancelButton(true);
    close.setOnAction(e -> layer.close());
    VBox box = new VBox(12, title, grid, close);
    box.setPadding(new Insets(4));
    box.setId("shortcut-help");
    layer.show(box, close, () -> {});
  }
}
