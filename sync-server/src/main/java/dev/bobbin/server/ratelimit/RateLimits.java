package dev.bobbin.server.ratelimit;

import io.javalin.http.Context;

/**
 * General request limits (token buckets, refilled per minute): per client address, stricter on the
 * sign-in routes, and per user or API key. Each answer carries {@code RateLimit-Limit}, {@code
 * RateLimit-Remaining} and {@code RateLimit-Reset}; a refused one is {@code 429} with {@code
 * Retry-After}. Buckets live in this instance's memory: behind N instances a caller gets up to N
 * times the limit (login lockout, kept in Postgres, is shared).
 */
public final class RateLimits {
  private final int perIp;
  private final int perCaller;
  private final int authPerIp;
  private final MinuteBuckets buckets = new MinuteBuckets(100_000);

  public RateLimits(int perIp, int perCaller, int authPerIp) {
    this.perIp = perIp;
    this.perCaller = perCaller;
    this.authPerIp = authPerIp;
  }

  /** Counts a request from {@code ip}; sign-in routes draw from their own, smaller bucket. */
  public void checkClient(Context ctx, String ip, boolean authRoute) {
    if (authRoute) {
      buckets.take(ctx, "auth-ip:" + ip, authPerIp);
    }
    buckets.take(ctx, "ip:" + ip, perIp);
  }

  /** Counts a request of one user or API key. */
  public void checkCaller(Context ctx, String callerKey) {
    buckets.take(ctx, callerKey, perCaller);
  }
}
