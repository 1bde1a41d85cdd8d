package dev.bobbin.server.security;

/** What an API key may do: read only, or read and write. */
public enum ApiKeyScope {
  READ,
  READ_WRITE
}
