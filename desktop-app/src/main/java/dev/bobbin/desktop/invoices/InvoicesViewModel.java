package dev.bobbin.desktop.invoices;

import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The invoice list with its filters (status, customer, overdue only, words), and the commands that
 * make a draft from a production order and open an invoice in the editor. Everything is read from
 * the local store, so the list works offline.
 */
public final class InvoicesViewModel {
  private final InvoiceService invoices;
  private final BackgroundTasks tasks;
  private final Supplier<Optional<User>> user;
  private final List<InvoiceRow> everything = new ArrayList<>();
  private final ObservableList<InvoiceRow> rows = FXCollections.observableArrayList();
  private final ObservableList<Customer> customers = FXCollections.observableArrayList();
  private final ObservableList<OrderChoice> orders = FXCollections.observableArrayList();
  // Read-only views made once: they forward changes only while someone holds them.
  private final ObservableList<InvoiceRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<Customer> readOnlyCustomers =
      FXCollections.unmodifiableObservableList(customers);
  private final ObservableList<OrderChoice> readOnlyOrders =
      FXCollections.unmodifiableObservableList(orders);
  private final ObjectProperty<InvoiceStatus> status = new SimpleObjectProperty<>(this, "status");
  private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>(this, "customer");
  private final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly");
  private final StringProperty query = new SimpleStringProperty(this, "query", "");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

  public InvoicesViewModel(
      InvoiceService invoices, BackgroundTasks tasks, Supplier<Optional<User>> user) {
    this.invoices = invoices;
    this.tasks = tasks;
    this.user = user;
    status.addListener((obs, old, now) -> filter());
    customer.addListener((obs, old, now) -> filter());
    overdueOnly.addListener((obs, old, now) -> filter());
    query.addListener((obs, old, now) -> filter());
  }

  public ObservableList<InvoiceRow> rows() {
    return readOnlyRows;
  }

  /** Customers for the filter, by name. */
  public ObservableList<Customer> customers() {
    return readOnlyCustomers;
  }

  /** Orders a draft can be made from, once {@link #loadOrders()} ran. */
  public ObservableList<OrderChoice> orders() {
    return readOnlyOrders;
  }

  /** Only this status; {@code null} for all. */
  public ObjectProperty<InvoiceStatus> statusProperty() {
    return status;
  }

  /** Only this customer's; {@code null} for all. */
  public ObjectProperty<Customer> customerProperty() {
    return customer;
  }

  public BooleanProperty overdueOnlyProperty() {
    return overdueOnly;
  }

  public StringProperty queryProperty() {
    return query;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** Today, for the overdue badge. */
  public LocalDate today() {
    return invoices.today();
  }

  /** Why the user may not make or edit drafts, or empty when they may. */
  public Optional<String> deniedReason() {
    boolean allowed = user.get().map(u -> u.can(Permission.MANAGE_INVOICES)).orElse(false);
    return allowed
        ? Optional.empty()
        : Optional.of("Your role may not make or change invoices. Ask a manager.");
  }

  /** Reads the invoices and customers again. */
  public void refresh() {
    loading.set(true);
    tasks.run(
        () -> new Loaded(invoices.rows(), invoices.customers()),
        loaded -> {
          loading.set(false);
          everything.clear();
          everything.addAll(loaded.rows());
          Customer chosen = customer.get();
          customers.setAll(loaded.customers());
          if (chosen != null && !customers.contains(chosen)) {
            customer.set(null);
          }
          error.set("");
          filter();
        },
        failure -> {
          loading.set(false);
          error.set(FriendlyErrors.message(failure));
        });
  }

  /** Reads the orders a draft can be made from. */
  public void loadOrders() {
    tasks.run(
        invoices::invoiceableOrders,
        orders::setAll,
        failure -> error.set(FriendlyErrors.message(failure)));
  }

  /** Makes a draft from {@code order} and hands its editor to {@code opened}. */
  public void createDraft(OrderChoice order, Consumer<InvoiceEditorViewModel> opened) {
    Optional<String> denied = deniedReason();
    if (denied.isPresent()) {
      error.set(denied.get());
      return;
    }
    tasks.run(
        () -> invoices.draftFromOrder(order.orderId()),
        draft -> {
          InvoiceRow row = new InvoiceRow(draft, order.customer(), order.number());
          everything.add(0, row);
          filter();
          opened.accept(editor(row));
        },
        failure -> error.set(FriendlyErrors.message(failure)));
  }

  /** The editor of {@code row}; a saved draft updates its row in the list. */
  public InvoiceEditorViewModel editor(InvoiceRow row) {
    return new InvoiceEditorViewModel(
        row,
        invoices,
        tasks,
        new InvoiceEditorViewModel.Changes() {
          @Override
          public void saved(Invoice invoice) {
            replace(invoice);
          }

          @Override
          public void deleted(Invoice invoice) {
            everything.removeIf(r -> r.invoice().id().equals(invoice.id()));
            filter();
          }
        },
        deniedReason());
  }

  private void replace(Invoice saved) {
    for (int i = 0; i < everything.size(); i++) {
      InvoiceRow row = everything.get(i);
      if (row.invoice().id().equals(saved.id())) {
        everything.set(i, new InvoiceRow(saved, row.customer(), row.order()));
      }
    }
    filter();
  }

  private void filter() {
    UUID customerId = customer.get() == null ? null : customer.get().id();
    InvoiceFilter filter =
        new InvoiceFilter(
            status.get(), customerId, overdueOnly.get(), query.get() == null ? "" : query.get());
    LocalDate today = today();
    List<InvoiceRow> shown = everything.stream().filter(r -> filter.matches(r, today)).toList();
    rows.setAll(shown);
    long overdue = shown.stream().filter(r -> r.invoice().isOverdue(today)).count();
    String text = shown.size() + (shown.size() == 1 ? " invoice" : " invoices");
    if (shown.size() < everything.size()) {
      text += " of " + everything.size();
    }
    summary.set(overdue == 0 ? text : text + " · " + overdue + " overdue");
  }

  private record Loaded(List<InvoiceRow> rows, List<Customer> customers) {}
}
