package dev.bobbin.desktop.inventory;

import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the inventory list: the search text, the matching rows and a one-line summary. Searches
 * run in the background; an answer that arrives after a newer search started is dropped, so fast
 * typing never shows stale rows.
 */
public final class InventoryViewModel {
  /** Rows shown at once; the summary tells when more match. */
  static final int PAGE_SIZE = 1000;

  private final ItemCatalog catalog;
  private final BackgroundTasks tasks;
  private final StringProperty query = new SimpleStringProperty(this, "query", "");
  private final ObservableList<ItemRow> rows = FXCollections.observableArrayList();
  private final ObservableList<ItemRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private long generation;

  public InventoryViewModel(ItemCatalog catalog, BackgroundTasks tasks) {
    this.catalog = catalog;
    this.tasks = tasks;
  }

  public StringProperty queryProperty() {
    return query;
  }

  public ObservableList<ItemRow> rows() {
    return readOnlyRows;
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** A sentence for the user when the last search failed; empty otherwise. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Runs the search for the current query. */
  public void refresh() {
    long mine = ++generation;
    String text = query.get() == null ? "" : query.get().trim();
    loading.set(true);
    tasks.run(
        () -> catalog.search(text, PAGE_SIZE),
        page -> {
          if (mine != generation) {
            return;
          }
          rows.setAll(page.rows());
          summary.set(summarise(page, text));
          error.set("");
          loading.set(false);
        },
        failure -> {
          if (mine != generation) {
            return;
          }
          error.set(FriendlyErrors.message(failure));
          loading.set(false);
        });
  }

  private static String summarise(ItemCatalog.Page page, String text) {
    NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.getDefault());
    String total = numbers.format(page.total());
    long low = page.rows().stream().filter(ItemRow::low).count();
    String what = page.total() == 1 ? " item" : " items";
    String shown =
        page.rows().size() < page.total()
            ? "Showing " + numbers.format(page.rows().size()) + " of " + total + what
            : total + what;
    if (!text.isEmpty()) {
      shown += " matching \u201c" + text + "\u201d";
    }
    return low == 0 ? shown : shown + " · " + low + " low on stock";
  }
}
