package dev.bobbin.desktop.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.StageEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order list, its filters, the order detail and the new-order form, on a real H2 store. */
class OrdersViewModelTest {
  @TempDir Path dir;
  LocalData data;
  Floor floor;
  OrdersViewModel orders;

  @BeforeEach
  void open() {
    data = TestData.open(dir);
    floor = new Floor(data);
    orders =
        new OrdersViewModel(data.productionQueries(), BackgroundTasks.sameThread(), TestData.CLOCK);
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void filtersByStatusDueDateAndCustomer() {
    // Today is Monday 2 March 2026.
    ProductionOrder overdue = floor.order(5, LocalDate.of(2026, 2, 27));
    ProductionOrder thisWeek = floor.order(5, LocalDate.of(2026, 3, 6));
    Customer acme = data.customers().create(TestData.customer("Acme"));
    ProductionOrder forAcme =
        data.production()
            .plan(
                new OrderRequest(
                    floor.design.id(),
                    acme.id(),
                    floor.workflow.id(),
                    3,
                    LocalDate.of(2026, 4, 30),
                    dev.bobbin.model.production.Priority.HIGH,
                    null));
    data.production().changeStatus(thisWeek.id(), OrderStatus.ON_HOLD);
    orders.refresh();
    assertThat(orders.rows()).hasSize(3);

    orders.dueProperty().set(DueFilter.OVERDUE);
    assertThat(orders.rows()).extracting(r -> r.order().id()).containsExactly(overdue.id());
    orders.dueProperty().set(DueFilter.THIS_WEEK);
    assertThat(orders.rows()).extracting(r -> r.order().id()).containsExactly(thisWeek.id());
    orders.dueProperty().set(DueFilter.ANY);
    orders.statusProperty().set(OrderStatus.ON_HOLD);
    assertThat(orders.rows()).extracting(r -> r.order().id()).containsExactly(thisWeek.id());
    orders.statusProperty().set(null);
    orders.customerProperty().set(acme);
    assertThat(orders.rows()).extracting(r -> r.order().id()).containsExactly(forAcme.id());
    assertThat(orders.summaryProperty().get()).isEqualTo("1 of 3 orders");
  }

  @Test
  void theDetailShowsWhoDidWhatAndTheMaterialsOnHandReservedAndAvailable() {
    ProductionOrder order = floor.order(10, LocalDate.of(2026, 3, 20));
    var cutting = data.stages().forOrder(order.id()).get(0);
    data.shopFloor().start(cutting.id());
    data.shopFloor().block(cutting.id(), "Blade broken");

    orders.refresh();
    orders.open(order.id());
    OrderDetail detail = orders.detailProperty().get();

    assertThat(detail.timeline())
        .extracting(e -> e.activity().event(), OrderDetail.TimelineEntry::who)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StageEvent.START, "Test MANAGER"),
            org.assertj.core.groups.Tuple.tuple(StageEvent.BLOCK, "Test MANAGER"));
    assertThat(detail.timeline().get(1).activity().note()).isEqualTo("Blade broken");
    assertThat(detail.stages().get(0).assignee()).isEqualTo("Test MANAGER");
    assertThat(detail.materials())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.required()).isEqualByComparingTo("15");
              assertThat(m.heldForOrder()).isEqualByComparingTo("15");
              assertThat(m.onHand()).isEqualByComparingTo("100");
              assertThat(m.reserved()).isEqualByComparingTo("15");
              assertThat(m.available()).isEqualByComparingTo("85");
            });
  }

  @Test
  void theNewOrderFormPlansAnOrderFromAnApprovedDesign() {
    NewOrderViewModel form =
        new NewOrderViewModel(
            data.productionQueries(),
            data.production(),
            data.currentUser(),
            BackgroundTasks.sameThread(),
            TestData.CLOCK);
    form.load();
    assertThat(form.designs()).extracting(d -> d.code()).containsExactly("SH-1");
    form.designProperty().set(form.designs().get(0));
    form.quantityProperty().set("many");
    AtomicReference<ProductionOrder> planned = new AtomicReference<>();
    form.plan(planned::set);
    assertThat(form.errorProperty().get())
        .isEqualTo("Enter the quantity as a whole number of pieces.");

    form.quantityProperty().set("0");
    form.plan(planned::set);
    assertThat(form.errorProperty().get()).contains("quantity");
    assertThat(planned.get()).isNull();

    form.quantityProperty().set("25");
    form.plan(planned::set);
    assertThat(planned.get().quantity()).isEqualTo(25);
    assertThat(planned.get().dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(data.stages().forOrder(planned.get().id())).hasSize(3);
  }
}
