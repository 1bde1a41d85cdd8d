package dev.bobbin.model.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {
  // Expected values as Excel's PERCENTILE.INC and Postgres' percentile_cont give them.
  @ParameterizedTest
  @CsvSource({"0.5, 2.5", "0.8, 3.4", "0.0, 1", "1.0, 4", "0.25, 1.75"})
  void interpolatesLinearlyBetweenClosestRanks(double p, double expected) {
    assertThat(Percentiles.of(new double[] {1, 2, 3, 4}, p)).isCloseTo(expected, within(1e-9));
  }

  @Test
  void theMedianOfAnOddSampleIsItsMiddleValue() {
    assertThat(Percentiles.median(new double[] {1, 7, 100})).isEqualTo(7);
  }

  @Test
  void oneValueIsEveryPercentile() {
    assertThat(Percentiles.of(new double[] {5}, 0.8)).isEqualTo(5);
  }

  @Test
  void anEmptySampleHasNoPercentile() {
    assertThatThrownBy(() -> Percentiles.median(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
