package dev.bobbin.desktop.auth;

import dev.bobbin.desktop.ui.BackgroundTasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The floor terminal's "Switch user": the people who set a PIN on this PC, and a PIN pad. The PIN
 * is checked locally (no network), with the throttle of {@link Session#switchTo}.
 */
public final class SwitchUserViewModel {
  private static final int MAX_DIGITS = 8;

  private final SessionModel model;
  private final BackgroundTasks tasks;
  private final ObservableList<Identity> people = FXCollections.observableArrayList();
  private final ObjectProperty<Identity> selected = new SimpleObjectProperty<>();
  private final StringProperty pin = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper switched = new ReadOnlyBooleanWrapper();

  public SwitchUserViewModel(SessionModel model, BackgroundTasks tasks) {
    this.model = model;
    this.tasks = tasks;
    selected.addListener(
        (obs, old, now) -> {
          pin.set("");
          error.set("");
        });
  }

  /** Reads the people of this PC again and clears the pad (the dialog opens). */
  public void reload() {
    people.setAll(model.session().switchableUsers());
    selected.set(people.isEmpty() ? null : people.get(0));
    pin.set("");
    error.set("");
    switched.set(false);
  }

  public void pressDigit(int digit) {
    if (digit < 0 || digit > 9 || pin.get().length() >= MAX_DIGITS) {
      return;
    }
    pin.set(pin.get() + digit);
  }

  public void backspace() {
    String now = pin.get();
    pin.set(now.isEmpty() ? now : now.substring(0, now.length() - 1));
  }

  /** Checks the PIN of the selected person and, when right, makes them the one working here. */
  public void submit() {
    Identity who = selected.get();
    if (who == null || busy.get()) {
      return;
    }
    String typed = pin.get();
    busy.set(true);
    error.set("");
    tasks.run(
        () -> model.session().switchTo(who.userId(), typed),
        identity -> {
          busy.set(false);
          pin.set("");
          model.refresh();
          switched.set(true);
        },
        failure -> {
          busy.set(false);
          pin.set("");
          error.set(AccountErrors.message(failure));
        });
  }

  public ObservableList<Identity> people() {
    return people;
  }

  public ObjectProperty<Identity> selectedProperty() {
    return selected;
  }

  /** The digits typed so far (the view shows dots). */
  public StringProperty pinProperty() {
    return pin;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Becomes true when the switch succeeded (the dialog closes). */
  public ReadOnlyBooleanProperty switchedProperty() {
    return switched.getReadOnlyProperty();
  }

  /** Whether "Switch user" is offered at all: on floor terminals. */
  public ReadOnlyBooleanProperty availableProperty() {
    return model.floorTerminalProperty();
  }

  /** Who is signed in, for the status bar. */
  public javafx.beans.property.ReadOnlyObjectProperty<Identity> identityProperty() {
    return model.identityProperty();
  }
}
