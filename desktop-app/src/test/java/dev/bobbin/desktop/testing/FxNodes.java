package dev.bobbin.desktop.testing;

import javafx.scene.Node;

/** Helpers for finding what a user actually sees. */
public final class FxNodes {
  private FxNodes() {}

  /** Visible with all its parents (a table keeps a hidden row around for measuring). */
  public static boolean shown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }
}
