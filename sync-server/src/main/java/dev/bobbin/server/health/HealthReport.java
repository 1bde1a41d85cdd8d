package dev.bobbin.server.health;

/**
 * The body of {@code GET /api/v1/health}.
 *
 * @param status {@code UP} when the database answers, else {@code DOWN}
 * @param version the server's version, {@code dev} when not run from a built jar
 * @param schemaVersion the Flyway schema version migrated to at start
 * @param database what the database check saw
 */
public record HealthReport(
    String status, String version, String schemaVersion, DatabaseCheck database) {

  /**
   * What the database check saw.
   *
   * @param reachable whether a pooled connection ran {@code select 1}
   * @param latencyMs how long the check took, including waiting for a connection
   */
  public record DatabaseCheck(boolean reachable, long latencyMs) {}

  public boolean up() {
    return database.reachable();
  }
}
