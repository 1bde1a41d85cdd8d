package dev.bobbin.desktop.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's state: which section shows, the theme, the start section, and what the status bar
 * says.
 */
public final class ShellModel {
  private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.INVENTORY);
  private final BooleanProperty dark = new SimpleBooleanProperty(false);
  private final ObjectProperty<Section> start = new SimpleObjectProperty<>(Section.INVENTORY);
  private final ReadOnlyStringWrapper syncStatus =
      new ReadOnlyStringWrapper("Working offline · sync not set up");
  private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");

  public ObjectProperty<Section> sectionProperty() {
    return section;
  }

  public void open(Section target) {
    section.set(target);
  }

  /** The section the window opens on, the user's choice (Settings). */
  public ObjectProperty<Section> startProperty() {
    return start;
  }

  public BooleanProperty darkProperty() {
    return dark;
  }

  public ReadOnlyStringProperty syncStatusProperty() {
    return syncStatus.getReadOnlyProperty();
  }

  public void showSyncStatus(String text) {
    syncStatus.set(text);
  }

  /** Where the data lives, for the status bar (helps support find the right folder). */
  public ReadOnlyStringProperty locationProperty() {
    return location.getReadOnlyProperty();
  }

  public void showLocation(String text) {
    location.set(text);
  }
}
