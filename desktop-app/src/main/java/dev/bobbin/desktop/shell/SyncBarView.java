package dev.bobbin.desktop.shell;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.sync.RejectedChange;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Sync now" in the status bar, and toasts over the window for changes the server refused. */
public final class SyncBarView {
  private final Button syncNow = new Button("Sync now", new FontIcon(Feather.REFRESH_CW));
  private final VBox toasts = new VBox(8);

  public SyncBarView(SyncBarModel model) {
    syncNow.setId("sync-now");
    syncNow.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    syncNow.visibleProperty().bind(model.availableProperty());
    syncNow.managedProperty().bind(model.availableProperty());
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(model.detailsProperty());
    syncNow.setTooltip(tip);
    syncNow.setOnAction(e -> model.syncNow());
    toasts.setAlignment(Pos.TOP_RIGHT);
    toasts.setPadding(new Insets(16));
    toasts.setPickOnBounds(false);
    toasts.setMaxWidth(420);
    StackPane.setAlignment(toasts, Pos.TOP_RIGHT);
    model.onRejected(this::toast);
  }

  /** The status bar item. */
  public Node button() {
    return syncNow;
  }

  /** The layer to stack over the window's content. */
  public Node toastLayer() {
    return toasts;
  }

  private void toast(RejectedChange rejected) {
    Notification note = new Notification(rejected.message(), new FontIcon(Feather.ALERT_TRIANGLE));
    note.getStyleClass().addAll(Styles.WARNING, Styles.ELEVATED_1);
    note.setId("rejected-toast");
    note.setPrefWidth(400);
    note.setMaxHeight(120);
    note.setOnClose(e -> toasts.getChildren().remove(note));
    toasts.getChildren().add(note);
    PauseTransition linger = new PauseTransition(Duration.seconds(12));
    linger.setOnFinished(e -> toasts.getChildren().remove(note));
    linger.play();
  }
}
