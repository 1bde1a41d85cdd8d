package dev.bobbin.desktop.sync;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with jitter: {@code first} doubling up to {@code max}, each between ½ and 1×.
 */
final class Backoff {
  private final Duration first;
  private final Duration max;
  private final Random random;
  private int failures;

  Backoff(Duration first, Duration max, Random random) {
    this.first = first;
    this.max = max;
    this.random = random;
  }

  /** The wait before the next attempt, counting one more failure. */
  synchronized Duration next() {
    long base = first.toMillis() << Math.min(failures, 20);
    long capped = Math.min(base, max.toMillis());
    failures++;
    return Duration.ofMillis(capped / 2 + (long) (random.nextDouble() * (capped / 2.0)));
  }

  synchronized void reset() {
    failures = 0;
  }
}
