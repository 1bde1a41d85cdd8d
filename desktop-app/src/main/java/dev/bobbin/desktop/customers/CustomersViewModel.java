package dev.bobbin.desktop.customers;

import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import dev.bobbin.model.customers.Customer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer list (filtered by the search text as you type) and the editor of the selected or new
 * customer, with a message next to each field that is wrong. Editing needs MANAGE_CUSTOMERS.
 */
public final class CustomersViewModel {
  /** The editor's fields, by the names the domain's violations use. */
  public static final List<String> FIELDS = List.of("name", "email", "phone", "address", "notes");

  private final CustomerRepository customers;
  private final BackgroundTasks tasks;
  private final Supplier<Optional<User>> user;
  private final List<Customer> everyone = new ArrayList<>();
  private final ObservableList<Customer> rows = FXCollections.observableArrayList();
  // Read-only views made once: a JavaFX read-only list hears its source through a weak
  // listener, so a view made per call (and its listeners) would vanish at the next GC.
  private final ObservableList<Customer> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final StringProperty query = new SimpleStringProperty(this, "query", "");
  private final ReadOnlyObjectWrapper<Customer> editing = new ReadOnlyObjectWrapper<>(this, "ed");
  private final Map<String, StringProperty> fields = new LinkedHashMap<>();
  private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

  public CustomersViewModel(
      CustomerRepository customers, BackgroundTasks tasks, Supplier<Optional<User>> user) {
    this.customers = customers;
    this.tasks = tasks;
    this.user = user;
    for (String f : FIELDS) {
      fields.put(f, new SimpleStringProperty(this, f, ""));
      errors.put(f, new ReadOnlyStringWrapper(this, f + "Error", ""));
    }
    query.addListener((obs, old, text) -> filter());
  }

  public ObservableList<Customer> rows() {
    return readOnlyRows;
  }

  public StringProperty queryProperty() {
    return query;
  }

  public StringProperty field(String name) {
    return fields.get(name);
  }

  public ReadOnlyStringProperty errorOf(String name) {
    return errors.get(name).getReadOnlyProperty();
  }

  /** The customer in the editor; {@code null} while a new one is being entered. */
  public ReadOnlyObjectProperty<Customer> editingProperty() {
    return editing.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** Why the user may not edit customers, or empty when they may. */
  public Optional<String> deniedReason() {
    boolean allowed = user.get().map(u -> u.can(Permission.MANAGE_CUSTOMERS)).orElse(false);
    return allowed ? Optional.empty() : Optional.of("Your role may not edit customers.");
  }

  public void refresh() {
    loading.set(true);
    tasks.run(
        customers::all,
        all -> {
          everyone.clear();
          everyone.addAll(all);
          everyone.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
          filter();
          loading.set(false);
        },
        failure -> {
          loading.set(false);
          error.set(FriendlyErrors.message(failure));
        });
  }

  /** Puts {@code customer} in the editor. */
  public void edit(Customer customer) {
    clearErrors();
    editing.set(customer);
    fields.get("name").set(customer.name());
    fields.get("email").set(orEmpty(customer.email()));
    fields.get("phone").set(orEmpty(customer.phone()));
    fields.get("address").set(orEmpty(customer.address()));
    fields.get("notes").set(orEmpty(customer.notes()));
  }

  /** Empties the editor for a new customer. */
  public void startNew() {
    clearErrors();
    editing.set(null);
    fields.values().forEach(f -> f.set(""));
    status.set("New customer");
  }

  /** Checks the fields and saves the customer being edited (or the new one). */
  public void save() {
    clearErrors();
    if (deniedReason().isPresent()) {
      error.set(deniedReason().get());
      return;
    }
    Customer before = editing.get();
    Customer after;
    try {
      after =
          new Customer(
              before == null ? Ids.newId() : before.id(),
              value("name"),
              value("email"),
              value("phone"),
              value("address"),
              value("notes"));
    } catch (ValidationException e) {
      show(e);
      return;
    }
    tasks.run(
        () -> before == null ? customers.create(after) : customers.update(before, after),
        saved -> {
          editing.set(saved);
          everyone.removeIf(c -> c.id().equals(saved.id()));
          everyone.add(saved);
          everyone.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
          filter();
          status.set("Saved " + saved.name() + ".");
        },
        failure -> {
          if (failure instanceof ValidationException v) {
            show(v);
          } else {
            error.set(FriendlyErrors.message(failure));
          }
        });
  }

  private void filter() {
    String q = query.get() == null ? "" : query.get().trim().toLowerCase(Locale.ROOT);
    rows.setAll(
        everyone.stream()
            .filter(
                c ->
                    q.isEmpty()
                        || (c.name() + " " + orEmpty(c.email()) + " " + orEmpty(c.phone()))
                            .toLowerCase(Locale.ROOT)
                            .contains(q))
            .toList());
  }

  private void show(ValidationException e) {
    for (Violation v : e.violations()) {
      ReadOnlyStringWrapper target = errors.get(v.field());
      String sentence = label(v.field()) + " " + v.message();
      if (target == null) {
        error.set(sentence);
      } else {
        target.set(sentence);
      }
    }
  }

  static String label(String field) {
    return Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }

  private void clearErrors() {
    errors.values().forEach(e -> e.set(""));
    error.set("");
    status.set("");
  }

  private String value(String field) {
    String raw = fields.get(field).get();
    return raw == null || raw.isBlank() ? null : raw.trim();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
