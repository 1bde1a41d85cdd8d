package dev.bobbin.server.ratelimit;

import io.github.bucket4j.Bucket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Buckets by key, least recently used dropped first, so that a flood of distinct addresses cannot
 * grow memory without bound. A dropped bucket starts full again: an acceptable leak for keys that
 * have been quiet longest.
 */
final class BucketCache {
  private final Map<String, Bucket> buckets;

  BucketCache(int capacity) {
    this.buckets =
        new LinkedHashMap<>(1_024, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized Bucket get(String key, Supplier<Bucket> create) {
    return buckets.computeIfAbsent(key, k -> create.get());
  }
}
