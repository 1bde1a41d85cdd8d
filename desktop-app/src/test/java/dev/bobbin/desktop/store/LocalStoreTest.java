package dev.bobbin.desktop.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {
  @TempDir Path dir;

  @Test
  void createsTheDatabaseFileInTheDataFolder() {
    try (LocalStore store = LocalStore.open(dir, List.of())) {
      assertThat(store.dataDir()).isEqualTo(dir.toAbsolutePath());
    }

    assertThat(dir.resolve("bobbin.mv.db")).isRegularFile();
  }

  @Test
  void reopeningKeepsTheData() {
    try (LocalStore store = LocalStore.open(dir, List.of())) {
      new SyncState(store).put(SyncState.PULL_CURSOR, "42");
    }

    try (LocalStore store = LocalStore.open(dir, List.of())) {
      assertThat(new SyncState(store).get(SyncState.PULL_CURSOR)).contains("42");
    }
  }

  @Test
  void clientIdAndDevicePrefixAreMadeOnceAndKept() {
    String prefix;
    UUID clientId;
    try (LocalStore store = LocalStore.open(dir, List.of())) {
      prefix = store.devicePrefix();
      clientId = store.clientId();
    }

    try (LocalStore store = LocalStore.open(dir, List.of())) {
      assertThat(store.devicePrefix()).isEqualTo(prefix).matches("[A-Z0-9]{2,4}");
      assertThat(store.clientId()).isEqualTo(clientId);
    }
  }

  @Test
  void aSecondStoreOnTheSameFolderFailsClearlyWhileTheFirstKeepsWorking() {
    try (LocalStore first = LocalStore.open(dir, List.of())) {
      assertThatThrownBy(() -> LocalStore.open(dir, List.of()))
          .isInstanceOf(StoreException.class)
          .hasMessage(
              "Bobbin is already open on this computer with the data folder "
                  + dir.toAbsolutePath()
                  + ". Close the other window first.");

      SyncState state = new SyncState(first);
      state.put(SyncState.PULL_CURSOR, "7");
      assertThat(state.get(SyncState.PULL_CURSOR)).contains("7");
    }
  }

  @Test
  void closingReleasesTheFolderForTheNextWindow() {
    LocalStore.open(dir, List.of()).close();

    try (LocalStore again = LocalStore.open(dir, List.of())) {
      assertThat(again.clientId()).isNotNull();
    }
  }

  @Test
  void anExceptionRollsTheWholeTransactionBackAndIsRethrown() {
    try (LocalStore store = LocalStore.open(dir, List.of())) {
      SyncState state = new SyncState(store);
      IllegalStateException boom = new IllegalStateException("boom");

      assertThatThrownBy(
              () ->
                  store.runInTransaction(
                      s -> {
                        state.put(SyncState.PULL_CURSOR, "99");
                        throw boom;
                      }))
          .isSameAs(boom);
      assertThat(state.get(SyncState.PULL_CURSOR)).contains("0");
    }
  }

  @Test
  void aFailedInnerStepCaughtByTheCallerStillUndoesTheTransaction() {
    try (LocalStore store = LocalStore.open(dir, List.of())) {
      SyncState state = new SyncState(store);

      assertThatThrownBy(
              () ->
                  store.runInTransaction(
                      s -> {
                        state.put(SyncState.PULL_CURSOR, "5");
                        try {
                          store.runInTransaction(
                              inner -> {
                                throw new IllegalStateException("inner step failed");
                              });
                        } catch (IllegalStateException expected) {
                          // The caller carries on as if nothing happened.
                        }
                      }))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("undone");
      assertThat(state.get(SyncState.PULL_CURSOR)).contains("0");
    }
  }

  @Test
  void aClosedStoreRefusesWork() {
    LocalStore store = LocalStore.open(dir, List.of());
    store.close();

    assertThatThrownBy(() -> store.inTransaction(s -> 1))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aFolderMigratedByANewerBobbinIsRefusedUntouched() throws Exception {
    try (LocalStore store = LocalStore.open(dir, List.of())) {
      store.runInTransaction(
          s ->
              s.doWork(
                  c -> {
                    try (Statement st = c.createStatement()) {
                      st.executeUpdate(
                          "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                              + " \"description\", \"type\", \"script\", \"installed_by\","
                              + " \"execution_time\", \"success\") VALUES (99, '99', 'future',"
                              + " 'SQL', 'V99__future.sql', 'newer app', 1, TRUE)");
                    }
                  }));
    }

    assertThatThrownBy(() -> LocalStore.open(dir, List.of()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("was last used by a newer version of Bobbin. Update Bobbin");
    // The refusal released the folder again.
    assertThatThrownBy(() -> LocalStore.open(dir, List.of())).hasMessageContaining("newer version");
  }
}
