package dev.bobbin.desktop.production;

import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.WorkflowTemplate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The "new order" form: an approved design, its workflow, quantity, due date and priority. */
public final class NewOrderViewModel {
  private final ProductionQueries queries;
  private final ProductionService production;
  private final CurrentUser user;
  private final BackgroundTasks tasks;
  private final ObservableList<Design> designs = FXCollections.observableArrayList();
  // Read-only views made once: a JavaFX read-only list hears its source through a weak
  // listener, so a view made per call (and its listeners) would vanish at the next GC.
  private final ObservableList<Design> readOnlyDesigns =
      FXCollections.unmodifiableObservableList(designs);
  private final ObservableList<WorkflowTemplate> workflows = FXCollections.observableArrayList();
  private final ObservableList<WorkflowTemplate> readOnlyWorkflows =
      FXCollections.unmodifiableObservableList(workflows);
  private final ObservableList<Customer> customers = FXCollections.observableArrayList();
  private final ObservableList<Customer> readOnlyCustomers =
      FXCollections.unmodifiableObservableList(customers);
  private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design");
  private final ObjectProperty<WorkflowTemplate> workflow =
      new SimpleObjectProperty<>(this, "workflow");
  private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>(this, "customer");
  private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
  private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>(this, "dueDate");
  private final ObjectProperty<Priority> priority =
      new SimpleObjectProperty<>(this, "priority", Priority.NORMAL);
  private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

  public NewOrderViewModel(
      ProductionQueries queries,
      ProductionService production,
      CurrentUser user,
      BackgroundTasks tasks,
      Clock clock) {
    this.queries = queries;
    this.production = production;
    this.user = user;
    this.tasks = tasks;
    dueDate.set(LocalDate.now(clock).plusWeeks(2));
    design.addListener(
        (obs, o, d) -> {
          if (d != null && d.customerId() != null) {
            customers.stream()
                .filter(c -> c.id().equals(d.customerId()))
                .findFirst()
                .ifPresent(customer::set);
          }
        });
  }

  /** Whether the user may plan orders. */
  public boolean canPlan() {
    return user.get().map(u -> u.can(Permission.PLAN_PRODUCTION)).orElse(false);
  }

  /** Loads the approved designs, workflows and customers. */
  public void load() {
    tasks.run(
        () -> new Choices(queries.approvedDesigns(), queries.workflows(), queries.customers()),
        c -> {
          designs.setAll(c.designs());
          workflows.setAll(c.workflows());
          customers.setAll(c.customers());
          if (workflow.get() == null && !workflows.isEmpty()) {
            workflow.set(workflows.get(0));
          }
        },
        f -> error.set(FriendlyErrors.message(f)));
  }

  private record Choices(
      List<Design> designs, List<WorkflowTemplate> workflows, List<Customer> customers) {}

  /** Plans the order; {@code onPlanned} gets it. Problems land in {@link #errorProperty()}. */
  public void plan(Consumer<ProductionOrder> onPlanned) {
    error.set("");
    if (design.get() == null) {
      error.set("Choose an approved design.");
      return;
    }
    if (workflow.get() == null) {
      error.set("Choose a workflow.");
      return;
    }
    int pieces;
    try {
      pieces = Integer.parseInt(quantity.get() == null ? "" : quantity.get().trim());
    } catch (NumberFormatException e) {
      error.set("Enter the quantity as a whole number of pieces.");
      return;
    }
    OrderRequest request =
        new OrderRequest(
            design.get().id(),
            customer.get() == null ? null : customer.get().id(),
            workflow.get().id(),
            pieces,
            dueDate.get(),
            priority.get(),
            notes.get() == null || notes.get().isBlank() ? null : notes.get().trim());
    tasks.run(
        () -> production.plan(request),
        onPlanned,
        f ->
            error.set(
                f instanceof ValidationException v
                    ? v.violations().stream()
                        .map(Violation::toString)
                        .collect(Collectors.joining("; ", "Please check: ", "."))
                    : FriendlyErrors.message(f)));
  }

  public ObservableList<Design> designs() {
    return readOnlyDesigns;
  }

  public ObservableList<WorkflowTemplate> workflows() {
    return readOnlyWorkflows;
  }

  public ObservableList<Customer> customers() {
    return readOnlyCustomers;
  }

  public ObjectProperty<Design> designProperty() {
    return design;
  }

  public ObjectProperty<WorkflowTemplate> workflowProperty() {
    return workflow;
  }

  public ObjectProperty<Customer> customerProperty() {
    return customer;
  }

  public StringProperty quantityProperty() {
    return quantity;
  }

  public ObjectProperty<LocalDate> dueDateProperty() {
    return dueDate;
  }

  public ObjectProperty<Priority> priorityProperty() {
    return priority;
  }

  public StringProperty notesProperty() {
    return notes;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
