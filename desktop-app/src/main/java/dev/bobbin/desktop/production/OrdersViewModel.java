package dev.bobbin.desktop.production;

import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.production.OrderStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The order list with its filters (status, due date, customer) and the opened order's detail. */
public final class OrdersViewModel {
  private final ProductionQueries queries;
  private final BackgroundTasks tasks;
  private final Clock clock;
  private final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>(this, "status");
  private final ObjectProperty<DueFilter> due =
      new SimpleObjectProperty<>(this, "due", DueFilter.ANY);
  private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>(this, "customer");
  private final ObservableList<Customer> customers = FXCollections.observableArrayList();
  // Read-only views made once: a JavaFX read-only list hears its source through a weak
  // listener, so a view made per call (and its listeners) would vanish at the next GC.
  private final ObservableList<Customer> readOnlyCustomers =
      FXCollections.unmodifiableObservableList(customers);
  private final ObservableList<OrderRow> rows = FXCollections.observableArrayList();
  private final ObservableList<OrderRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyObjectWrapper<OrderDetail> detail =
      new ReadOnlyObjectWrapper<>(this, "detail");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyObjectWrapper<ProductionTab> wanted =
      new ReadOnlyObjectWrapper<>(this, "wanted");
  private List<OrderRow> everything = List.of();

  public OrdersViewModel(ProductionQueries queries, BackgroundTasks tasks, Clock clock) {
    this.queries = queries;
    this.tasks = tasks;
    this.clock = clock;
    status.addListener((obs, o, n) -> applyFilter());
    due.addListener((obs, o, n) -> applyFilter());
    customer.addListener((obs, o, n) -> applyFilter());
  }

  /** Asks the page to show the stage board (where the dashboard's work-in-progress leads). */
  public void showBoard() {
    wanted.set(ProductionTab.BOARD);
  }

  /** Asks the page to show the order list with only this due-date filter (a dashboard tile). */
  public void showOrders(DueFilter filter) {
    status.set(null);
    customer.set(null);
    due.set(filter);
    wanted.set(ProductionTab.ORDERS);
  }

  /** The tab last asked for, until the page has shown it ({@link #tabShown}); else null. */
  public ReadOnlyObjectProperty<ProductionTab> wantedTabProperty() {
    return wanted.getReadOnlyProperty();
  }

  public void tabShown() {
    wanted.set(null);
  }

  /** Only orders in this status; {@code null} for all. */
  public ObjectProperty<OrderStatus> statusProperty() {
    return status;
  }

  public ObjectProperty<DueFilter> dueProperty() {
    return due;
  }

  /** Only this customer's orders; {@code null} for all. */
  public ObjectProperty<Customer> customerProperty() {
    return customer;
  }

  public ObservableList<Customer> customers() {
    return readOnlyCustomers;
  }

  public ObservableList<OrderRow> rows() {
    return readOnlyRows;
  }

  /** The opened order; {@code null} when none is. */
  public ReadOnlyObjectProperty<OrderDetail> detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Reloads orders and customers; the opened order too. */
  public void refresh() {
    loading.set(true);
    tasks.run(
        () -> new Loaded(queries.orders(), queries.customers()),
        loaded -> {
          everything = loaded.orders();
          Customer chosen = customer.get();
          customers.setAll(loaded.customers());
          if (chosen != null && !customers.contains(chosen)) {
            customer.set(null);
          }
          applyFilter();
          loading.set(false);
          error.set("");
          if (detail.get() != null) {
            open(detail.get().order().id());
          }
        },
        this::fail);
  }

  private record Loaded(List<OrderRow> orders, List<Customer> customers) {}

  /** Opens one order's detail: stages, timeline and materials. */
  public void open(UUID orderId) {
    tasks.run(() -> queries.detail(orderId), detail::set, this::fail);
  }

  public void closeDetail() {
    detail.set(null);
  }

  private void applyFilter() {
    LocalDate today = LocalDate.now(clock);
    List<OrderRow> shown =
        everything.stream()
            .filter(r -> status.get() == null || r.order().status() == status.get())
            .filter(r -> due.get() == null || due.get().accepts(r, today))
            .filter(
                r -> customer.get() == null || customer.get().id().equals(r.order().customerId()))
            .toList();
    rows.setAll(shown);
    summary.set(
        shown.size() == everything.size()
            ? everything.size() + (everything.size() == 1 ? " order" : " orders")
            : shown.size() + " of " + everything.size() + " orders");
  }

  private void fail(Throwable failure) {
    loading.set(false);
    error.set(FriendlyErrors.message(failure));
  }
}
