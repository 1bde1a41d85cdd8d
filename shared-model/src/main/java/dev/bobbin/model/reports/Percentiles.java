package dev.bobbin.model.reports;

/**
 * Percentiles of a sample, by linear interpolation between closest ranks: the value at rank {@code
 * h = (n - 1) × p} of the sorted sample, interpolated between the two neighbouring values. This is
 * Hyndman and Fan's method 7, what Excel's {@code PERCENTILE.INC}, Postgres' {@code
 * percentile_cont} and NumPy's default compute; the median is {@code p = 0.5}.
 */
public final class Percentiles {
  private Percentiles() {}

  /**
   * The {@code p}-th percentile ({@code 0 ≤ p ≤ 1}) of {@code sorted}, which must be sorted
   * ascending and not empty.
   */
  public static double of(double[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("A percentile needs at least one value.");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be between 0 and 1, got " + p);
    }
    double rank = (sorted.length - 1) * p;
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
  }

  public static double median(double[] sorted) {
    return of(sorted, 0.5);
  }
}
