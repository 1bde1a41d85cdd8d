package dev.bobbin.desktop.store;

import dev.bobbin.model.auth.UserPreference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Per-user preferences, one text value per name. Those in {@link #SYNCED} follow the user to their
 * other PCs: a change marks them for the sync engine, which merges them with the server's (the
 * later change of each name wins). The rest (window placement) belong to this PC only. They are not
 * organisation records, so they never enter the outbox.
 */
public final class PreferenceRepository {
  /** Whether the dark theme is on: {@code true} or {@code false}. */
  public static final String DARK_THEME = "theme.dark";

  /** The section the main window opens on, e.g. {@code DASHBOARD}. */
  public static final String START_SECTION = "start.section";

  /** The inventory table's columns: order, widths and which are hidden. */
  public static final String INVENTORY_COLUMNS = "inventory.columns";

  /** The main window's bounds: {@code x,y,width,height} (this PC's screen, so not synced). */
  public static final String WINDOW = "window.bounds";

  /** The preferences that follow the user to other PCs. */
  public static final Set<String> SYNCED = Set.of(DARK_THEME, START_SECTION, INVENTORY_COLUMNS);

  private final LocalStore store;
  private final Clock clock;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public PreferenceRepository(LocalStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Optional<String> get(UUID userId, String name) {
    return store.inTransaction(
        s -> s.doReturningWork(c -> column(c, userId, name, "pref_value", String.class)));
  }

  /** Keeps {@code value}; a synced preference waits to be sent to the server. */
  public void put(UUID userId, String name, String value) {
    boolean synced = SYNCED.contains(name);
    store.runInTransaction(
        s -> s.doWork(c -> write(c, userId, name, value, clock.instant(), synced)));
    if (synced) {
      listeners.forEach(Runnable::run);
    }
  }

  /** Hears every change of a synced preference made here (the sync engine sends it soon). */
  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public void removeListener(Runnable listener) {
    listeners.remove(listener);
  }

  /** The user's synced preferences changed here since the server last heard of them. */
  public List<UserPreference> unsent(UUID userId) {
    return store.inTransaction(
        s ->
            s.doReturningWork(
                c -> {
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT pref_name, pref_value, updated_at FROM user_preference"
                              + " WHERE user_id = ? AND dirty ORDER BY pref_name")) {
                    ps.setObject(1, userId);
                    List<UserPreference> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                      while (rs.next()) {
                        out.add(
                            new UserPreference(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant()));
                      }
                    }
                    return out;
                  }
                }));
  }

  /**
   * Takes the server's merged preferences of {@code userId}: each replaces the local value unless
   * the local one changed later (then it stays, waiting to be sent).
   */
  public void merge(UUID userId, List<UserPreference> merged) {
    store.runInTransaction(
        s ->
            s.doWork(
                c -> {
                  for (UserPreference p : merged) {
                    if (!SYNCED.contains(p.name())) {
                      continue;
                    }
                    Optional<Instant> local = changedAt(c, userId, p.name());
                    if (local.isEmpty() || !local.get().isAfter(p.updatedAt())) {
                      write(c, userId, p.name(), p.value(), p.updatedAt(), false);
                    }
                  }
                }));
  }

  private static Optional<Instant> changedAt(Connection c, UUID userId, String name)
      throws SQLException {
    return column(c, userId, name, "updated_at", OffsetDateTime.class)
        .map(OffsetDateTime::toInstant);
  }

  private static <T> Optional<T> column(
      Connection c, UUID userId, String name, String column, Class<T> type) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + column + " FROM user_preference WHERE user_id = ? AND pref_name = ?")) {
      ps.setObject(1, userId);
      ps.setString(2, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getObject(1, type)) : Optional.empty();
      }
    }
  }

  private static void write(
      Connection c, UUID userId, String name, String value, Instant at, boolean dirty)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO user_preference (user_id, pref_name, pref_value, updated_at, dirty)"
                + " KEY (user_id, pref_name) VALUES (?, ?, ?, ?, ?)")) {
      ps.setObject(1, userId);
      ps.setString(2, name);
      ps.setString(3, value);
      ps.setObject(4, at.atOffset(ZoneOffset.UTC));
      ps.setBoolean(5, dirty);
      ps.executeUpdate();
    }
  }
}
