package dev.bobbin.server.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import io.javalin.http.Context;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Lets admins and managers read their organisation's audit trail, newest first. */
public final class AuditController {
  private static final int MAX_LIMIT = 500;
  private final ObjectMapper json;

  public AuditController(ObjectMapper json) {
    this.json = json;
  }

  public List<Route> routes() {
    return List.of(
        Route.get(Route.API + "/audit", Access.permission(Permission.VIEW_AUDIT_LOG), this::list));
  }

  private void list(Context ctx) throws SQLException {
    int limit = (int) Fields.longQuery(ctx, "limit", 100);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ProblemException.invalid("limit must be between 1 and " + MAX_LIMIT + ".");
    }
    long before = Fields.longQuery(ctx, "before", Long.MAX_VALUE);
    List<AuditEntry> entries =
        Sql.list(
            RequestContext.connection(ctx),
            "select * from audit_log where id < ? order by id desc limit ?",
            this::entry,
            before,
            limit);
    ctx.json(Map.of("entries", entries));
  }

  private AuditEntry entry(ResultSet row) throws SQLException {
    try {
      return new AuditEntry(
          row.getLong("id"),
          Sql.instant(row, "at").orElseThrow(),
          row.getObject("actor_user_id", UUID.class),
          row.getObject("actor_api_key_id", UUID.class),
          row.getString("device"),
          row.getString("ip"),
          row.getString("action"),
          row.getString("target_type"),
          row.getString("target_id"),
          json.readTree(row.getString("details")));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new SQLException("audit_log.details is not JSON", e);
    }
  }
}
