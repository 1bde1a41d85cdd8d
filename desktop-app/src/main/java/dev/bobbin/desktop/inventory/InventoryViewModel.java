package dev.bobbin.desktop.inventory;

import dev.bobbin.desktop.store.PreferenceRepository;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the inventory list: search text and filters, the rows loaded so far (a page at a time,
 * more as the user scrolls), the summary, and what the signed-in user may do. Searches run in the
 * background; an answer that arrives after a newer search started is dropped, so fast typing never
 * shows stale rows.
 */
public final class InventoryViewModel {
  /** Rows fetched at once (two screens); scrolling near the end fetches the next page. */
  static final int PAGE_SIZE = 60;

  private final InventoryData data;
  private final BackgroundTasks tasks;
  private final StringProperty query = new SimpleStringProperty(this, "query", "");
  private final ObjectProperty<Category> category = new SimpleObjectProperty<>(this, "category");
  private final StringProperty location = new SimpleStringProperty(this, "location", "");
  private final BooleanProperty lowStockOnly = new SimpleBooleanProperty(this, "lowStockOnly");
  private final BooleanProperty includeArchived = new SimpleBooleanProperty(this, "archived");
  private final ObservableList<ItemRow> rows = FXCollections.observableArrayList();
  private final ObservableList<ItemRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<String> locations = FXCollections.observableArrayList();
  // Read-only views made once: a JavaFX read-only list hears its source through a weak
  // listener, so a view made per call (and its listeners) would vanish at the next GC.
  private final ObservableList<String> readOnlyLocations =
      FXCollections.unmodifiableObservableList(locations);
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private long generation;
  private long total;
  private boolean fetchingMore;

  public InventoryViewModel(InventoryData data, BackgroundTasks tasks) {
    this.data = data;
    this.tasks = tasks;
  }

  /**
   * Reads the column layout the user left (it follows them to other PCs) in the background; {@code
   * then} gets it, or empty when there is none.
   */
  public void loadColumnLayout(Consumer<Optional<String>> then) {
    Optional<UUID> user = data.currentUser().get().map(User::id);
    if (user.isEmpty()) {
      then.accept(Optional.empty());
      return;
    }
    tasks.run(
        () -> data.preferences().get(user.get(), PreferenceRepository.INVENTORY_COLUMNS),
        then,
        failure -> then.accept(Optional.empty()));
  }

  /** Keeps the table's column layout for the signed-in user. */
  public void saveColumnLayout(String layout) {
    data.currentUser()
        .get()
        .ifPresent(
            user ->
                tasks.run(
                    () -> {
                      data.preferences()
                          .put(user.id(), PreferenceRepository.INVENTORY_COLUMNS, layout);
                      return layout;
                    },
                    saved -> {},
                    failure -> {}));
  }

  public StringProperty queryProperty() {
    return query;
  }

  /** Only this category; {@code null} for all. */
  public ObjectProperty<Category> categoryProperty() {
    return category;
  }

  /** Only this location; empty for all. */
  public StringProperty locationProperty() {
    return location;
  }

  public BooleanProperty lowStockOnlyProperty() {
    return lowStockOnly;
  }

  public BooleanProperty includeArchivedProperty() {
    return includeArchived;
  }

  public ObservableList<ItemRow> rows() {
    return readOnlyRows;
  }

  /** The locations items are kept at, for the location filter. */
  public ObservableList<String> locations() {
    return readOnlyLocations;
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

  /** How many items match in all (the list holds only the pages loaded so far). */
  public long total() {
    return total;
  }

  /** Why the user may not do something, or empty when they may. */
  public Optional<String> deniedReason(Permission permission) {
    boolean allowed = data.currentUser().get().map(u -> u.can(permission)).orElse(false);
    if (allowed) {
      return Optional.empty();
    }
    String what =
        switch (permission) {
          case EDIT_ITEMS -> "edit items";
          case EDIT_PRICES -> "change prices";
          case COUNT_STOCK -> "count stock";
          default -> "record stock movements";
        };
    return Optional.of("Your role may not " + what + ". Ask a manager.");
  }

  /** The dialog state of a stock action on {@code row}. */
  public StockActionViewModel stockAction(ItemRow row, StockAction action) {
    return new StockActionViewModel(data.inventory(), tasks, row, action);
  }

  /** The editor of {@code item}, or of a new item (with a scanned {@code barcode}, maybe). */
  public ItemEditorViewModel editor(Optional<Item> item, String barcode) {
    return new ItemEditorViewModel(data.items(), tasks, data.currentUser().get(), item, barcode);
  }

  /** The state of the detail panel. */
  public ItemDetailViewModel detail() {
    return new ItemDetailViewModel(data, tasks);
  }

  /** Shows only items below their reorder point, as the dashboard's low-stock tile asks. */
  public void showLowStock() {
    query.set("");
    category.set(null);
    location.set("");
    includeArchived.set(false);
    lowStockOnly.set(true);
    refresh();
  }

  /** Shows the items matching {@code text} with no other filter (an Ask Bobbin answer's link). */
  public void showSearch(String text) {
    query.set(text);
    category.set(null);
    location.set("");
    includeArchived.set(false);
    lowStockOnly.set(false);
    refresh();
  }

  /** Loads the locations for the filter. */
  public void loadLocations() {
    tasks.run(() -> data.items().locations(), locations::setAll, failure -> {});
  }

  /** Runs the search for the current query and filters, from the first page. */
  public void refresh() {
    long mine = ++generation;
    fetchingMore = false;
    String text = text();
    ItemFilter filter = filter();
    loading.set(true);
    tasks.run(
        () ->
            data.store()
                .inTransaction(
                    s ->
                        new Page(
                            data.items().search(text, filter, 0, PAGE_SIZE),
                            data.items().count(text, filter))),
        page -> {
          if (mine != generation) {
            return;
          }
          total = page.total();
          rows.setAll(page.rows());
          summary.set(summarise(text));
          error.set("");
          loading.set(false);
        },
        failure -> failed(mine, failure));
  }

  /** Fetches the next page when more items match than are loaded (the table calls this). */
  public void loadMore() {
    if (fetchingMore || loading.get() || rows.size() >= total) {
      return;
    }
    fetchingMore = true;
    long mine = generation;
    int offset = rows.size();
    String text = text();
    ItemFilter filter = filter();
    tasks.run(
        () -> data.items().search(text, filter, offset, PAGE_SIZE),
        page -> {
          if (mine != generation) {
            return;
          }
          fetchingMore = false;
          rows.addAll(page);
          summary.set(summarise(text));
        },
        failure -> {
          fetchingMore = false;
          failed(mine, failure);
        });
  }

  /** Re-reads one row (after a movement or an edit) in place. */
  public void reload(UUID itemId) {
    long mine = generation;
    tasks.run(
        () -> data.items().row(itemId),
        found -> {
          if (mine != generation) {
            return;
          }
          for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).item().id().equals(itemId)) {
              int index = i;
              found.ifPresentOrElse(r -> rows.set(index, r), () -> rows.remove(index));
              return;
            }
          }
          found.ifPresent(r -> rows.add(0, r));
        },
        failure -> failed(mine, failure));
  }

  /**
   * Looks up a scanned code (a label's item link, a barcode or a SKU): {@code found} gets the
   * item's row, {@code unknown} the code when no item has it.
   */
  public void scan(String code, Consumer<ItemRow> found, Consumer<String> unknown) {
    String trimmed = code.trim();
    tasks.run(
        () -> data.items().findByScan(trimmed).flatMap(i -> data.items().row(i.id())),
        row -> row.ifPresentOrElse(found, () -> unknown.accept(trimmed)),
        failure -> error.set(FriendlyErrors.message(failure)));
  }

  private void failed(long mine, Throwable failure) {
    if (mine != generation) {
      return;
    }
    error.set(FriendlyErrors.message(failure));
    loading.set(false);
  }

  private String text() {
    return query.get() == null ? "" : query.get().trim();
  }

  ItemFilter filter() {
    ItemFilter filter = ItemFilter.all();
    if (category.get() != null) {
      filter = filter.inCategories(Set.of(category.get()));
    }
    if (location.get() != null && !location.get().isBlank()) {
      filter = filter.atLocation(location.get());
    }
    if (lowStockOnly.get()) {
      filter = filter.onlyLowStock();
    }
    if (includeArchived.get()) {
      filter = filter.withArchived();
    }
    return filter;
  }

  private String summarise(String text) {
    NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.getDefault());
    String what = total == 1 ? " item" : " items";
    String shown =
        rows.size() < total
            ? "Showing " + numbers.format(rows.size()) + " of " + numbers.format(total) + what
            : numbers.format(total) + what;
    if (!text.isEmpty()) {
      shown += " matching \u201c" + text + "\u201d";
    }
    if (lowStockOnly.get()) {
      shown += " · low on stock";
    }
    long low = rows.stream().filter(ItemRow::low).count();
    return low == 0 || lowStockOnly.get() ? shown : shown + " · " + low + " low on stock";
  }

  private record Page(List<ItemRow> rows, long total) {}
}
