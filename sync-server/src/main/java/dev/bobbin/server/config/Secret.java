package dev.bobbin.server.config;

/** A configured secret; prints as {@code ***} so that no log line or message ever shows it. */
public record Secret(String value) {
  @Override
  public String toString() {
    return "***";
  }
}
