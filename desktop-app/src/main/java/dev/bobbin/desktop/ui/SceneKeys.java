package dev.bobbin.desktop.ui;

import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * Key handling for a page that must see keys wherever focus is in the window (shortcuts, a barcode
 * scanner): the filter sits on the scene while the page is part of it.
 */
public final class SceneKeys {
  private SceneKeys() {}

  public static void whileShowing(
      Node page, EventType<KeyEvent> type, EventHandler<? super KeyEvent> filter) {
    page.sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (old != null) {
                old.removeEventFilter(type, filter);
              }
              if (scene != null) {
                scene.addEventFilter(type, filter);
              }
            });
    Scene scene = page.getScene();
    if (scene != null) {
      scene.addEventFilter(type, filter);
    }
  }
}
