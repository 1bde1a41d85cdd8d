package dev.bobbin.server.conflicts;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.sync.Conflict;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import dev.bobbin.server.security.UserPrincipal;
import dev.bobbin.server.sync.Author;
import dev.bobbin.server.sync.SyncModule;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The Conflicts inbox: open conflict entries, and resolving one (keep, or restore the other). */
public final class ConflictController {
  private static final String PATH = Route.API + "/conflicts";

  private final SyncModule sync;

  public ConflictController(SyncModule sync) {
    this.sync = sync;
  }

  /** What to do with a conflict. */
  record Resolution(String action) {}

  public List<Route> routes() {
    return List.of(
        Route.get(PATH, Access.ANY_PRINCIPAL, this::list),
        Route.post(
            PATH + "/{id}/resolve",
            Access.permission(Permission.RESOLVE_CONFLICTS),
            this::resolve));
  }

  private void list(Context ctx) throws SQLException, JsonProcessingException {
    List<Conflict> open = sync.conflicts().open(RequestContext.connection(ctx));
    respond(ctx, Map.of("conflicts", open));
  }

  private void resolve(Context ctx) throws SQLException, JsonProcessingException {
    Resolution body = Fields.required("body", ctx.bodyAsClass(Resolution.class));
    String action = Fields.required("action", body.action());
    if (!action.equals("keep") && !action.equals("restore")) {
      throw ProblemException.invalid("Field \"action\" must be \"keep\" or \"restore\".");
    }
    UserPrincipal user = RequestContext.user(ctx);
    Conflict resolved =
        sync.resolve(
            RequestContext.connection(ctx),
            new Author(user.orgId(), user.userId(), user.role()),
            Fields.uuid("conflict", ctx.pathParam("id")),
            action.equals("restore"));
    respond(ctx, resolved);
  }

  private void respond(Context ctx, Object body) throws JsonProcessingException {
    ctx.contentType("application/json").result(sync.codec().mapper().writeValueAsString(body));
  }
}
