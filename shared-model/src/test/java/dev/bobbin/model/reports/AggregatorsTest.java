package dev.bobbin.model.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregatorsTest {
  @Test
  void weeklyThroughputFillsEmptyWeeksWithZero() {
    List<Object[]> rows = new ArrayList<>();
    WeeklyThroughput weeks =
        new WeeklyThroughput(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 25), rows::add);
    weeks.add(LocalDate.of(2026, 11, 5), 10);
    weeks.add(LocalDate.of(2026, 11, 8), 5);
    weeks.add(LocalDate.of(2026, 11, 24), 7);
    weeks.finish();
    assertThat(rows)
        .containsExactly(
            new Object[] {LocalDate.of(2026, 11, 2), 2L, 15L},
            new Object[] {LocalDate.of(2026, 11, 9), 0L, 0L},
            new Object[] {LocalDate.of(2026, 11, 16), 0L, 0L},
            new Object[] {LocalDate.of(2026, 11, 23), 1L, 7L});
  }

  @Test
  void leadTimesGiveMedianAndP80PerStageInHours() {
    List<Object[]> rows = new ArrayList<>();
    StageLeadTimes times = new StageLeadTimes(rows::add);
    for (long h : new long[] {1, 2, 3, 4}) {
      times.add("Cutting", h * 3600);
    }
    times.add("Sewing", 7200);
    times.finish();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .containsExactly(
            "Cutting",
            4L,
            BigDecimal.valueOf(2.5),
            BigDecimal.valueOf(3.4000000000000004),
            BigDecimal.valueOf(4.0));
    assertThat(rows.get(1)[0]).isEqualTo("Sewing");
  }
}
