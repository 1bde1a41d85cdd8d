package dev.bobbin.desktop.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * Small facts the sync client keeps between runs ({@code sync_state}): the pull cursor, and the
 * device identity made on first open. Reads and writes join the caller's transaction, so a pulled
 * page and its new cursor commit together.
 */
public final class SyncState {
  /** The highest server version applied locally. */
  public static final String PULL_CURSOR = "pull_cursor";

  private final LocalStore store;

  public SyncState(LocalStore store) {
    this.store = store;
  }

  public Optional<String> get(String key) {
    return store.inTransaction(
        s ->
            s.doReturningWork(
                c -> {
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT state_value FROM sync_state WHERE state_key = ?")) {
                    ps.setString(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                      return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                    }
                  }
                }));
  }

  public void put(String key, String value) {
    if (key.equals(DeviceIdentity.CLIENT_ID) || key.equals(DeviceIdentity.DEVICE_PREFIX)) {
      throw new IllegalArgumentException(key + " is made once and never changed");
    }
    store.runInTransaction(
        s ->
            s.doWork(
                c -> {
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "MERGE INTO sync_state (state_key, state_value) KEY (state_key)"
                              + " VALUES (?, ?)")) {
                    ps.setString(1, key);
                    ps.setString(2, value);
                    ps.executeUpdate();
                  }
                }));
  }
}
