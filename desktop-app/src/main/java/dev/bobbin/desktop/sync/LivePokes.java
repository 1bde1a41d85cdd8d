package dev.bobbin.desktop.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bobbin.model.sync.Poke;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live socket (invariant 5): every poke asks the engine to pull; a lost socket is reopened with
 * backoff, and each reopening pulls once to catch up on pokes missed meanwhile.
 */
final class LivePokes extends WebSocketListener {
  private static final Logger log = LoggerFactory.getLogger(LivePokes.class);

  /** The server closes a socket of an unsupported protocol with this code. */
  static final int CLOSE_UPDATE_REQUIRED = 4426;

  /** ... and one with a refused token with this one. */
  static final int CLOSE_UNAUTHENTICATED = 1008;

  private final SyncClient client;
  private final ScheduledExecutorService scheduler;
  private final LongConsumer onPoke;
  private final Runnable onUpdateRequired;
  private final Backoff backoff =
      new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random());
  private volatile WebSocket socket;
  private volatile boolean connected;
  private volatile boolean closed;
  private volatile boolean refreshToken;

  /**
   * @param onPoke called with the poked version, and with {@code -1} after each (re)connection
   */
  LivePokes(
      SyncClient client,
      ScheduledExecutorService scheduler,
      LongConsumer onPoke,
      Runnable onUpdateRequired) {
    this.client = client;
    this.scheduler = scheduler;
    this.onPoke = onPoke;
    this.onUpdateRequired = onUpdateRequired;
  }

  void open() {
    if (closed) {
      return;
    }
    try {
      socket = client.live(this, refreshToken);
      refreshToken = false;
    } catch (SyncException e) {
      log.debug("Live socket not opened: {}", e.getMessage());
      reconnectLater();
    }
  }

  boolean connected() {
    return connected;
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    connected = true;
    backoff.reset();
    onPoke.accept(-1);
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    try {
      onPoke.accept(client.json().readValue(text, Poke.class).version());
    } catch (JsonProcessingException e) {
      log.debug("Ignoring a message on the live socket: {}", text);
    }
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    connected = false;
    if (code == CLOSE_UPDATE_REQUIRED) {
      onUpdateRequired.run();
      return;
    }
    // The token expired or was refused: the next attempt asks the session for a new one.
    refreshToken = code == CLOSE_UNAUTHENTICATED;
    reconnectLater();
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    connected = false;
    if (response != null && response.code() == 426) {
      onUpdateRequired.run();
      return;
    }
    log.debug("Live socket lost: {}", t.toString());
    reconnectLater();
  }

  private void reconnectLater() {
    if (closed) {
      return;
    }
    try {
      var unused = scheduler.schedule(this::open, backoff.next().toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // The engine is shutting down.
    }
  }

  void close() {
    if (closed) {
      return;
    }
    closed = true;
    connected = false;
    WebSocket s = socket;
    if (s != null) {
      s.close(1000, "bye");
    }
  }
}
