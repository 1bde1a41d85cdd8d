package dev.bobbin.desktop.inventory;

import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.StockMovement;
import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One stock action on one item: the quantity, reason and note the user enters, a message next to
 * each field that is wrong, and {@link #save} which records the ledger line. A count records the
 * difference to the balance the user was shown when the dialog opened.
 */
public final class StockActionViewModel {
  private final InventoryService inventory;
  private final BackgroundTasks tasks;
  private final ItemRow row;
  private final ObjectProperty<StockAction> action;
  private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
  private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
  private final StringProperty note = new SimpleStringProperty(this, "note", "");
  private final ReadOnlyStringWrapper quantityError = new ReadOnlyStringWrapper(this, "qe", "");
  private final ReadOnlyStringWrapper referenceError = new ReadOnlyStringWrapper(this, "re", "");
  private final ReadOnlyStringWrapper noteError = new ReadOnlyStringWrapper(this, "ne", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

  public StockActionViewModel(
      InventoryService inventory, BackgroundTasks tasks, ItemRow row, StockAction action) {
    this.inventory = inventory;
    this.tasks = tasks;
    this.row = row;
    this.action = new SimpleObjectProperty<>(this, "action", action);
  }

  public Item item() {
    return row.item();
  }

  /** The balance the user sees now; a count is recorded against it. */
  public BigDecimal balanceSeen() {
    return row.onHand();
  }

  /** The permission the current action needs. */
  public Permission permission() {
    return action.get() == StockAction.COUNT
        ? Permission.COUNT_STOCK
        : Permission.RECORD_STOCK_MOVEMENTS;
  }

  public ObjectProperty<StockAction> actionProperty() {
    return action;
  }

  public StringProperty quantityProperty() {
    return quantity;
  }

  public StringProperty referenceProperty() {
    return reference;
  }

  public StringProperty noteProperty() {
    return note;
  }

  public ReadOnlyStringProperty quantityErrorProperty() {
    return quantityError.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty referenceErrorProperty() {
    return referenceError.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty noteErrorProperty() {
    return noteError.getReadOnlyProperty();
  }

  /** A failure that belongs to no field. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty savingProperty() {
    return saving.getReadOnlyProperty();
  }

  /** Checks the entries and records the line; {@code done} gets it once it is saved. */
  public void save(Consumer<StockMovement> done) {
    clearErrors();
    StockAction act = action.get();
    BigDecimal amount = parse(quantity.get());
    if (amount == null) {
      quantityError.set("Enter a number, e.g. 12 or 2.5");
      return;
    }
    if (act.takesStock() || act == StockAction.RECEIVE) {
      if (amount.signum() <= 0) {
        quantityError.set("Enter a quantity above zero");
        return;
      }
    } else if (act == StockAction.COUNT && amount.signum() < 0) {
      quantityError.set("A count cannot be below zero");
      return;
    } else if (act == StockAction.ADJUST && amount.signum() == 0) {
      quantityError.set("An adjustment cannot be zero");
      return;
    }
    BigDecimal signed = act.takesStock() ? amount.negate() : amount;
    String ref = blankToNull(reference.get());
    String text = blankToNull(note.get());
    BigDecimal seen = row.onHand();
    saving.set(true);
    tasks.run(
        () ->
            act == StockAction.COUNT
                ? inventory.count(row.item().id(), amount, seen, text)
                : inventory.recordNew(row.item().id(), signed, act.reason(), ref, text),
        movement -> {
          saving.set(false);
          done.accept(movement);
        },
        failure -> {
          saving.set(false);
          show(failure);
        });
  }

  private void show(Throwable failure) {
    if (failure instanceof ValidationException v) {
      for (Violation violation : v.violations()) {
        switch (violation.field()) {
          case "quantity", "countedQuantity" -> quantityError.set(sentence("Quantity", violation));
          case "reference" -> referenceError.set(sentence("Reference", violation));
          case "note" -> noteError.set(sentence("Note", violation));
          default -> error.set(FriendlyErrors.message(failure));
        }
      }
    } else {
      error.set(FriendlyErrors.message(failure));
    }
  }

  private static String sentence(String field, Violation violation) {
    return field + " " + violation.message();
  }

  private void clearErrors() {
    quantityError.set("");
    referenceError.set("");
    noteError.set("");
    error.set("");
  }

  static BigDecimal parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.trim().replace(',', '.').replace('\u2212', '-'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
