package dev.bobbin.desktop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.DesktopOptions;
import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.production.DueFilter;
import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.inventory.StockLedger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's figures on the real demo workspace. */
class DashboardViewModelTest {
  @TempDir static Path home;
  static Workspace workspace;
  final List<String> opened = new ArrayList<>();

  @BeforeAll
  static void openDemo() {
    workspace =
        Workspace.open(
            new DesktopOptions(Optional.empty(), Optional.empty(), true),
            new DataDirectory(Map.of(), "Linux", home),
            TestData.CLOCK);
  }

  @AfterAll
  static void close() {
    workspace.close();
  }

  private DashboardViewModel model() {
    return new DashboardViewModel(
        workspace.data(),
        BackgroundTasks.sameThread(),
        TestData.CLOCK,
        new DashboardLinks() {
          @Override
          public void openLowStock() {
            opened.add("low");
          }

          @Override
          public void openInventory() {
            opened.add("inventory");
          }

          @Override
          public void openBoard() {
            opened.add("board");
          }

          @Override
          public void openOrders(DueFilter due) {
            opened.add("orders " + due);
          }
        },
        new SimpleStringProperty("Working offline"));
  }

  @Test
  void lowStockTilesCarryTheSuggestedReorderQuantity() {
    DashboardViewModel model = model();
    model.refresh();
    DashboardData data = model.contentProperty().get();
    assertThat(data.lowStockTotal()).isPositive();
    assertThat(data.lowStock())
        .isNotEmpty()
        .allSatisfy(
            l ->
                assertThat(l.suggestedReorder())
                    .isEqualByComparingTo(
                        StockLedger.suggestedReorder(l.row().item(), l.row().available()))
                    .isPositive());
    assertThat(model.lowStockCount()).isEqualTo(data.lowStockTotal());
  }

  @Test
  void ordersAndActivityAndChartsAreFilledFromTheDemo() {
    DashboardViewModel model = model();
    model.refresh();
    DashboardData data = model.contentProperty().get();
    assertThat(data.workInProgress()).isNotEmpty();
    assertThat(data.recent()).hasSize(DashboardData.RECENT);
    assertThat(data.recent().get(0).movement().at())
        .isAfterOrEqualTo(data.recent().get(1).movement().at());
    assertThat(data.stockValue()).isNotEmpty();
    assertThat(data.finishedPerWeek()).hasSize(DashboardData.WEEKS);
    assertThat(model.errorProperty().get()).isEmpty();
  }

  @Test
  void tilesLeadToTheListBehindThem() {
    DashboardViewModel model = model();
    model.openLowStock();
    model.openBoard();
    model.openOrders(DueFilter.OVERDUE);
    assertThat(opened).containsExactly("low", "board", "orders OVERDUE");
  }
}
