package dev.bobbin.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.security.ApiKeyPrincipal;
import dev.bobbin.server.security.Principal;
import dev.bobbin.server.security.RequestContext;
import dev.bobbin.server.security.UserPrincipal;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the append-only audit trail, always on the caller's connection, so that an entry commits
 * or rolls back with the action it records. Details never carry secrets or e-mail addresses.
 */
public final class AuditLog {
  private final ObjectMapper json;

  public AuditLog(ObjectMapper json) {
    this.json = json;
  }

  /** Who did it, from where. */
  public record Actor(
      Optional<UUID> userId, Optional<UUID> apiKeyId, String ip, Optional<String> device) {

    /** The caller of a guarded request. */
    public static Actor of(Context ctx) {
      Principal principal = RequestContext.principal(ctx);
      Optional<UUID> user =
          principal instanceof UserPrincipal u ? Optional.of(u.userId()) : Optional.empty();
      Optional<UUID> key =
          principal instanceof ApiKeyPrincipal k ? Optional.of(k.keyId()) : Optional.empty();
      return new Actor(user, key, RequestContext.clientIp(ctx), RequestContext.device(ctx));
    }

    /** A user acting before a session exists (sign-in, bootstrap). */
    public static Actor user(UUID userId, Context ctx) {
      return new Actor(
          Optional.of(userId),
          Optional.empty(),
          RequestContext.clientIp(ctx),
          RequestContext.device(ctx));
    }

    /** The server itself (command line, demo set-up). */
    public static Actor system() {
      return new Actor(Optional.empty(), Optional.empty(), "local", Optional.of("server"));
    }
  }

  /**
   * Appends one entry in {@code orgId}; {@code connection} must be the transaction of the action.
   */
  public void record(
      Connection connection,
      UUID orgId,
      Actor actor,
      String action,
      String targetType,
      String targetId,
      Map<String, ?> details)
      throws SQLException {
    Sql.update(
        connection,
        "insert into audit_log (org_id, actor_user_id, actor_api_key_id, device, ip, action,"
            + " target_type, target_id, details) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)",
        orgId,
        actor.userId(),
        actor.apiKeyId(),
        actor.device(),
        actor.ip(),
        action,
        targetType,
        targetId,
        toJson(details));
  }

  private String toJson(Map<String, ?> details) {
    try {
      return json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Audit details must be plain JSON values", e);
    }
  }
}
