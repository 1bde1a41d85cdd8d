package dev.bobbin.desktop.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A dialog layer over a page: dims the page, shows one card in the middle, and closes on Esc. Being
 * part of the page's scene (not a separate window) it keeps keyboard focus where the user expects
 * it and is easy to drive in tests.
 */
public final class ModalLayer {
  private final StackPane root = new StackPane();
  private final StackPane layer = new StackPane();
  private Node focusBefore;
  private Runnable onClose = () -> {};

  public ModalLayer(Node page) {
    Region dim = new Region();
    dim.setStyle("-fx-background-color: rgba(0,0,0,0.35);");
    dim.setOnMouseClicked(e -> close());
    layer.getChildren().add(dim);
    layer.setVisible(false);
    layer.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            close();
          }
        });
    root.getChildren().addAll(page, layer);
  }

  public Node root() {
    return root;
  }

  public boolean isShowing() {
    return layer.isVisible();
  }

  /** Shows {@code content} as a card and focuses {@code focus}; a shown dialog is replaced. */
  public void show(Node content, Node focus, Runnable whenClosed) {
    if (!isShowing()) {
      focusBefore = root.getScene() == null ? null : root.getScene().getFocusOwner();
    }
    VBox card = new VBox(content);
    card.getStyleClass().add("modal-card");
    card.setStyle(
        "-fx-background-color: -color-bg-default; -fx-background-radius: 8;"
            + " -fx-border-color: -color-border-default; -fx-border-radius: 8;"
            + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.3), 24, 0, 0, 4);");
    card.setPadding(new Insets(20));
    card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    StackPane.setAlignment(card, Pos.CENTER);
    layer.getChildren().setAll(layer.getChildren().get(0), card);
    layer.setVisible(true);
    onClose = whenClosed;
    if (focus != null) {
      focus.requestFocus();
    }
  }

  /** Hides the dialog (if any) and gives focus back to where it was. */
  public void close() {
    if (!isShowing()) {
      return;
    }
    layer.setVisible(false);
    layer.getChildren().setAll(layer.getChildren().get(0));
    Runnable after = onClose;
    onClose = () -> {};
    if (focusBefore != null && focusBefore.getScene() != null) {
      focusBefore.requestFocus();
    }
    after.run();
  }
}
