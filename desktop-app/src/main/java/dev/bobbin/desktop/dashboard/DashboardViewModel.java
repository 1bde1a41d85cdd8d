package dev.bobbin.desktop.dashboard;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.production.DueFilter;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import java.time.Clock;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;

/**
 * The dashboard's state: low stock with reorder advice, work in progress, orders due and overdue,
 * recent movements, two charts' figures, and the sync state. {@link #refresh} re-reads it all; a
 * sync that brings changes calls it, so nobody needs a refresh button.
 */
public final class DashboardViewModel {
  private final LocalData data;
  private final BackgroundTasks tasks;
  private final Clock clock;
  private final DashboardLinks links;
  private final ObservableStringValue syncStatus;
  private final ReadOnlyObjectWrapper<DashboardData> content =
      new ReadOnlyObjectWrapper<>(this, "content");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private long generation;

  public DashboardViewModel(
      LocalData data,
      BackgroundTasks tasks,
      Clock clock,
      DashboardLinks links,
      ObservableStringValue syncStatus) {
    this.data = data;
    this.tasks = tasks;
    this.clock = clock;
    this.links = links;
    this.syncStatus = syncStatus;
  }

  ReadOnlyObjectProperty<DashboardData> contentProperty() {
    return content.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** What the status bar says about sync. */
  public ObservableStringValue syncStatus() {
    return syncStatus;
  }

  /** Re-reads everything in the background; safe to call often (a newer read wins). */
  public void refresh() {
    long mine = ++generation;
    loading.set(true);
    tasks.run(
        () -> DashboardData.read(data, clock),
        read -> {
          if (mine == generation) {
            content.set(read);
            error.set("");
            loading.set(false);
          }
        },
        failure -> {
          if (mine == generation) {
            error.set(FriendlyErrors.message(failure));
            loading.set(false);
          }
        });
  }

  public void openLowStock() {
    links.openLowStock();
  }

  public void openInventory() {
    links.openInventory();
  }

  public void openBoard() {
    links.openBoard();
  }

  public void openOrders(DueFilter due) {
    links.openOrders(due);
  }

  /** How many items are low in all, once loaded. */
  public long lowStockCount() {
    DashboardData d = content.get();
    return d == null ? 0 : d.lowStockTotal();
  }
}
