package dev.bobbin.desktop.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Form rows: a label, the control, and the message about it right underneath. */
public final class Forms {
  private static final ObservableStringValue NO_ERROR = new ReadOnlyStringWrapper("");

  private Forms() {}

  /** A labelled control that cannot be wrong (a choice from a list). */
  public static Node field(String label, Control control, String id) {
    return field(label, control, NO_ERROR, id);
  }

  /**
   * A labelled field whose error message (empty when fine) shows under it; the message label's id
   * is {@code <id>-error} so tests and screen readers find it.
   */
  public static Node field(String label, Control control, ObservableStringValue error, String id) {
    return field(new ReadOnlyStringWrapper(label), control, error, id);
  }

  /** A field whose label changes, e.g. with the action a dialog records. */
  public static Node field(
      ObservableStringValue label, Control control, ObservableStringValue error, String id) {
    Label caption = new Label();
    caption.textProperty().bind(label);
    caption.setLabelFor(control);
    caption.getStyleClass().add(Styles.TEXT_SMALL);
    control.setId(id);
    control.setMaxWidth(Double.MAX_VALUE);
    Label message = new Label();
    message.setId(id + "-error");
    message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
    message.setWrapText(true);
    message.textProperty().bind(error);
    message.managedProperty().bind(message.visibleProperty());
    message.visibleProperty().bind(message.textProperty().isNotEmpty());
    error.addListener(
        (obs, old, text) ->
            control.pseudoClassStateChanged(Styles.STATE_DANGER, text != null && !text.isEmpty()));
    return new VBox(2, caption, control, message);
  }
}
