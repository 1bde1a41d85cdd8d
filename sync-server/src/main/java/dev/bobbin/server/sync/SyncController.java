package dev.bobbin.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.sync.Change;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.PullResponse;
import dev.bobbin.model.sync.PushRequest;
import dev.bobbin.model.sync.PushResponse;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.Principal;
import dev.bobbin.server.security.RequestContext;
import dev.bobbin.server.security.UserPrincipal;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /sync/push}, {@code /sync/pull} and {@code /sync/fetch}. */
final class SyncController {
  static final String CLIENT_HEADER = "Bobbin-Client";
  private static final String PATH = Route.API + "/sync";
  private static final int MAX_FETCH = 500;

  private final RecordCodec codec;
  private final PushService push;
  private final PullService pull;

  SyncController(RecordCodec codec, PushService push, PullService pull) {
    this.codec = codec;
    this.push = push;
    this.pull = pull;
  }

  List<Route> routes() {
    return List.of(
        Route.post(PATH + "/push", Access.ANY_PRINCIPAL, this::push),
        Route.get(PATH + "/pull", Access.ANY_PRINCIPAL, this::pull),
        Route.post(PATH + "/fetch", Access.ANY_PRINCIPAL, this::fetch));
  }

  /** A record to fetch. */
  record FetchKey(String entity, UUID id) {}

  private void push(Context ctx) throws SQLException, JsonProcessingException {
    Author author = author(RequestContext.principal(ctx));
    PushRequest request = read(ctx, new TypeReference<PushRequest>() {});
    if (request == null) {
      throw ProblemException.invalid("The body must be a push request.");
    }
    PushResponse response = push.push(RequestContext.connection(ctx), author, request);
    respond(ctx, response);
  }

  private void pull(Context ctx) throws SQLException, JsonProcessingException {
    long cursor = longParam(ctx, "cursor", 0, 0, Long.MAX_VALUE);
    int limit = (int) longParam(ctx, "limit", PullService.DEFAULT_LIMIT, 1, PullService.MAX_LIMIT);
    Connection c = RequestContext.connection(ctx);
    String client = ctx.header(CLIENT_HEADER);
    long last =
        client == null || client.isBlank() ? 0 : PushService.lastMutationId(c, clientId(ctx));
    PullResponse page = pull.pull(c, RequestContext.principal(ctx).orgId(), cursor, limit, last);
    respond(ctx, page);
  }

  private void fetch(Context ctx) throws SQLException, JsonProcessingException {
    List<FetchKey> keys = read(ctx, new TypeReference<List<FetchKey>>() {});
    if (keys == null || keys.size() > MAX_FETCH) {
      throw ProblemException.invalid(
          "The body must be a list of at most " + MAX_FETCH + " {entity, id} pairs.");
    }
    List<Map.Entry<EntityType, UUID>> wanted = new ArrayList<>();
    for (FetchKey key : keys) {
      if (key == null || key.id() == null || key.entity() == null) {
        throw ProblemException.invalid("Every entry needs an entity and an id.");
      }
      EntityType entity =
          RecordCodec.entityType(key.entity())
              .orElseThrow(
                  () -> ProblemException.invalid("Unknown entity \"" + key.entity() + "\"."));
      wanted.add(Map.entry(entity, key.id()));
    }
    List<Change> changes = pull.fetch(RequestContext.connection(ctx), wanted);
    respond(ctx, Map.of("changes", changes));
  }

  /** The sending device, named by the {@value #CLIENT_HEADER} header. */
  static UUID clientId(Context ctx) {
    String client = ctx.header(CLIENT_HEADER);
    if (client == null || client.isBlank()) {
      throw ProblemException.invalid("Header " + CLIENT_HEADER + " must name the device.");
    }
    try {
      return UUID.fromString(client.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("Header " + CLIENT_HEADER + " must be a UUID.");
    }
  }

  static Author author(Principal principal) {
    if (principal instanceof UserPrincipal user) {
      return new Author(user.orgId(), user.userId(), user.role());
    }
    throw new ProblemException(
        403, "forbidden", "Not allowed", "Only signed-in people push changes, not API keys.");
  }

  private <T> T read(Context ctx, TypeReference<T> type) throws JsonProcessingException {
    try {
      return codec.mapper().readValue(ctx.body(), type);
    } catch (JsonMappingException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof ValidationException invalid) {
          throw ProblemException.invalid(invalid.getMessage());
        }
      }
      throw e;
    }
  }

  private void respond(Context ctx, Object body) throws JsonProcessingException {
    ctx.contentType("application/json").result(codec.mapper().writeValueAsString(body));
  }

  private static long longParam(Context ctx, String name, long fallback, long min, long max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      long value = Long.parseLong(raw.strip());
      if (value < min || value > max) {
        throw ProblemException.invalid(
            "Parameter \"" + name + "\" must be between " + min + " and " + max + ".");
      }
      return value;
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("Parameter \"" + name + "\" must be a whole number.");
    }
  }
}
