package dev.bobbin.desktop.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.demo.DemoWorkspace;
import dev.bobbin.desktop.inventory.ItemFilter;
import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockLedger;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import dev.bobbin.model.invoices.InvoiceTotals;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageStatus;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.reports.CsvOptions;
import dev.bobbin.model.reports.ReportDefinition;
import dev.bobbin.model.reports.Reports;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report on the demo factory, checked against figures computed here from the repositories'
 * records in plain Java (not SQL).
 */
class ReportsOnDemoDataTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate FROM = LocalDate.of(2025, 11, 1);

  @TempDir static Path dir;
  private static LocalData data;
  private static ReportService reports;
  private static List<Item> items;
  private static List<StockMovement> ledger;

  @BeforeAll
  static void seed() {
    data = LocalData.open(dir, TestData.CLOCK);
    new DemoWorkspace(data, TestData.CLOCK).seedIfEmpty();
    data.currentUser().signIn(data.users().all().get(0));
    addIssuedInvoice();
    reports = new ReportService(data.store(), data.currentUser(), TestData.CLOCK);
    items =
        data.items().search("", ItemFilter.all().withArchived(), 0, 100_000).stream()
            .map(ItemRow::item)
            .toList();
    ledger = items.stream().flatMap(i -> data.movements().forItem(i.id()).stream()).toList();
  }

  @AfterAll
  static void close() {
    data.close();
  }

  private static void addIssuedInvoice() {
    Customer customer = data.customers().all().get(0);
    Currency bdt = Currency.getInstance("BDT");
    data.invoices()
        .create(
            new Invoice(
                UUID.randomUUID(),
                "INV-2026-0001",
                customer.id(),
                null,
                null,
                bdt,
                List.of(
                    new InvoiceLine(
                        "Linen dresses, \"Summer\" line",
                        new BigDecimal("12"),
                        new Money(new BigDecimal("1450.555"), bdt),
                        new BigDecimal("5"),
                        new BigDecimal("15")),
                    new InvoiceLine(
                        "Delivery",
                        BigDecimal.ONE,
                        new Money(new BigDecimal("300"), bdt),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO)),
                InvoiceStatus.ISSUED,
                TODAY.minusDays(75),
                TODAY.minusDays(45),
                null));
  }

  private static List<Object[]> rows(ReportDefinition report, Map<String, String> params) {
    List<Object[]> rows = new ArrayList<>();
    reports.run(reports.arguments(report, params), rows::add);
    return rows;
  }

  private static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  @Test
  void valuationAsOfAPastDateSumsTheLedgerUpToThatDay() {
    LocalDate asOf = TODAY.minusDays(20);
    Map<String, BigDecimal> expected = new TreeMap<>();
    for (Item item : items) {
      BigDecimal onHand =
          ledger.stream()
              .filter(m -> m.itemId().equals(item.id()) && m.at().isBefore(endOf(asOf)))
              .map(StockMovement::quantity)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (!item.archived() || onHand.signum() != 0) {
        expected.put(item.sku(), onHand);
      }
    }
    List<Object[]> rows = rows(Reports.INVENTORY_VALUATION, Map.of("asOf", asOf.toString()));

    assertThat(rows).hasSize(expected.size());
    Map<String, Item> bySku = items.stream().collect(Collectors.toMap(Item::sku, i -> i));
    for (Object[] row : rows) {
      String sku = (String) row[0];
      assertThat((BigDecimal) row[5]).as(sku).isEqualByComparingTo(expected.get(sku));
      BigDecimal value = expected.get(sku).multiply(bySku.get(sku).unitCost().amount());
      assertThat((BigDecimal) row[8]).as(sku).isEqualByComparingTo(value);
      assertThat(row[4]).isEqualTo(bySku.get(sku).unit().symbol());
    }
    assertThat(expected.values()).anyMatch(q -> q.signum() != 0);
  }

  @Test
  void valuationTodayMatchesTheCachedBalances() {
    Map<String, BigDecimal> balances =
        data.items().search("", ItemFilter.all(), 0, 100_000).stream()
            .collect(Collectors.toMap(r -> r.item().sku(), ItemRow::onHand));
    for (Object[] row : rows(Reports.INVENTORY_VALUATION, Map.of())) {
      if (balances.containsKey(row[0])) {
        assertThat((BigDecimal) row[5]).isEqualByComparingTo(balances.get(row[0]));
      }
    }
  }

  @Test
  void lowStockListsExactlyTheLowItemsWithTheLedgersSuggestion() {
    Map<String, BigDecimal> expected = new TreeMap<>();
    for (ItemRow row : data.items().search("", ItemFilter.all(), 0, 100_000)) {
      if (row.low()) {
        expected.put(row.item().sku(), StockLedger.suggestedReorder(row.item(), row.available()));
      }
    }
    Map<String, BigDecimal> actual = new TreeMap<>();
    for (Object[] row : rows(Reports.LOW_STOCK, Map.of())) {
      actual.put((String) row[0], (BigDecimal) row[9]);
    }
    assertThat(expected).isNotEmpty();
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((sku, q) -> assertThat(actual.get(sku)).as(sku).isEqualByComparingTo(q));
  }

  @Test
  void ledgerRangeHoldsEveryLineOfThoseDaysInOrder() {
    LocalDate from = TODAY.minusDays(14);
    List<StockMovement> expected =
        ledger.stream()
            .filter(m -> !m.at().isBefore(from.atStartOfDay().toInstant(ZoneOffset.UTC)))
            .filter(m -> m.at().isBefore(endOf(TODAY)))
            .toList();
    List<Object[]> rows =
        rows(Reports.STOCK_LEDGER, Map.of("from", from.toString(), "to", TODAY.toString()));

    assertThat(rows).hasSize(expected.size()).isNotEmpty();
    assertThat(rows.stream().map(r -> (Instant) r[0]).toList())
        .isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(sum(rows, 5))
        .isEqualByComparingTo(
            expected.stream()
                .map(StockMovement::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @Test
  void ledgerFiltersByReasonUserAndItem() {
    StockMovement sample = ledger.get(ledger.size() / 2);
    User user = data.users().findById(sample.userId()).orElseThrow();
    Item item = items.stream().filter(i -> i.id().equals(sample.itemId())).findFirst().get();
    long expected =
        ledger.stream()
            .filter(m -> m.reason() == MovementReason.CONSUME)
            .filter(m -> m.userId().equals(user.id()) && m.itemId().equals(item.id()))
            .filter(m -> !m.at().isBefore(FROM.atStartOfDay().toInstant(ZoneOffset.UTC)))
            .count();
    List<Object[]> rows =
        rows(
            Reports.STOCK_LEDGER,
            Map.of(
                "from",
                FROM.toString(),
                "reason",
                "consume",
                "user",
                user.email().toUpperCase(java.util.Locale.ROOT),
                "item",
                item.sku()));
    assertThat(rows).hasSize((int) expected);
    assertThat(rows).allSatisfy(r -> assertThat(r[4]).isEqualTo("CONSUME"));
  }

  @Test
  void ledgerLinesNameTheirItemAndUser() {
    Map<UUID, Item> byId = items.stream().collect(Collectors.toMap(Item::id, i -> i));
    Map<UUID, String> emails = new HashMap<>();
    data.users().all().forEach(u -> emails.put(u.id(), u.email()));
    List<List<Object>> expected =
        ledger.stream()
            .filter(m -> !m.at().isBefore(FROM.atStartOfDay().toInstant(ZoneOffset.UTC)))
            .filter(m -> m.at().isBefore(endOf(TODAY)))
            .map(
                m -> {
                  Item item = byId.get(m.itemId());
                  return List.<Object>of(
                      m.at(),
                      item.sku(),
                      item.name(),
                      item.category().name(),
                      m.reason().name(),
                      item.unit().symbol(),
                      emails.get(m.userId()));
                })
            .toList();
    List<List<Object>> actual =
        rows(Reports.STOCK_LEDGER, Map.of("from", FROM.toString())).stream()
            .map(r -> List.of(r[0], r[1], r[2], r[3], r[4], r[6], r[10]))
            .toList();

    assertThat(actual).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void ledgerFiltersByCategory() {
    Item sample =
        items.stream().filter(i -> !data.movements().forItem(i.id()).isEmpty()).findFirst().get();
    Set<UUID> inCategory =
        items.stream()
            .filter(i -> i.category() == sample.category())
            .map(Item::id)
            .collect(Collectors.toSet());
    long expected =
        ledger.stream()
            .filter(m -> inCategory.contains(m.itemId()))
            .filter(m -> !m.at().isBefore(FROM.atStartOfDay().toInstant(ZoneOffset.UTC)))
            .filter(m -> m.at().isBefore(endOf(TODAY)))
            .count();
    List<Object[]> rows =
        rows(
            Reports.STOCK_LEDGER,
            Map.of("from", FROM.toString(), "category", sample.category().name()));

    assertThat(rows).hasSize((int) expected).isNotEmpty();
    assertThat(rows).allSatisfy(r -> assertThat(r[3]).isEqualTo(sample.category().name()));
  }

  @Test
  void anExportsProgressTotalIsTheRowsItReads() {
    // The ledger counts its lines with a query of its own; every other report counts its query.
    Map<ReportDefinition, Map<String, String>> cases = new HashMap<>();
    Reports.all().forEach(r -> cases.put(r, Map.of()));
    cases.put(
        Reports.STOCK_LEDGER,
        Map.of(
            "from",
            FROM.toString(),
            "category",
            items.get(0).category().name(),
            "reason",
            "consume"));
    cases.forEach(
        (report, params) -> {
          List<long[]> progress = new ArrayList<>();
          reports.export(
              reports.arguments(report, params),
              dir.resolve(report.name() + ".csv"),
              CsvOptions.defaults(),
              (read, total) -> progress.add(new long[] {read, total}),
              () -> false);
          long[] last = progress.get(progress.size() - 1);
          assertThat(last[0]).as(report.name()).isEqualTo(last[1]);
          if (report.equals(Reports.STOCK_LEDGER)) {
            assertThat(last[0]).isPositive();
          }
        });
  }

  @Test
  void aLineWhoseItemAndUserAreNotOnThisDeviceHasEmptyNames() {
    // A pulled line can arrive before its item; the day is far from every other test's range.
    Instant at = Instant.parse("2020-01-01T08:00:00Z");
    data.store()
        .inTransaction(
            s -> {
              s.doWork(
                  c -> {
                    try (PreparedStatement ps =
                        c.prepareStatement(
                            "INSERT INTO stock_movement (id, item_id, quantity, reason, user_id,"
                                + " at, device_id) VALUES (?, ?, 5, 'RECEIVE', ?, ?, 'elsewhere')")) {
                      ps.setObject(1, UUID.randomUUID());
                      ps.setObject(2, UUID.randomUUID());
                      ps.setObject(3, UUID.randomUUID());
                      ps.setObject(4, at.atOffset(ZoneOffset.UTC));
                      ps.executeUpdate();
                    }
                  });
              return null;
            });
    List<Object[]> rows =
        rows(Reports.STOCK_LEDGER, Map.of("from", "2020-01-01", "to", "2020-01-01"));

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0))
        .containsExactly(
            at,
            null,
            null,
            null,
            "RECEIVE",
            new BigDecimal("5.000"),
            null,
            null,
            null,
            null,
            null,
            "elsewhere");
  }

  @Test
  void workInProgressCountsOrdersAtTheirFirstUnfinishedStage() {
    Map<String, long[]> expected = new TreeMap<>();
    for (ProductionOrder order :
        data.orders().withStatus(Set.of(OrderStatus.IN_PROGRESS, OrderStatus.ON_HOLD))) {
      data.stages().forOrder(order.id()).stream()
          .sorted(Comparator.comparingInt(ProductionStage::sequence))
          .filter(s -> s.status() != StageStatus.DONE)
          .findFirst()
          .ifPresent(
              s -> {
                long[] counts = expected.computeIfAbsent(s.name(), k -> new long[2]);
                counts[0]++;
                counts[1] += order.quantity();
              });
    }
    Map<String, long[]> actual = new TreeMap<>();
    for (Object[] row : rows(Reports.PRODUCTION_WIP, Map.of())) {
      actual.put((String) row[0], new long[] {(Long) row[1], (Long) row[2]});
    }
    assertThat(expected).isNotEmpty();
    assertThat(actual).containsOnlyKeys(expected.keySet());
    expected.forEach((stage, c) -> assertThat(actual.get(stage)).as(stage).containsExactly(c));
  }

  @Test
  void throughputCountsFinishedOrdersPerWeek() {
    Map<LocalDate, long[]> expected = new TreeMap<>();
    for (ProductionOrder order : data.orders().withStatus(Set.of(OrderStatus.DONE))) {
      Instant finished =
          data.stages().forOrder(order.id()).stream()
              .map(ProductionStage::finishedAt)
              .filter(Objects::nonNull)
              .max(Comparator.naturalOrder())
              .orElseThrow();
      LocalDate monday =
          LocalDate.ofInstant(finished, ZoneOffset.UTC)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      long[] c = expected.computeIfAbsent(monday, k -> new long[2]);
      c[0]++;
      c[1] += order.quantity();
    }
    List<Object[]> rows = rows(Reports.THROUGHPUT_WEEKLY, Map.of("from", FROM.toString()));
    long weeks =
        ChronoUnit.WEEKS.between(
                FROM.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), TODAY)
            + 1;
    assertThat(rows).hasSize((int) weeks);
    assertThat(expected).isNotEmpty();
    for (Object[] row : rows) {
      long[] c = expected.getOrDefault((LocalDate) row[0], new long[2]);
      assertThat(new long[] {(Long) row[1], (Long) row[2]})
          .as(row[0].toString())
          .containsExactly(c);
    }
  }

  @Test
  void leadTimesAreTheMedianAndEightiethPercentileOfEachStage() {
    Map<String, List<Double>> hours = new HashMap<>();
    for (ProductionOrder order : data.orders().all()) {
      for (ProductionStage s : data.stages().forOrder(order.id())) {
        if (s.status() == StageStatus.DONE && s.startedAt() != null) {
          hours
              .computeIfAbsent(s.name(), k -> new ArrayList<>())
              .add(Duration.between(s.startedAt(), s.finishedAt()).toSeconds() / 3600.0);
        }
      }
    }
    assertThat(hours).isNotEmpty();
    List<Object[]> rows = rows(Reports.STAGE_LEAD_TIMES, Map.of("from", FROM.toString()));
    assertThat(rows).extracting(r -> r[0]).containsExactlyInAnyOrderElementsOf(hours.keySet());
    for (Object[] row : rows) {
      List<Double> sorted = hours.get(row[0]).stream().sorted().toList();
      int n = sorted.size();
      double median =
          n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
      double rank = 0.8 * (n - 1);
      int lo = (int) rank;
      double p80 =
          sorted.get(lo) + (rank - lo) * (sorted.get(Math.min(lo + 1, n - 1)) - sorted.get(lo));
      assertThat((Long) row[1]).isEqualTo(n);
      assertThat(((BigDecimal) row[2]).doubleValue()).isCloseTo(median, within());
      assertThat(((BigDecimal) row[3]).doubleValue()).isCloseTo(p80, within());
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }

  @Test
  void onTimeSplitsOrdersDueInTheRangeByCustomer() {
    Map<String, long[]> expected = new TreeMap<>();
    for (ProductionOrder order : data.orders().all()) {
      if (order.status() == OrderStatus.CANCELLED
          || order.dueDate().isBefore(FROM)
          || order.dueDate().isAfter(TODAY)) {
        continue;
      }
      String name =
          order.customerId() == null
              ? "(no customer)"
              : data.customers().findById(order.customerId()).orElseThrow().name();
      long[] c = expected.computeIfAbsent(name, k -> new long[4]);
      c[0]++;
      Instant finished =
          data.stages().forOrder(order.id()).stream()
              .map(ProductionStage::finishedAt)
              .filter(Objects::nonNull)
              .max(Comparator.naturalOrder())
              .orElse(null);
      if (order.status() == OrderStatus.DONE) {
        c[LocalDate.ofInstant(finished, ZoneOffset.UTC).isAfter(order.dueDate()) ? 2 : 1]++;
      } else if (order.dueDate().isBefore(TODAY)) {
        c[3]++;
      }
    }
    Map<String, long[]> actual = new TreeMap<>();
    for (Object[] row : rows(Reports.ORDERS_ON_TIME, Map.of("from", FROM.toString()))) {
      actual.put(
          (String) row[0], new long[] {(Long) row[1], (Long) row[2], (Long) row[3], (Long) row[4]});
    }
    assertThat(expected).isNotEmpty();
    assertThat(actual).containsOnlyKeys(expected.keySet());
    expected.forEach((c, v) -> assertThat(actual.get(c)).as(c).containsExactly(v));
  }

  @Test
  void quotesShowTheirTotalsAndConvertedOrders() {
    List<Quote> quotes = data.quotes().all();
    List<Object[]> rows = rows(Reports.QUOTES_CONVERSION, Map.of());
    assertThat(rows).hasSize(quotes.size()).isNotEmpty();
    for (Quote quote : quotes) {
      Object[] row =
          rows.stream().filter(r -> r[0].equals(quote.number())).findFirst().orElseThrow();
      assertThat(row[4]).isEqualTo(quote.status().name());
      if (quote.breakdown() != null) {
        assertThat((BigDecimal) row[5]).isEqualByComparingTo(quote.breakdown().total().amount());
      }
      String order =
          quote.convertedOrderId() == null
              ? null
              : data.orders().findById(quote.convertedOrderId()).orElseThrow().number();
      assertThat(row[8]).isEqualTo(order);
    }
    assertThat(rows(Reports.QUOTES_CONVERSION, Map.of("status", "draft")))
        .hasSize((int) quotes.stream().filter(q -> q.status().name().equals("DRAFT")).count());
  }

  @Test
  void receivablesAgeingTotalsIssuedInvoicesAsTheInvoiceDoes() {
    List<Invoice> issued =
        data.customers().all().stream()
            .flatMap(c -> data.invoices().forCustomer(c.id()).stream())
            .filter(i -> i.status() == InvoiceStatus.ISSUED)
            .toList();
    List<Object[]> rows = rows(Reports.RECEIVABLES_AGEING, Map.of());
    assertThat(rows).hasSize(issued.size()).hasSize(1);
    Invoice invoice = issued.get(0);
    assertThat((BigDecimal) rows.get(0)[4])
        .isEqualByComparingTo(
            InvoiceTotals.of(invoice.lines(), invoice.currency()).total().amount());
    assertThat(rows.get(0)[6]).isEqualTo(45L);
    assertThat(rows.get(0)[7]).isEqualTo("31-60");
  }

  private static BigDecimal sum(List<Object[]> rows, int column) {
    return rows.stream().map(r -> (BigDecimal) r[column]).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
