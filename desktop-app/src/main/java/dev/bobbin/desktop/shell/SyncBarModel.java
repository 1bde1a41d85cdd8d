package dev.bobbin.desktop.shell;

import dev.bobbin.desktop.sync.RejectedChange;
import dev.bobbin.desktop.sync.SyncEngine;
import dev.bobbin.desktop.sync.SyncStatus;
import dev.bobbin.desktop.ui.BackgroundTasks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's view of sync: a live summary ("Synced", "Offline · 3 changes waiting"), a
 * tooltip with the details, "Sync now", and the changes the server refused (shown as toasts).
 */
public final class SyncBarModel {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private final BackgroundTasks tasks;
  private final ReadOnlyStringWrapper summary =
      new ReadOnlyStringWrapper("Working offline · sync not set up");
  private final ReadOnlyObjectWrapper<SyncStatus> status = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("Sync is not set up.");
  private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyLongWrapper pulled = new ReadOnlyLongWrapper();
  private final AtomicLong lastPage = new AtomicLong();
  private volatile Optional<SyncEngine> engine = Optional.empty();
  private Consumer<RejectedChange> onRejected = r -> {};

  public SyncBarModel(BackgroundTasks tasks) {
    this.tasks = tasks;
  }

  /** Follows {@code running} from now on; events arrive on the UI thread. */
  public void attach(SyncEngine running) {
    engine = Optional.of(running);
    available.set(true);
    show(running.status());
    // The cursor moves page by page; screens hear it once per run (with the run's status), not
    // once per page of a long first pull.
    running.addPageListener(lastPage::set);
    running.addStatusListener(
        s -> {
          long cursor = lastPage.get();
          tasks.onUiThread(
              () -> {
                show(s);
                pulled.set(cursor);
              });
        });
    running.addRejectionListener(r -> tasks.onUiThread(() -> onRejected.accept(r)));
  }

  /** Who hears rejected changes (the toast layer). */
  public void onRejected(Consumer<RejectedChange> listener) {
    onRejected = listener;
  }

  /** Runs a sync now; set-aside changes get another chance. */
  public void syncNow() {
    engine.ifPresent(
        e ->
            tasks.run(
                () -> {
                  e.syncNow();
                  return null;
                },
                ok -> {},
                failure -> {}));
  }

  /**
   * The server version the local data has reached (0 until the first run after {@link #attach}); it
   * moves at most once per sync run, when its pull stored changes, so screens that show shared data
   * re-read themselves.
   */
  public ReadOnlyLongProperty pulledProperty() {
    return pulled.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** One line for the status bar, e.g. "Synced". */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** The running engine, once attached. */
  public Optional<SyncEngine> engine() {
    return engine;
  }

  public ReadOnlyStringProperty detailsProperty() {
    return details.getReadOnlyProperty();
  }

  /** Whether there is an engine to run ("Sync now" is offered). */
  public ReadOnlyBooleanProperty availableProperty() {
    return available.getReadOnlyProperty();
  }

  private void show(SyncStatus s) {
    status.set(s);
    summary.set(s.summary());
    StringBuilder text = new StringBuilder(s.online() ? "Online" : "Not connected");
    text.append(
        s.lastSynced() == null
            ? " · never synced"
            : " · last synced " + TIME.format(s.lastSynced()));
    text.append(" · ").append(s.pending()).append(" pending");
    if (s.setAside() > 0) {
      text.append(" · ").append(s.setAside()).append(" set aside (see Conflicts › Outbox)");
    }
    s.error().ifPresent(e -> text.append('\n').append(e));
    details.set(text.toString());
  }
}
