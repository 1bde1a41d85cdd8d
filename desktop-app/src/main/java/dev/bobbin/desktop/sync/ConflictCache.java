package dev.bobbin.desktop.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.StoreJson;
import dev.bobbin.desktop.store.SyncState;
import dev.bobbin.model.sync.Conflict;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The organisation's open conflicts as last fetched, kept on the device so the Conflicts inbox
 * shows them offline. The sync engine refreshes it after runs that moved data; the inbox after
 * every load.
 */
public final class ConflictCache {
  private static final String FETCHED_AT = "conflicts_fetched_at";

  private final LocalStore store;
  private final SyncState state;
  private final Clock clock;
  private final ObjectMapper json = StoreJson.newMapper();

  public ConflictCache(LocalStore store, Clock clock) {
    this.store = store;
    this.state = new SyncState(store);
    this.clock = clock;
  }

  /** The open conflicts and when they were fetched. */
  public record Snapshot(List<Conflict> conflicts, Instant fetchedAt) {
    public Snapshot {
      conflicts = List.copyOf(conflicts);
    }
  }

  /** Replaces the kept list with {@code conflicts} (resolved ones are left out). */
  public void store(List<Conflict> conflicts) {
    Instant now = clock.instant();
    store.runInTransaction(
        s ->
            s.doWork(
                c -> {
                  try (PreparedStatement clear = c.prepareStatement("DELETE FROM conflict_cache");
                      PreparedStatement add =
                          c.prepareStatement(
                              "INSERT INTO conflict_cache (conflict_id, payload) VALUES (?, ?)")) {
                    clear.executeUpdate();
                    for (Conflict conflict : conflicts) {
                      if (conflict.resolved()) {
                        continue;
                      }
                      add.setObject(1, conflict.id());
                      add.setString(2, write(conflict));
                      add.addBatch();
                    }
                    add.executeBatch();
                  }
                }));
    state.put(FETCHED_AT, now.toString());
  }

  /** The list last kept, if the conflicts were ever fetched on this device. */
  public Optional<Snapshot> last() {
    Optional<Instant> fetched = state.get(FETCHED_AT).map(Instant::parse);
    if (fetched.isEmpty()) {
      return Optional.empty();
    }
    List<Conflict> conflicts =
        store.inTransaction(
            s ->
                s.doReturningWork(
                    c -> {
                      List<Conflict> out = new ArrayList<>();
                      try (PreparedStatement ps =
                              c.prepareStatement("SELECT payload FROM conflict_cache");
                          ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                          out.add(read(rs.getString(1)));
                        }
                      }
                      return out;
                    }));
    conflicts.sort(Comparator.comparing(Conflict::at).reversed());
    return Optional.of(new Snapshot(conflicts, fetched.get()));
  }

  private String write(Conflict conflict) {
    try {
      return json.writeValueAsString(conflict);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A conflict could not be written as JSON", e);
    }
  }

  private Conflict read(String payload) {
    try {
      return json.readValue(payload, Conflict.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A kept conflict could not be read", e);
    }
  }
}
