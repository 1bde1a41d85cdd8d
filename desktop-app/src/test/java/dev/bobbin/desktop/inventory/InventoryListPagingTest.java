package dev.bobbin.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.demo.DemoWorkspace;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.inventory.Category;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list's paging, filters and scan lookup on a store with 3,000 bulk items. */
class InventoryListPagingTest {
  @TempDir static Path dir;
  static LocalData data;

  @BeforeAll
  static void open() {
    data = TestData.open(dir);
    new DemoWorkspace(data, TestData.CLOCK).bulkItems(3_000);
  }

  @AfterAll
  static void close() {
    data.close();
  }

  private static InventoryViewModel model() {
    return new InventoryViewModel(data.inventoryData(), BackgroundTasks.sameThread());
  }

  @Test
  void theListLoadsOnePageAndTheNextWhenAskedWithoutDuplicates() {
    InventoryViewModel model = model();
    model.refresh();
    assertThat(model.rows()).hasSize(InventoryViewModel.PAGE_SIZE);
    assertThat(model.total()).isEqualTo(3_000);
    assertThat(model.summaryProperty().get())
        .startsWith("Showing " + InventoryViewModel.PAGE_SIZE + " of 3,000 items");

    model.loadMore();
    assertThat(model.rows()).hasSize(2 * InventoryViewModel.PAGE_SIZE);
    assertThat(model.rows().stream().map(r -> r.item().id()).distinct())
        .hasSize(2 * InventoryViewModel.PAGE_SIZE);
    assertThat(model.rows().get(InventoryViewModel.PAGE_SIZE).item().sku())
        .isEqualTo(String.format("BLK-%07d", InventoryViewModel.PAGE_SIZE));
  }

  @Test
  void filtersCombineWithTheSearchText() {
    InventoryViewModel model = model();
    String location = data.items().locations().get(0);
    model.locationProperty().set(location);
    model.queryProperty().set("teal");
    model.refresh();
    assertThat(model.rows())
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.item().location()).isEqualTo(location);
              assertThat(r.item().colourName()).isEqualTo("Teal");
            });

    model.categoryProperty().set(Category.THREAD);
    model.refresh();
    assertThat(model.rows()).isEmpty();
  }

  @Test
  void theLowStockFilterShowsOnlyLowItems() {
    InventoryViewModel model = model();
    model.showLowStock();
    // Bulk items start at zero with a reorder point of 50: all are low.
    assertThat(model.total()).isEqualTo(3_000);
    assertThat(model.rows()).allMatch(ItemRow::low);
    assertThat(model.summaryProperty().get()).contains("low on stock");
  }

  @Test
  void aScanFindsTheItemByBarcodeAndAnUnknownCodeIsReportedBack() {
    InventoryViewModel model = model();
    ItemRow first = data.items().search("", ItemFilter.all(), 0, 1).get(0);
    List<ItemRow> found = new ArrayList<>();
    List<String> unknown = new ArrayList<>();

    model.scan(" " + first.item().barcode() + " ", found::add, unknown::add);
    model.scan("0000000000000", found::add, unknown::add);

    assertThat(found).extracting(r -> r.item().id()).containsExactly(first.item().id());
    assertThat(unknown).containsExactly("0000000000000");
  }

  @Test
  void theDeniedReasonNamesWhatTheRoleMayNotDo() {
    data.currentUser().signIn(TestData.user("floor@example.com", Role.FLOOR));
    try {
      InventoryViewModel model = model();
      assertThat(model.deniedReason(Permission.EDIT_ITEMS))
          .contains("Your role may not edit items. Ask a manager.");
      assertThat(model.deniedReason(Permission.RECORD_STOCK_MOVEMENTS)).isEmpty();
    } finally {
      data.currentUser().signIn(TestData.user("manager2@example.com", Role.MANAGER));
    }
  }
}
