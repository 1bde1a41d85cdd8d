package dev.bobbin.desktop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.inventory.ItemFilter;
import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.inventory.StockLedger;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.StageStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorkspaceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @TempDir static Path shared;
  private static LocalData demo;

  @BeforeAll
  static void seedOnce() {
    demo = LocalData.open(shared, TestData.CLOCK);
    assertThat(new DemoWorkspace(demo, TestData.CLOCK).seedIfEmpty()).isTrue();
  }

  @AfterAll
  static void close() {
    demo.close();
  }

  @Test
  void seedingAgainDoesNothing() {
    long items = demo.items().count("", ItemFilter.all().withArchived());
    long entries = demo.outbox().pendingCount();

    assertThat(new DemoWorkspace(demo, TestData.CLOCK).seedIfEmpty()).isFalse();

    assertThat(demo.items().count("", ItemFilter.all().withArchived())).isEqualTo(items);
    assertThat(demo.outbox().pendingCount()).isEqualTo(entries);
  }

  @Test
  void seedingLeavesNobodySignedIn() {
    assertThat(demo.currentUser().get()).isEmpty();
  }

  @Test
  void aSmallFactorysStockWithValidBarcodesAndSomeItemsLow() {
    List<ItemRow> rows = allRows();

    assertThat(rows).hasSizeBetween(60, 120);
    assertThat(rows).allSatisfy(r -> assertThat(Ean13.isValid(r.item().barcode())).isTrue());
    assertThat(rows.stream().map(r -> r.item().barcode()).distinct()).hasSameSizeAs(rows);
    assertThat(rows).filteredOn(ItemRow::low).hasSizeGreaterThanOrEqualTo(3);
    assertThat(rows)
        .filteredOn(r -> r.item().sku().equals("FAB-SLK-EME"))
        .singleElement()
        .satisfies(r -> assertThat(r.low()).isTrue());
    assertThat(rows).allSatisfy(r -> assertThat(r.onHand().signum()).isNotNegative());
  }

  @Test
  void everyCachedBalanceEqualsItsLedgerAndHistorySpansTwoMonths() {
    for (ItemRow row : allRows()) {
      List<StockMovement> ledger = demo.movements().forItem(row.item().id());
      assertThat(row.onHand()).isEqualByComparingTo(StockLedger.onHand(ledger));
      assertThat(ledger).allSatisfy(m -> assertThat(m.at()).isBefore(TestData.NOW));
    }
    List<StockMovement> poplin =
        demo.movements().forItem(demo.items().findBySku("FAB-POP-WHT").orElseThrow().id());
    assertThat(Duration.between(poplin.get(0).at(), TestData.NOW).toDays()).isBetween(59L, 61L);
  }

  @Test
  void ordersInEveryStatusSomeOverdueWithStagesInEveryState() {
    List<ProductionOrder> orders = demo.orders().all();

    assertThat(orders).hasSizeBetween(6, 10);
    assertThat(orders).extracting(ProductionOrder::status).contains(OrderStatus.values());
    assertThat(demo.orders().overdue(TODAY)).hasSizeGreaterThanOrEqualTo(2);
    assertThat(
            orders.stream()
                .flatMap(o -> demo.stages().forOrder(o.id()).stream())
                .map(s -> s.status())
                .distinct())
        .containsExactlyInAnyOrder(StageStatus.values());
    assertThat(orders).allSatisfy(o -> assertThat(o.number()).startsWith("PO-"));
  }

  @Test
  void startedOrdersHoldOrConsumedTheirMaterials() {
    ProductionOrder cutting =
        demo.orders().withStatus(Set.of(OrderStatus.IN_PROGRESS)).stream()
            .filter(o -> !demo.reservations().activeForOrder(o.id()).isEmpty())
            .findFirst()
            .orElseThrow();

    assertThat(demo.stages().forOrder(cutting.id()).get(0).status())
        .isEqualTo(StageStatus.IN_PROGRESS);
    assertThat(allRows()).anySatisfy(r -> assertThat(r.available()).isLessThan(r.onHand()));
  }

  @Test
  void staffCustomersAndSuppliersAreThere() {
    assertThat(demo.users().all()).extracting(User::role).contains(Role.values());
    assertThat(demo.customers().all())
        .extracting(Customer::name)
        .contains("Maison Célestine", "রূপকথা ফ্যাশন হাউস", "上海锦绣服饰有限公司")
        .hasSizeBetween(5, 8);
    assertThat(demo.suppliers().all()).isNotEmpty();
    assertThat(demo.designs().all()).hasSizeBetween(5, 8);
    assertThat(demo.quotes().all()).isNotEmpty();
  }

  @Test
  void everyItemWasCreatedThroughTheOutbox() {
    assertThat(allRows())
        .allSatisfy(r -> assertThat(demo.outbox().entriesFor(r.item().id())).isNotEmpty());
  }

  @Test
  void theSameSeedMakesTheSameFactory(@TempDir Path other) {
    try (LocalData again = LocalData.open(other, TestData.CLOCK)) {
      new DemoWorkspace(again, TestData.CLOCK).seedIfEmpty();

      assertThat(balances(again)).isEqualTo(balances(demo));
    }
  }

  @Test
  void bulkItemsAddsThatManyItemsWithOutboxEntries(@TempDir Path other) {
    try (LocalData empty = LocalData.open(other, TestData.CLOCK)) {
      new DemoWorkspace(empty, TestData.CLOCK).bulkItems(12_345);

      assertThat(empty.items().count("", ItemFilter.all())).isEqualTo(12_345);
      assertThat(empty.outbox().pendingCount()).isEqualTo(12_345);
      assertThat(empty.items().search("blk-0012344", ItemFilter.all(), 0, 5)).hasSize(1);
    }
  }

  private static List<ItemRow> allRows() {
    return demo.items().search("", ItemFilter.all().withArchived(), 0, 1000);
  }

  private static Map<String, BigDecimal> balances(LocalData data) {
    return data.items().search("", ItemFilter.all(), 0, 1000).stream()
        .collect(Collectors.toMap(r -> r.item().sku(), ItemRow::onHand));
  }
}
