package dev.bobbin.model.insights;

import java.util.List;

/**
 * How long a stage takes, learned from finished stages of that name: {@code setup + perUnit ×
 * quantity} minutes, fitted by least squares on (order quantity, started → finished) pairs.
 *
 * @param samples finished stages the fit is made from
 */
public record StageTimeModel(
    String stageName, double setupMinutes, double minutesPerUnit, int samples) {

  /** Minutes expected for {@code quantity} units. */
  public double expectedMinutes(int quantity) {
    return setupMinutes + minutesPerUnit * quantity;
  }

  /**
   * Fits {@code minutes = setup + perUnit × quantity}. With one distinct quantity (or one sample)
   * the slope cannot be told apart from the setup, so the average is taken as setup-free per-unit
   * time; negative coefficients (noise) are clamped to zero and the other refitted.
   *
   * @param quantities order quantities of the finished stages
   * @param minutes their durations, same order
   */
  public static StageTimeModel fit(
      String stageName, List<Integer> quantities, List<Double> minutes) {
    int n = quantities.size();
    if (n == 0) {
      return new StageTimeModel(stageName, 0, 0, 0);
    }
    double meanQ = 0;
    double meanM = 0;
    for (int i = 0; i < n; i++) {
      meanQ += quantities.get(i);
      meanM += minutes.get(i);
    }
    meanQ /= n;
    meanM /= n;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dq = quantities.get(i) - meanQ;
      sxx += dq * dq;
      sxy += dq * (minutes.get(i) - meanM);
    }
    if (sxx == 0) {
      return new StageTimeModel(stageName, 0, meanQ == 0 ? 0 : meanM / meanQ, n);
    }
    double slope = sxy / sxx;
    double setup = meanM - slope * meanQ;
    if (slope < 0) {
      return new StageTimeModel(stageName, Math.max(0, meanM), 0, n);
    }
    if (setup < 0) {
      double sqq = 0;
      double sqm = 0;
      for (int i = 0; i < n; i++) {
        sqq += (double) quantities.get(i) * quantities.get(i);
        sqm += quantities.get(i) * minutes.get(i);
      }
      return new StageTimeModel(stageName, 0, sqq == 0 ? 0 : sqm / sqq, n);
    }
    return new StageTimeModel(stageName, setup, slope, n);
  }
}
