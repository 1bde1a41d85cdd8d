package dev.bobbin.desktop.settings;

import dev.bobbin.desktop.store.LocalStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

/**
 * Per-user preferences of this device (theme, window placement), one text value per name. Kept
 * locally only: they are not shared records, so they never enter the outbox.
 */
public final class PreferenceRepository {
  /** Whether the dark theme is on: {@code true} or {@code false}. */
  public static final String DARK_THEME = "theme.dark";

  /** The main window's bounds: {@code x,y,width,height}. */
  public static final String WINDOW = "window.bounds";

  private final LocalStore store;

  public PreferenceRepository(LocalStore store) {
    this.store = store;
  }

  public Optional<String> get(UUID userId, String name) {
    return store.inTransaction(
        s ->
            s.doReturningWork(
                c -> {
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT pref_value FROM user_preference WHERE user_id = ? AND pref_name = ?")) {
                    ps.setObject(1, userId);
                    ps.setString(2, name);
                    try (ResultSet rs = ps.executeQuery()) {
                      return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                    }
                  }
                }));
  }

  public void put(UUID userId, String name, String value) {
    store.runInTransaction(
        s ->
            s.doWork(
                c -> {
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "MERGE INTO user_preference (user_id, pref_name, pref_value) KEY (user_id, pref_name)"
                              + " VALUES (?, ?, ?)")) {
                    ps.setObject(1, userId);
                    ps.setString(2, name);
                    ps.setString(3, value);
                    ps.executeUpdate();
                  }
                }));
  }
}
