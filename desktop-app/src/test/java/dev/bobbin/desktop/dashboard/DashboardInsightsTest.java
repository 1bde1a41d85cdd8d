package dev.bobbin.desktop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.production.DueFilter;
import dev.bobbin.desktop.production.OrderRequest;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.insights.Blocker;
import dev.bobbin.model.insights.Insights;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's insights, computed offline from the local database: 100 m of fabric, shirts of
 * 1.5 m, three planned orders of 40, 20 and 20 shirts, the first overdue.
 */
class DashboardInsightsTest {
  @TempDir Path dir;
  LocalData data;
  UUID design;
  UUID workflow;

  @BeforeEach
  void open() {
    data = TestData.open(dir.resolve("data"));
    Item fabric = data.items().create(TestData.item("FAB-1", Unit.M));
    data.inventory()
        .recordNew(fabric.id(), new BigDecimal("100"), MovementReason.RECEIVE, "GRN", null);
    design =
        data.designs()
            .create(
                new Design(
                    Ids.newId(),
                    "SH-1",
                    "Shirt",
                    null,
                    null,
                    DesignStatus.APPROVED,
                    Set.of(),
                    null,
                    List.of(),
                    List.of(new BomLine(fabric.id(), new BigDecimal("1.5")))))
            .id();
    workflow =
        data.workflows()
            .create(
                new WorkflowTemplate(
                    Ids.newId(),
                    "Garment",
                    List.of(
                        new StageTemplate("Cutting", true), new StageTemplate("Sewing", false))))
            .id();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void readinessAndBlockersComeFromTheLocalOrdersAndStock() {
    LocalDate today = LocalDate.now(TestData.CLOCK);
    plan(40, today.minusDays(2)); // 60 m: taken first
    plan(20, today.plusDays(5)); // 30 m: 10 m left
    plan(20, today.plusDays(10)); // 30 m: short

    DashboardData content = dashboard().contentProperty().get();
    Insights insights = content.insights();

    assertThat(insights.readiness().openOrders()).isEqualTo(3);
    assertThat(insights.readiness().readyOrders()).isEqualTo(2);
    assertThat(insights.readiness().share()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(insights.readiness().waiting().get(0).shortfalls().get(0).available())
        .isEqualByComparingTo("10");
    assertThat(content.skus()).containsValue("FAB-1");
    assertThat(insights.blockers()).extracting(Blocker::kind).containsExactly(Blocker.Kind.OVERDUE);
    assertThat(insights.blockers().get(0).reason()).endsWith("is 2 days past its due date.");
  }

  @Test
  void withNoOrdersNothingBlocks() {
    Insights insights = dashboard().contentProperty().get().insights();

    assertThat(insights.readiness().openOrders()).isZero();
    assertThat(insights.blockers()).isEmpty();
    assertThat(insights.batches()).isEmpty();
  }

  @Test
  void durationsReadLikePeopleSayThem() {
    assertThat(InsightsView.duration(45)).isEqualTo("45 min");
    assertThat(InsightsView.duration(120)).isEqualTo("2 h");
    assertThat(InsightsView.duration(135)).isEqualTo("2 h 15 min");
  }

  private void plan(int quantity, LocalDate due) {
    data.production()
        .plan(new OrderRequest(design, null, workflow, quantity, due, Priority.NORMAL, null));
  }

  private DashboardViewModel dashboard() {
    DashboardViewModel model =
        new DashboardViewModel(
            data,
            BackgroundTasks.sameThread(),
            TestData.CLOCK,
            new DashboardLinks() {
              @Override
              public void openLowStock() {}

              @Override
              public void openInventory() {}

              @Override
              public void openBoard() {}

              @Override
              public void openOrders(DueFilter due) {}
            },
            new SimpleStringProperty("Working offline"));
    model.refresh();
    assertThat(model.errorProperty().get()).isEmpty();
    return model;
  }
}
