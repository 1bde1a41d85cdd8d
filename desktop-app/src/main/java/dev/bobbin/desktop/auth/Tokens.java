package dev.bobbin.desktop.auth;

import java.time.Duration;

/**
 * What a sign-in or refresh returns: a short-lived access token, the next refresh token (each is
 * used once), and who the tokens belong to.
 */
public record Tokens(
    String accessToken, Duration accessTokenLifetime, String refreshToken, Identity identity) {
  @Override
  public String toString() {
    return "Tokens[" + identity.email() + "]";
  }
}
