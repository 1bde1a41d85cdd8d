package dev.bobbin.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.shell.Section;
import dev.bobbin.desktop.store.PreferenceRepository;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupAndPreferencesTest {
  @TempDir Path dir;

  @Test
  void aBackupRestoredAfterClosingBringsBackThatState() {
    Path zip = dir.resolve("backups/b.zip");
    Path data = dir.resolve("data");
    String kept;
    try (LocalData store = TestData.open(data)) {
      kept = store.customers().create(TestData.customer("Kept Ltd")).name();
      BackupService.backup(store.store(), zip);
      store.customers().create(TestData.customer("Added later"));
    }
    BackupService.verify(zip);
    BackupService.restore(data, zip);
    try (LocalData store = LocalData.open(data, TestData.CLOCK)) {
      assertThat(store.customers().all()).extracting(c -> c.name()).containsExactly(kept);
    }
    assertThat(data.resolve("bobbin.mv.db.before-restore")).exists();
  }

  @Test
  void aFileThatIsNotABackupIsRefusedBeforeAnythingIsTouched() throws Exception {
    Path notZip = Files.writeString(dir.resolve("notes.zip"), "hello");
    assertThatThrownBy(() -> BackupService.verify(notZip)).isInstanceOf(StoreException.class);
  }

  @Test
  void theRestoreWarningCountsUnsyncedChanges() {
    try (LocalData store = TestData.open(dir.resolve("data"))) {
      store.customers().create(TestData.customer("Unsynced"));
      SettingsViewModel model =
          new SettingsViewModel(
              store,
              BackgroundTasks.sameThread(),
              new SimpleBooleanProperty(),
              new SimpleObjectProperty<>(Section.INVENTORY),
              (zip, f) -> {});
      Path zip = dir.resolve("b.zip");
      model.backupFileProperty().set(zip.toString());
      model.backup();
      assertThat(model.statusProperty().get()).startsWith("Backed up to");

      List<String> warnings = new ArrayList<>();
      model.restoreFileProperty().set(zip.toString());
      model.prepareRestore(warnings::add);
      assertThat(warnings)
          .singleElement()
          .asString()
          .contains("not synced yet")
          .contains("will be lost");
    }
  }

  @Test
  void aMissingRestoreFileIsSaidPlainly() {
    try (LocalData store = TestData.open(dir.resolve("data"))) {
      SettingsViewModel model =
          new SettingsViewModel(
              store,
              BackgroundTasks.sameThread(),
              new SimpleBooleanProperty(),
              new SimpleObjectProperty<>(Section.INVENTORY),
              (zip, f) -> {});
      model.restoreFileProperty().set(dir.resolve("nope.zip").toString());
      model.prepareRestore(w -> {});
      assertThat(model.errorProperty().get()).startsWith("There is no backup file at");
    }
  }

  @Test
  void preferencesArePerUserAndOverwritten() {
    try (LocalData store = TestData.open(dir.resolve("data"))) {
      PreferenceRepository prefs = store.preferences();
      UUID ana = UUID.randomUUID();
      UUID ben = UUID.randomUUID();
      prefs.put(ana, PreferenceRepository.DARK_THEME, "true");
      prefs.put(ana, PreferenceRepository.DARK_THEME, "false");
      prefs.put(ben, PreferenceRepository.DARK_THEME, "true");
      assertThat(prefs.get(ana, PreferenceRepository.DARK_THEME)).contains("false");
      assertThat(prefs.get(ben, PreferenceRepository.DARK_THEME)).contains("true");
      assertThat(prefs.get(ben, PreferenceRepository.WINDOW)).isEmpty();
    }
  }
}
