package dev.bobbin.desktop.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Plain dialogs with a user-facing sentence, never a stack trace. */
public final class Dialogs {
  private Dialogs() {}

  public static void showError(Window owner, String header, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
    alert.initOwner(owner);
    alert.setTitle("Bobbin");
    alert.setHeaderText(header);
    alert.showAndWait();
  }
}
