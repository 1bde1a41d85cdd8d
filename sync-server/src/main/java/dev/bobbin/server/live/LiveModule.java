package dev.bobbin.server.live;

import dev.bobbin.model.sync.ProtocolVersion;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.http.WebServer;
import dev.bobbin.server.sync.ProtocolCheck;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/sync/live}: devices hold a WebSocket and get a poke ({@code {"version": v}})
 * whenever their organisation's version moves, whichever server instance the change went through.
 */
public final class LiveModule implements AutoCloseable {
  public static final String PATH = Route.API + "/sync/live";
  static final int CLOSE_UNAUTHENTICATED = 1008;
  static final int CLOSE_UPDATE_REQUIRED = 4426;
  static final int CLOSE_SERVER_ERROR = 1011;
  private static final Logger log = LoggerFactory.getLogger(LiveModule.class);
  private static final String ORG = "bobbin.live.org";

  /** The organisation an {@code Authorization} header's signed-in user belongs to, if valid. */
  @FunctionalInterface
  public interface Authenticator {
    Optional<UUID> organisationOf(String authorizationHeader) throws SQLException;
  }

  /** The organisation's current version. */
  @FunctionalInterface
  public interface VersionReader {
    long versionOf(UUID orgId) throws SQLException;
  }

  /** Opens a database connection outside the pool. */
  @FunctionalInterface
  public interface Connector {
    Connection open() throws SQLException;
  }

  private final Authenticator authenticator;
  private final VersionReader versions;
  private final Pokes pokes = new Pokes();
  private final VersionListener listener;

  public LiveModule(Authenticator authenticator, VersionReader versions, Connector connector) {
    this.authenticator = authenticator;
    this.versions = versions;
    this.listener = new VersionListener(connector::open, pokes::versionMoved);
  }

  /** Starts listening for version changes; call before serving. */
  public void start() throws SQLException {
    listener.start();
  }

  public WebServer.WsRoute route() {
    return new WebServer.WsRoute(PATH, this::configure);
  }

  private void configure(WsConfig ws) {
    ws.onConnect(this::connect);
    ws.onClose(this::forget);
    ws.onError(this::forget);
  }

  private void connect(WsConnectContext ctx) {
    try {
      accept(ctx);
    } catch (SQLException | RuntimeException e) {
      log.warn("Could not accept a live socket", e);
      ctx.closeSession(CLOSE_SERVER_ERROR, "Server error");
    }
  }

  private void accept(WsConnectContext ctx) throws SQLException {
    String protocol = ctx.header(ProtocolVersion.HEADER);
    if (protocol != null && ProtocolCheck.supported(protocol).isEmpty()) {
      ctx.closeSession(CLOSE_UPDATE_REQUIRED, "Update Bobbin");
      return;
    }
    Optional<UUID> org = authenticator.organisationOf(ctx.header("Authorization"));
    if (org.isEmpty()) {
      ctx.closeSession(CLOSE_UNAUTHENTICATED, "Sign in first");
      return;
    }
    ctx.attribute(ORG, org.get());
    pokes.register(org.get(), ctx);
    ctx.enableAutomaticPings(15, TimeUnit.SECONDS);
    // The current version right away: a device that missed a change between its last pull and
    // this socket opening learns of it now.
    ctx.send("{\"version\":" + versions.versionOf(org.get()) + "}");
  }

  private void forget(WsContext ctx) {
    UUID org = ctx.attribute(ORG);
    if (org != null) {
      pokes.unregister(org, ctx);
    }
  }

  @Override
  public void close() {
    listener.close();
    pokes.close();
  }
}
