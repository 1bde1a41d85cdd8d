package dev.bobbin.server.live;

import dev.bobbin.model.sync.Poke;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's live sockets by organisation, and the pokes sent to them. Pokes to one
 * organisation are coalesced: at most one per {@link #INTERVAL_NANOS}, carrying the newest version,
 * so a burst of commits becomes a few pulls, not a burst of them.
 */
final class Pokes implements AutoCloseable {
  static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
  private static final Logger log = LoggerFactory.getLogger(Pokes.class);

  private final Map<UUID, Set<WsContext>> sockets = new ConcurrentHashMap<>();
  private final Map<UUID, OrgState> states = new ConcurrentHashMap<>();
  private final ScheduledExecutorService sender =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "bobbin-pokes");
            thread.setDaemon(true);
            return thread;
          });

  /** Per organisation: the newest version not yet sent, and when the last poke went out. */
  private static final class OrgState {
    long pendingVersion;
    boolean scheduled;
    long lastSentNanos = System.nanoTime() - INTERVAL_NANOS;
  }

  void register(UUID orgId, WsContext socket) {
    sockets.computeIfAbsent(orgId, k -> ConcurrentHashMap.newKeySet()).add(socket);
  }

  void unregister(UUID orgId, WsContext socket) {
    Set<WsContext> set = sockets.get(orgId);
    if (set != null) {
      set.remove(socket);
    }
  }

  int connected(UUID orgId) {
    return sockets.getOrDefault(orgId, Set.of()).size();
  }

  /** The organisation's version moved (heard through LISTEN). */
  void versionMoved(UUID orgId, long version) {
    OrgState state = states.computeIfAbsent(orgId, k -> new OrgState());
    long delay;
    synchronized (state) {
      state.pendingVersion = Math.max(state.pendingVersion, version);
      if (state.scheduled) {
        return;
      }
      state.scheduled = true;
      delay = Math.max(0, state.lastSentNanos + INTERVAL_NANOS - System.nanoTime());
    }
    // flush() handles its own failures per socket; nothing to collect from the future.
    var unused = sender.schedule(() -> flush(orgId, state), delay, TimeUnit.NANOSECONDS);
  }

  private void flush(UUID orgId, OrgState state) {
    long version;
    synchronized (state) {
      version = state.pendingVersion;
      state.scheduled = false;
      state.lastSentNanos = System.nanoTime();
    }
    String poke = "{\"version\":" + new Poke(version).version() + "}";
    for (WsContext socket : sockets.getOrDefault(orgId, Set.of())) {
      try {
        socket.send(poke);
      } catch (RuntimeException e) {
        log.debug("Dropping a live socket that failed to take a poke", e);
        unregister(orgId, socket);
      }
    }
  }

  @Override
  public void close() {
    sender.shutdownNow();
  }
}
