package dev.bobbin.desktop.conflicts;

import dev.bobbin.desktop.sync.ConflictCache;
import dev.bobbin.desktop.sync.SyncClient;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.sync.Conflict;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Conflicts inbox: the organisation's open conflicts with both values side by side, each kept
 * or restored in one click through the server (a restore is itself a normal synced change).
 */
public final class ConflictsViewModel {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());

  /** One conflict as the list shows it. */
  public record Row(
      Conflict conflict,
      String record,
      String field,
      String kept,
      String overwritten,
      String who) {}

  private final Supplier<Optional<SyncClient>> server;
  private final ConflictCache cache;
  private final Function<UUID, String> names;
  private final BackgroundTasks tasks;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  // Read-only views made once: a JavaFX read-only list hears its source through a weak
  // listener, so a view made per call (and its listeners) would vanish at the next GC.
  private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

  /**
   * @param server the server's API; empty while this device does not sync
   * @param cache the conflicts as last fetched, shown while the server cannot be reached
   * @param names a person's display name by user id
   */
  public ConflictsViewModel(
      Supplier<Optional<SyncClient>> server,
      ConflictCache cache,
      Function<UUID, String> names,
      BackgroundTasks tasks) {
    this.server = server;
    this.cache = cache;
    this.names = names;
    this.tasks = tasks;
  }

  public ObservableList<Row> rows() {
    return readOnlyRows;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /**
   * Loads the open conflicts from the server; offline, shows those last fetched on this device (to
   * be kept or restored once it is back online).
   */
  public void refresh() {
    Optional<SyncClient> client = server.get();
    busy.set(true);
    if (client.isEmpty()) {
      showKept("This device does not sync yet: conflicts appear once it syncs with a server.");
      return;
    }
    tasks.run(
        () -> fetchAndKeep(client.get()),
        this::show,
        failure -> showKept("Conflicts could not be loaded: " + FriendlyErrors.message(failure)));
  }

  private List<Conflict> fetchAndKeep(SyncClient client) {
    List<Conflict> open = client.conflicts();
    cache.store(open);
    return open;
  }

  private void showKept(String why) {
    tasks.run(
        cache::last,
        kept -> {
          busy.set(false);
          if (kept.isEmpty()) {
            rows.clear();
            message.set(why);
            return;
          }
          show(kept.get().conflicts());
          message.set(
              "Offline: the conflicts as of "
                  + WHEN.format(kept.get().fetchedAt())
                  + ". Keep or restore them once Bobbin is back online.");
        },
        failure -> {
          busy.set(false);
          message.set(why);
        });
  }

  /** Keeps the value that won. */
  public void keep(Row row) {
    resolve(row, "keep");
  }

  /** Writes the overwritten value back. */
  public void restore(Row row) {
    resolve(row, "restore");
  }

  private void resolve(Row row, String action) {
    Optional<SyncClient> client = server.get();
    if (client.isEmpty()) {
      return;
    }
    busy.set(true);
    tasks.run(
        () -> {
          client.get().resolve(row.conflict().id(), action);
          return fetchAndKeep(client.get());
        },
        this::show,
        failure -> {
          busy.set(false);
          message.set("The conflict could not be resolved: " + FriendlyErrors.message(failure));
        });
  }

  private void show(List<Conflict> open) {
    busy.set(false);
    rows.setAll(open.stream().filter(c -> !c.resolved()).map(this::row).toList());
    message.set(
        rows.isEmpty()
            ? "No open conflicts: every edit merged cleanly."
            : rows.size() + (rows.size() == 1 ? " open conflict" : " open conflicts"));
  }

  private Row row(Conflict c) {
    String record = c.entity().wireName().replace('_', ' ') + " " + shortId(c.entityId());
    boolean deleted = c.kind() == Conflict.Kind.EDIT_AFTER_DELETE;
    return new Row(
        c,
        record,
        deleted ? "(deleted)" : c.field(),
        deleted ? "deleted" : text(c.keptValue()),
        text(c.overwrittenValue()),
        name(c.keptBy()) + " over " + name(c.overwrittenBy()) + " · " + WHEN.format(c.at()));
  }

  private String name(UUID id) {
    return id == null ? "someone" : names.apply(id);
  }

  private static String shortId(UUID id) {
    return id.toString().substring(0, 8);
  }

  private static String text(Object value) {
    return value == null ? "(empty)" : String.valueOf(value);
  }
}
