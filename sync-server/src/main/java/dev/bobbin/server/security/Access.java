package dev.bobbin.server.security;

import dev.bobbin.model.auth.Permission;
import java.util.Optional;

/**
 * Who may call a route. Every route declares one; the guard enforces it before the handler runs.
 *
 * @param level how much authentication the route needs
 * @param permission the permission needed at {@link Level#PERMISSION}
 */
public record Access(Level level, Optional<Permission> permission) {

  /** How much authentication a route needs. */
  public enum Level {
    /** Anybody, signed in or not (health, login). */
    PUBLIC,
    /** A signed-in user, even one who still has to enrol a second factor; no API key. */
    SIGNED_IN,
    /** A signed-in user or an API key, with no particular permission. */
    ANY_PRINCIPAL,
    /** A user whose role, or an API key whose scope, grants {@link #permission()}. */
    PERMISSION
  }

  public static final Access PUBLIC = new Access(Level.PUBLIC, Optional.empty());
  public static final Access SIGNED_IN = new Access(Level.SIGNED_IN, Optional.empty());
  public static final Access ANY_PRINCIPAL = new Access(Level.ANY_PRINCIPAL, Optional.empty());

  public static Access permission(Permission permission) {
    return new Access(Level.PERMISSION, Optional.of(permission));
  }

  public boolean isPublic() {
    return level == Level.PUBLIC;
  }
}
