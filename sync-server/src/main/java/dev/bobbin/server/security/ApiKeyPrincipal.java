package dev.bobbin.server.security;

import java.util.UUID;

/** A machine client calling with an organisation API key. */
public record ApiKeyPrincipal(UUID keyId, UUID orgId, ApiKeyScope scope) implements Principal {
  @Override
  public String rateLimitKey() {
    return "key:" + keyId;
  }
}
