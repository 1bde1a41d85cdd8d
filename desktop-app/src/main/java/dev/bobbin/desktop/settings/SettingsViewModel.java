package dev.bobbin.desktop.settings;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.shell.Section;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings of this device: the theme (remembered per user), where the data lives, backup and
 * restore of the local database, and what version this is. A restore first says how many changes
 * are not synced yet, since the backup's state replaces them.
 */
public final class SettingsViewModel {
  private final LocalData data;
  private final BackgroundTasks tasks;
  private final Restorer restorer;
  private final BooleanProperty dark;
  private final ObjectProperty<Section> start;
  private final StringProperty backupFile = new SimpleStringProperty(this, "backupFile", "");
  private final StringProperty restoreFile = new SimpleStringProperty(this, "restoreFile", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

  /** Closes the workspace, puts the backup in place and opens it again (the app's wiring). */
  @FunctionalInterface
  public interface Restorer {
    void restore(Path zip, Consumer<Throwable> onFailure);
  }

  /**
   * @param dark the window's theme switch, which this screen also offers
   * @param start the section the window opens on
   */
  public SettingsViewModel(
      LocalData data,
      BackgroundTasks tasks,
      BooleanProperty dark,
      ObjectProperty<Section> start,
      Restorer restorer) {
    this.data = data;
    this.tasks = tasks;
    this.dark = dark;
    this.start = start;
    this.restorer = restorer;
    Path suggested =
        Optional.ofNullable(data.store().dataDir().getParent())
            .orElse(data.store().dataDir())
            .resolve("bobbin-backups")
            .resolve("bobbin-" + LocalDate.now(data.clock()) + ".zip");
    backupFile.set(suggested.toString());
    restoreFile.set(suggested.toString());
  }

  public BooleanProperty darkProperty() {
    return dark;
  }

  public ObjectProperty<Section> startProperty() {
    return start;
  }

  public String dataFolder() {
    return data.store().dataDir().toString();
  }

  /** The app's version, from the jar's manifest; "development build" when run from classes. */
  public String version() {
    String v = SettingsViewModel.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }

  public String signedIn() {
    return data.currentUser()
        .get()
        .map(u -> u.displayName() + " (" + u.role().name().toLowerCase(java.util.Locale.ROOT) + ")")
        .orElse("nobody");
  }

  public StringProperty backupFileProperty() {
    return backupFile;
  }

  public StringProperty restoreFileProperty() {
    return restoreFile;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Writes the backup to the chosen file. */
  public void backup() {
    Optional<Path> target = path(backupFile.get());
    if (target.isEmpty()) {
      return;
    }
    start("Backing up\u2026");
    tasks.run(
        () -> {
          BackupService.backup(data.store(), target.get());
          return Files.size(target.get());
        },
        size -> done("Backed up to " + target.get() + " (" + (size / 1024) + " KB)."),
        this::failed);
  }

  /**
   * Checks the restore file and hands {@code confirm} the warning to show before going on: how many
   * unsynced changes the restore would drop, or a plain "replaces" sentence when there are none.
   */
  public void prepareRestore(Consumer<String> confirm) {
    Optional<Path> source = path(restoreFile.get());
    if (source.isEmpty()) {
      return;
    }
    if (!Files.isRegularFile(source.get())) {
      error.set("There is no backup file at " + source.get() + ".");
      return;
    }
    error.set("");
    tasks.run(
        () -> data.outbox().pendingCount(),
        pending ->
            confirm.accept(
                pending > 0
                    ? pending
                        + " changes made on this device are not synced yet. Restoring replaces"
                        + " all local data with the backup, so these changes will be lost."
                    : "Restoring replaces all local data with the backup."),
        this::failed);
  }

  /** Restores the chosen backup (after {@link #prepareRestore} was confirmed). */
  public void restore() {
    Optional<Path> source = path(restoreFile.get());
    if (source.isEmpty()) {
      return;
    }
    start("Restoring\u2026 Bobbin reopens your data when done.");
    restorer.restore(source.get(), this::failed);
  }

  private Optional<Path> path(String text) {
    error.set("");
    if (text == null || text.isBlank()) {
      error.set("Choose a file first.");
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(text.trim()).toAbsolutePath());
    } catch (InvalidPathException e) {
      error.set("\u201c" + text + "\u201d is not a file name this computer accepts.");
      return Optional.empty();
    }
  }

  private void start(String text) {
    busy.set(true);
    status.set(text);
    error.set("");
  }

  private void done(String text) {
    busy.set(false);
    status.set(text);
  }

  private void failed(Throwable failure) {
    busy.set(false);
    status.set("");
    error.set(
        failure instanceof dev.bobbin.desktop.store.StoreException
            ? failure.getMessage()
            : FriendlyErrors.message(failure));
  }
}
