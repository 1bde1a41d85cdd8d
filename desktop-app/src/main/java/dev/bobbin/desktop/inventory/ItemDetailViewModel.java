package dev.bobbin.desktop.inventory;

import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.inventory.StockLedger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One item in detail: its row (on hand, reserved, available) and its ledger, newest line first,
 * each with the balance after it.
 */
public final class ItemDetailViewModel {
  private final InventoryData data;
  private final BackgroundTasks tasks;
  private final ReadOnlyObjectWrapper<ItemRow> row = new ReadOnlyObjectWrapper<>(this, "row");
  private final ObservableList<StockLedger.Line> lines = FXCollections.observableArrayList();
  // Read-only views made once: a JavaFX read-only list hears its source through a weak
  // listener, so a view made per call (and its listeners) would vanish at the next GC.
  private final ObservableList<StockLedger.Line> readOnlyLines =
      FXCollections.unmodifiableObservableList(lines);
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private long generation;

  public ItemDetailViewModel(InventoryData data, BackgroundTasks tasks) {
    this.data = data;
    this.tasks = tasks;
  }

  /** The item shown, with its balances; {@code null} before the first load. */
  public ReadOnlyObjectProperty<ItemRow> rowProperty() {
    return row.getReadOnlyProperty();
  }

  /** The ledger, newest first. */
  public ObservableList<StockLedger.Line> lines() {
    return readOnlyLines;
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Loads (or reloads) {@code itemId}'s balances and history. */
  public void load(UUID itemId) {
    long mine = ++generation;
    loading.set(true);
    tasks.run(
        () -> data.store().inTransaction(s -> read(itemId)),
        detail -> {
          if (mine != generation) {
            return;
          }
          loading.set(false);
          error.set("");
          detail.row().ifPresent(row::set);
          lines.setAll(detail.lines());
        },
        failure -> {
          if (mine != generation) {
            return;
          }
          loading.set(false);
          error.set(FriendlyErrors.message(failure));
        });
  }

  private Detail read(UUID itemId) {
    List<StockLedger.Line> history = new ArrayList<>(data.movements().history(itemId));
    Collections.reverse(history);
    return new Detail(data.items().row(itemId), history);
  }

  private record Detail(Optional<ItemRow> row, List<StockLedger.Line> lines) {}
}
