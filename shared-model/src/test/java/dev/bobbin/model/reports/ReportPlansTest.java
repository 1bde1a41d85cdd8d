package dev.bobbin.model.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportPlansTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  /** A dialect whose every query names the method that made it. */
  private static final class Named implements ReportSql {
    private static ReportQuery q(String method) {
      return new ReportQuery("SELECT '" + method + "'");
    }

    @Override
    public ReportQuery inventoryValuation(ReportArguments args) {
      return q("inventoryValuation");
    }

    @Override
    public ReportQuery lowStock(ReportArguments args) {
      return q("lowStock");
    }

    @Override
    public ReportPlan stockLedger(ReportArguments args, ReportPlan.Reader shape) {
      return new ReportPlan(q("stockLedger"), ReportPlans.LEDGER_TYPES, shape);
    }

    @Override
    public ReportQuery productionWip(ReportArguments args) {
      return q("productionWip");
    }

    @Override
    public ReportQuery throughputWeekly(ReportArguments args) {
      return q("throughputWeekly");
    }

    @Override
    public ReportQuery stageLeadTimes(ReportArguments args) {
      return q("stageLeadTimes");
    }

    @Override
    public ReportQuery ordersOnTime(ReportArguments args) {
      return q("ordersOnTime");
    }

    @Override
    public ReportQuery quotesConversion(ReportArguments args) {
      return q("quotesConversion");
    }

    @Override
    public ReportQuery receivablesAgeing(ReportArguments args) {
      return q("receivablesAgeing");
    }
  }

  private static ReportPlan plan(ReportDefinition report, List<Object[]> rows) {
    return ReportPlans.plan(
        new Named(), ReportArguments.parse(report, Map.of(), TODAY), TODAY, rows::add);
  }

  @Test
  void everyReportHasAPlanFromItsOwnQuery() {
    Map<String, String> methods =
        Map.of(
            "inventory-valuation", "inventoryValuation",
            "low-stock", "lowStock",
            "stock-ledger", "stockLedger",
            "production-wip", "productionWip",
            "throughput-weekly", "throughputWeekly",
            "stage-lead-times", "stageLeadTimes",
            "orders-on-time", "ordersOnTime",
            "quotes-conversion", "quotesConversion",
            "receivables-ageing", "receivablesAgeing");
    assertThat(Reports.all())
        .extracting(ReportDefinition::name)
        .hasSameElementsAs(methods.keySet());
    for (ReportDefinition report : Reports.all()) {
      ReportPlan plan = plan(report, new ArrayList<>());
      assertThat(plan.query().sql()).isEqualTo("SELECT '" + methods.get(report.name()) + "'");
      assertThat(plan.sourceTypes()).isNotEmpty();
    }
  }

  @Test
  void ledgerRowsGetTheUnitSymbol() {
    List<Object[]> rows = new ArrayList<>();
    ReportPlan plan = plan(Reports.STOCK_LEDGER, rows);
    Instant at = Instant.parse("2026-11-20T08:00:00Z");
    Object[] source = {
      at,
      "LIN-1",
      "Linen",
      "FABRIC",
      "RECEIVE",
      new BigDecimal("5.000"),
      "M",
      null,
      "PO-1",
      null,
      "a@example.com",
      "desk-1"
    };
    assertThat(source).hasSameSizeAs(plan.sourceTypes());
    plan.reader().read(source);
    plan.reader().finish();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)[6]).isEqualTo("m");
    assertThat(rows.get(0)[0]).isEqualTo(at);
  }

  @Test
  void aggregatingReportsWriteTheirLastGroupOnFinish() {
    List<Object[]> rows = new ArrayList<>();
    ReportPlan plan = plan(Reports.THROUGHPUT_WEEKLY, rows);
    plan.reader().read(new Object[] {Instant.parse("2026-11-24T10:00:00Z"), 7L});
    int before = rows.size();
    plan.reader().finish();
    assertThat(rows).hasSize(before + 1);
    assertThat(rows.get(before)).containsExactly(LocalDate.of(2026, 11, 23), 1L, 7L);
  }

  @Test
  void queriesCollectConditionsAndValuesInOrder() {
    ReportQuery q =
        new ReportQuery("SELECT x FROM t", 1)
            .and("a = ?", "A")
            .and("b BETWEEN ? AND ?", 2, 3)
            .then("ORDER BY x LIMIT ?", 4);
    assertThat(q.sql())
        .isEqualTo("SELECT x FROM t WHERE a = ? AND b BETWEEN ? AND ? ORDER BY x LIMIT ?");
    assertThat(q.params()).containsExactly(1, "A", 2, 3, 4);
  }

  @Test
  void daysAreUtcAndTheEndIsExclusive() {
    LocalDate day = LocalDate.of(2026, 11, 25);
    assertThat(ReportSql.startOfDay(day).toInstant())
        .isEqualTo(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    assertThat(ReportSql.endOfDay(day).toInstant())
        .isEqualTo(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
