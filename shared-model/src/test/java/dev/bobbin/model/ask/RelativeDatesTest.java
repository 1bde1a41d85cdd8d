package dev.bobbin.model.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates in questions, asked on Wednesday 25 November 2026. */
class RelativeDatesTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "by 2026-12-04, 2026-12-04",
    "today, 2026-11-25",
    "tomorrow, 2026-11-26",
    "by friday, 2026-11-27",
    "by fri, 2026-11-27",
    "wednesday, 2026-11-25",
    "next friday, 2026-12-04",
    "next week, 2026-12-04",
    "this week, 2026-11-27",
    "end of the week, 2026-11-27",
    "end of the month, 2026-11-30",
    "in 10 days, 2026-12-05",
    "in 2 weeks, 2026-12-09",
    "within a month, 2026-12-25",
    "by 4 december, 2026-12-04",
    "by dec 4th, 2026-12-04",
    "by 3 march, 2027-03-03",
  })
  void resolvesAgainstToday(String text, LocalDate expected) {
    assertThat(RelativeDates.find(text, WEDNESDAY))
        .map(RelativeDates.Found::date)
        .contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"may we have 300 balloons", "by 31 february", "how many red balloons"})
  void findsNoDateWhereThereIsNone(String text) {
    assertThat(RelativeDates.find(text, WEDNESDAY)).isEmpty();
  }
}
