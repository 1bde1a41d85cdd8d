package dev.bobbin.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inventory list's logic on the real demo workspace, without a screen. */
class InventoryViewModelTest {
  @TempDir static Path home;
  static Workspace workspace;

  @BeforeAll
  static void openDemo() {
    workspace = TestData.demoWorkspace(home);
  }

  @AfterAll
  static void close() {
    workspace.close();
  }

  private static InventoryViewModel model() {
    return new InventoryViewModel(workspace.inventoryData(), BackgroundTasks.sameThread());
  }

  @Test
  void anEmptySearchShowsTheFirstPageAndScrollingListsEveryActiveItem() {
    InventoryViewModel model = model();
    model.refresh();
    long total = workspace.data().items().count("", ItemFilter.all());
    assertThat(total).isGreaterThan(InventoryViewModel.PAGE_SIZE);
    assertThat(model.rows()).hasSize(InventoryViewModel.PAGE_SIZE);
    assertThat(model.summaryProperty().get())
        .startsWith("Showing " + InventoryViewModel.PAGE_SIZE + " of " + total + " items");
    assertThat(model.loadingProperty().get()).isFalse();

    model.loadMore();
    assertThat(model.rows()).hasSize((int) total);
    assertThat(model.summaryProperty().get()).startsWith(total + " items");
  }

  @Test
  void searchingNarrowsTheRowsAndSaysWhatMatched() {
    InventoryViewModel model = model();
    model.queryProperty().set("  denim ");
    model.refresh();
    assertThat(model.rows())
        .isNotEmpty()
        .allSatisfy(
            row ->
                assertThat(
                        (row.item().sku() + row.item().name() + row.item().colourName())
                            .toLowerCase(java.util.Locale.ROOT))
                    .contains("denim"));
    assertThat(model.summaryProperty().get()).contains("matching \u201cdenim\u201d");
  }

  @Test
  void theSummaryCountsLowStockItems() {
    InventoryViewModel model = model();
    model.refresh();
    long low = model.rows().stream().filter(ItemRow::low).count();
    assertThat(low).isPositive();
    assertThat(model.summaryProperty().get()).endsWith(low + " low on stock");
  }

  @Test
  void aSearchWithNoMatchShowsNoRowsAndNoError() {
    InventoryViewModel model = model();
    model.queryProperty().set("no-such-thing-zzz");
    model.refresh();
    assertThat(model.rows()).isEmpty();
    assertThat(model.summaryProperty().get()).startsWith("0 items");
    assertThat(model.errorProperty().get()).isEmpty();
  }
}
