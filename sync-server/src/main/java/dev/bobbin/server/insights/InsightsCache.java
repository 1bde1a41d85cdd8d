package dev.bobbin.server.insights;

import dev.bobbin.server.ai.Completion;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last insights of each organisation, keyed on the organisation's sync version: every change to
 * any of its rows moves that version, so an entry made at another version is stale at once. An
 * entry also expires after its time to live, because "overdue" and "overrunning" move with the
 * clock while no row changes. Each server instance keeps its own entries; since they are checked
 * against the version in Postgres, N instances never serve each other's stale answers.
 */
final class InsightsCache {
  /** One organisation's insights. */
  /**
   * One organisation's insights.
   *
   * @param cachedJson the answer as sent from the cache (with {@code "cached": true}), serialised
   *     once
   */
  record Entry(long version, Instant computedAt, String cachedJson, Optional<Completion> summary) {}

  private final Duration timeToLive;
  private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

  InsightsCache(Duration timeToLive) {
    this.timeToLive = timeToLive;
  }

  /** The entry of {@code orgId} if it was made at {@code version} less than the TTL ago. */
  Optional<Entry> fresh(UUID orgId, long version, Instant now) {
    Entry entry = entries.get(orgId);
    if (entry == null
        || entry.version() != version
        || !now.isBefore(entry.computedAt().plus(timeToLive))) {
      return Optional.empty();
    }
    return Optional.of(entry);
  }

  void put(UUID orgId, Entry entry) {
    entries.put(orgId, entry);
  }
}
