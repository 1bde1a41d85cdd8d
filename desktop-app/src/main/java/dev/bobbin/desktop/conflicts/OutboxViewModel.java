package dev.bobbin.desktop.conflicts;

import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.OutboxEntry;
import dev.bobbin.desktop.store.OutboxStatus;
import dev.bobbin.desktop.sync.OutboxExport;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The outbox view: every change not yet on the server, since when and why, and its export. */
public final class OutboxViewModel {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss").withZone(ZoneId.systemDefault());

  /** One waiting change as the list shows it. */
  public record Row(OutboxEntry entry, String what, String since, String why) {}

  private final Outbox outbox;
  private final BackgroundTasks tasks;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  // Read-only views made once: a JavaFX read-only list hears its source through a weak
  // listener, so a view made per call (and its listeners) would vanish at the next GC.
  private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  public OutboxViewModel(Outbox outbox, BackgroundTasks tasks) {
    this.outbox = outbox;
    this.tasks = tasks;
  }

  public ObservableList<Row> rows() {
    return readOnlyRows;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public void refresh() {
    tasks.run(outbox::all, this::show, f -> message.set(FriendlyErrors.message(f)));
  }

  /** Writes every waiting change to {@code file} as JSON. */
  public void export(Path file) {
    tasks.run(
        () -> {
          List<OutboxEntry> all = outbox.all();
          new OutboxExport().write(all, file);
          return all.size();
        },
        n -> message.set(n + " changes exported to " + file),
        f -> message.set("The export failed: " + FriendlyErrors.message(f)));
  }

  /** Puts set-aside changes back in line for the next sync. */
  public void retrySetAside() {
    tasks.run(
        () -> {
          outbox.retrySetAside();
          return outbox.all();
        },
        this::show,
        f -> message.set(FriendlyErrors.message(f)));
  }

  private void show(List<OutboxEntry> entries) {
    rows.setAll(entries.stream().map(OutboxViewModel::row).toList());
    message.set(
        entries.isEmpty()
            ? "Nothing waiting: every change is on the server."
            : entries.size() + " changes waiting for the server");
  }

  private static Row row(OutboxEntry e) {
    String what =
        e.kind().name().toLowerCase(java.util.Locale.ROOT)
            + " "
            + e.entity().wireName().replace('_', ' ')
            + " "
            + e.entityId().toString().substring(0, 8);
    String why =
        e.status() == OutboxStatus.SET_ASIDE
            ? "Set aside after " + e.attempts() + " failed attempts: " + e.lastError()
            : e.lastError() == null
                ? "Waiting for the next sync"
                : "Retrying (" + e.attempts() + " failed): " + e.lastError();
    return new Row(e, what, WHEN.format(e.createdAt()), why);
  }
}
