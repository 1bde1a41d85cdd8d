package dev.bobbin.server.ratelimit;

import dev.bobbin.server.http.ProblemException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;

/**
 * Token buckets refilled per minute, one per key, in this instance's memory. Taking from an empty
 * bucket is {@code 429} with {@code Retry-After}; every answer carries the {@code RateLimit-*}
 * headers of the tightest bucket the request drew from.
 */
public final class MinuteBuckets {
  private static final String TIGHTEST = "bobbin.rateLimit.remaining";

  private final BucketCache buckets;

  /** Buckets for at most {@code maxKeys} keys; the least recently used are forgotten first. */
  public MinuteBuckets(int maxKeys) {
    this.buckets = new BucketCache(maxKeys);
  }

  /** Counts one request against {@code key}'s bucket of {@code perMinute}. */
  public void take(Context ctx, String key, int perMinute) {
    Bucket bucket = buckets.get(key, () -> newBucket(perMinute));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    long resetSeconds = seconds(probe.getNanosToWaitForReset());
    if (!probe.isConsumed()) {
      long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
      throw new ProblemException(
          429,
          "rate-limited",
          "Too many requests",
          "Too many requests; try again in " + retryAfter + " second(s).",
          Map.of(
              "Retry-After", Long.toString(retryAfter),
              "RateLimit-Limit", Integer.toString(perMinute),
              "RateLimit-Remaining", "0",
              "RateLimit-Reset", Long.toString(retryAfter)));
    }
    Long tightest = ctx.attribute(TIGHTEST);
    if (tightest == null || probe.getRemainingTokens() < tightest) {
      ctx.attribute(TIGHTEST, probe.getRemainingTokens());
      ctx.header("RateLimit-Limit", Integer.toString(perMinute));
      ctx.header("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
      ctx.header("RateLimit-Reset", Long.toString(resetSeconds));
    }
  }

  private static Bucket newBucket(int perMinute) {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
        .build();
  }

  private static long seconds(long nanos) {
    return (nanos + 999_999_999L) / 1_000_000_000L;
  }
}
