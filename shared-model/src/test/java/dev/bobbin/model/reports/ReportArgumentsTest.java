package dev.bobbin.model.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportArgumentsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @Test
  void datesDefaultRelativeToToday() {
    ReportArguments args = ReportArguments.parse(Reports.STOCK_LEDGER, Map.of(), TODAY);
    assertThat(args.date("from")).isEqualTo(TODAY.minusDays(30));
    assertThat(args.date("to")).isEqualTo(TODAY);
    assertThat(args.text("reason")).isEmpty();
  }

  @Test
  void choicesAreMatchedWithoutCase() {
    ReportArguments args =
        ReportArguments.parse(Reports.STOCK_LEDGER, Map.of("reason", "consume"), TODAY);
    assertThat(args.text("reason")).contains("CONSUME");
  }

  @Test
  void everyBadParameterIsNamed() {
    assertThatThrownBy(
            () ->
                ReportArguments.parse(
                    Reports.STOCK_LEDGER,
                    Map.of("from", "yesterday", "reason", "stolen", "colour", "red"),
                    TODAY))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactlyInAnyOrder("from", "reason", "colour"));
  }

  @Test
  void aRangeMustNotEndBeforeItStarts() {
    assertThatThrownBy(
            () ->
                ReportArguments.parse(
                    Reports.STOCK_LEDGER, Map.of("from", "2026-11-02", "to", "2026-11-01"), TODAY))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("from"));
  }

  @Test
  void everyReportHasAUniqueNameAndKnowsItsChartColumns() {
    assertThat(Reports.all()).extracting(ReportDefinition::name).doesNotHaveDuplicates();
    Reports.all()
        .forEach(
            r ->
                r.chart()
                    .ifPresent(
                        c -> {
                          r.columnIndex(c.labelColumn());
                          assertThat(
                                  r.columns().get(r.columnIndex(c.valueColumn())).type().numeric())
                              .isTrue();
                        }));
  }
}
