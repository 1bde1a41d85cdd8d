package dev.bobbin.server.auth;

import dev.bobbin.model.auth.User;
import java.time.Instant;
import java.util.UUID;

/**
 * The answer to a successful sign-in, refresh or bootstrap.
 *
 * @param expiresIn seconds until the access token expires
 */
public record SignedIn(
    String accessToken,
    String tokenType,
    long expiresIn,
    String refreshToken,
    Instant refreshTokenExpiresAt,
    User user,
    Organisation organisation) {

  /** The organisation a user belongs to. */
  public record Organisation(UUID id, String name, boolean requireAdminTotp) {}
}
