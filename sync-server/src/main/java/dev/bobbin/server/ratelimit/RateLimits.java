package dev.bobbin.server.ratelimit;

import dev.bobbin.server.http.ProblemException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;

/**
 * General request limits (token buckets, refilled per minute): per client address, stricter on the
 * sign-in routes, and per user or API key. Each answer carries {@code RateLimit-Limit}, {@code
 * RateLimit-Remaining} and {@code RateLimit-Reset}; a refused one is {@code 429} with {@code
 * Retry-After}. Buckets live in this instance's memory: behind N instances a caller gets up to N
 * times the limit (login lockout, kept in Postgres, is shared).
 */
public final class RateLimits {
  private static final String TIGHTEST = "bobbin.rateLimit.remaining";

  private final int perIp;
  private final int perCaller;
  private final int authPerIp;
  private final BucketCache buckets = new BucketCache(100_000);

  public RateLimits(int perIp, int perCaller, int authPerIp) {
    this.perIp = perIp;
    this.perCaller = perCaller;
    this.authPerIp = authPerIp;
  }

  /** Counts a request from {@code ip}; sign-in routes draw from their own, smaller bucket. */
  public void checkClient(Context ctx, String ip, boolean authRoute) {
    if (authRoute) {
      take(ctx, "auth-ip:" + ip, authPerIp);
    }
    take(ctx, "ip:" + ip, perIp);
  }

  /** Counts a request of one user or API key. */
  public void checkCaller(Context ctx, String callerKey) {
    take(ctx, callerKey, perCaller);
  }

  private void take(Context ctx, String key, int perMinute) {
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
