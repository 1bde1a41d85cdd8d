package dev.bobbin.server.security;

import java.util.UUID;

/** Who is calling: a signed-in user or an organisation API key. */
public sealed interface Principal permits UserPrincipal, ApiKeyPrincipal {
  UUID orgId();

  /** A stable key for per-caller rate limits. */
  String rateLimitKey();
}
