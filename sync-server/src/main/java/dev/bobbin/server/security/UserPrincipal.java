package dev.bobbin.server.security;

import dev.bobbin.model.auth.Role;
import java.util.UUID;

/**
 * A signed-in user, as the database says now (not as the token said when it was issued).
 *
 * @param sessionId the refresh-token family of this sign-in
 * @param mustEnrolTotp the organisation requires a second factor this admin has not set up yet
 */
public record UserPrincipal(
    UUID userId, UUID orgId, Role role, UUID sessionId, boolean mustEnrolTotp)
    implements Principal {
  @Override
  public String rateLimitKey() {
    return "user:" + userId;
  }
}
