package dev.bobbin.server.sync;

import dev.bobbin.model.sync.ProtocolVersion;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Refuses sync requests of a protocol this server does not speak with {@code 426} "Update Bobbin",
 * before anything is read or written (invariant 7).
 */
public final class ProtocolCheck {
  static final String SYNC_PATHS = Route.API + "/sync/";

  private ProtocolCheck() {}

  /** The routes, with the sync ones checking the protocol header before their handler runs. */
  public static List<Route> around(List<Route> routes) {
    return routes.stream()
        .map(
            route ->
                route.path().startsWith(SYNC_PATHS)
                    ? route.withHandler(
                        ctx -> {
                          require(ctx);
                          route.handler().handle(ctx);
                        })
                    : route)
        .toList();
  }

  static void require(Context ctx) {
    if (supported(ctx.header(ProtocolVersion.HEADER)).isEmpty()) {
      throw updateRequired();
    }
  }

  /** The version in a header value, if it is one this server speaks. */
  public static Optional<Integer> supported(String header) {
    if (header == null || !header.strip().matches("\\d{1,4}")) {
      return Optional.empty();
    }
    int version = Integer.parseInt(header.strip());
    return ProtocolVersion.isSupported(version) ? Optional.of(version) : Optional.empty();
  }

  static ProblemException updateRequired() {
    return new ProblemException(
        426,
        "update-required",
        "Update Bobbin",
        "This server speaks sync protocol "
            + ProtocolVersion.OLDEST_SUPPORTED
            + (ProtocolVersion.CURRENT == ProtocolVersion.OLDEST_SUPPORTED
                ? ""
                : " to " + ProtocolVersion.CURRENT)
            + " (header "
            + ProtocolVersion.HEADER
            + "). Update Bobbin to keep syncing; nothing was read or written.");
  }
}
