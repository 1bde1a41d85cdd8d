package dev.bobbin.desktop.quotes;

import dev.bobbin.desktop.customers.CustomerRepository;
import dev.bobbin.desktop.designs.DesignRepository;
import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.PriceBreakdown;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteRequest;
import dev.bobbin.model.quotes.QuoteResult;
import dev.bobbin.model.quotes.QuoteResult.AlternativeMaterial;
import dev.bobbin.model.quotes.QuoteResult.QuantityBreak;
import dev.bobbin.model.quotes.QuoteResult.RealisticDeadline;
import dev.bobbin.model.quotes.QuoteResult.Suggestion;
import dev.bobbin.model.quotes.QuoteStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Quotes screen: a form priced live while the user types (off the UI thread, the latest input
 * wins), its breakdown, delivery estimate, shortfalls and suggestions; saving; the list of quotes
 * with the inbox of requests from outside; converting a quote into a production order.
 */
public final class QuotesViewModel {
  private final QuoteService service;
  private final CustomerRepository customers;
  private final DesignRepository designs;
  private final CurrentUser user;
  private final BackgroundTasks tasks;

  private final ObservableList<Customer> customerChoices = FXCollections.observableArrayList();
  private final ObservableList<Design> designChoices = FXCollections.observableArrayList();
  private final ObservableList<Item> materialChoices = FXCollections.observableArrayList();
  private final ObservableList<Quote> quotes = FXCollections.observableArrayList();
  private final ObservableList<Quote> inbox = FXCollections.observableArrayList();
  private final ObservableList<String> breakdown = FXCollections.observableArrayList();
  private final ObservableList<String> shortfalls = FXCollections.observableArrayList();
  private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();

  private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>(this, "customer");
  private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design");
  private final StringProperty productType = new SimpleStringProperty(this, "productType", "");
  private final ObjectProperty<Item> material = new SimpleObjectProperty<>(this, "material");
  private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
  private final ObjectProperty<Complexity> complexity =
      new SimpleObjectProperty<>(this, "complexity", Complexity.STANDARD);
  private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>(this, "deadline");

  private final ReadOnlyObjectWrapper<QuoteResult> result = new ReadOnlyObjectWrapper<>(this, "r");
  private final ReadOnlyStringWrapper unitPrice = new ReadOnlyStringWrapper(this, "unitPrice", "");
  private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
  private final ReadOnlyStringWrapper delivery = new ReadOnlyStringWrapper(this, "delivery", "");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper pricing = new ReadOnlyBooleanWrapper(this, "pricing");
  private final ReadOnlyObjectWrapper<Quote> request = new ReadOnlyObjectWrapper<>(this, "req");

  /** Bumped by every input change; a pricing run whose number is older is dropped. */
  private long generation;

  private QuoteRequest priced;

  public QuotesViewModel(
      QuoteService service,
      CustomerRepository customers,
      DesignRepository designs,
      CurrentUser user,
      BackgroundTasks tasks) {
    this.service = service;
    this.customers = customers;
    this.designs = designs;
    this.user = user;
    this.tasks = tasks;
    design.addListener((obs, old, now) -> reprice());
    productType.addListener((obs, old, now) -> reprice());
    material.addListener((obs, old, now) -> reprice());
    quantity.addListener((obs, old, now) -> reprice());
    complexity.addListener((obs, old, now) -> reprice());
    deadline.addListener((obs, old, now) -> reprice());
  }

  // ---- form

  public ObservableList<Customer> customerChoices() {
    return customerChoices;
  }

  public ObservableList<Design> designChoices() {
    return designChoices;
  }

  public ObservableList<Item> materialChoices() {
    return materialChoices;
  }

  public ObjectProperty<Customer> customerProperty() {
    return customer;
  }

  public ObjectProperty<Design> designProperty() {
    return design;
  }

  public StringProperty productTypeProperty() {
    return productType;
  }

  public ObjectProperty<Item> materialProperty() {
    return material;
  }

  public StringProperty quantityProperty() {
    return quantity;
  }

  public ObjectProperty<Complexity> complexityProperty() {
    return complexity;
  }

  public ObjectProperty<LocalDate> deadlineProperty() {
    return deadline;
  }

  // ---- live answer

  /** The engine's answer to the current form; {@code null} while the form is incomplete. */
  public ReadOnlyObjectProperty<QuoteResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** The breakdown as lines ("Materials 7.40 USD"), per unit. */
  public ObservableList<String> breakdown() {
    return breakdown;
  }

  public ReadOnlyStringProperty unitPriceProperty() {
    return unitPrice.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty totalProperty() {
    return total.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty deliveryProperty() {
    return delivery.getReadOnlyProperty();
  }

  public ObservableList<String> shortfalls() {
    return shortfalls;
  }

  public ObservableList<Suggestion> suggestions() {
    return suggestions;
  }

  /** What keeps the form from being priced or saved, as a sentence; empty when nothing. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty pricingProperty() {
    return pricing.getReadOnlyProperty();
  }

  // ---- lists

  public ObservableList<Quote> quotes() {
    return quotes;
  }

  /** Quotes requested from outside, waiting to be priced. */
  public ObservableList<Quote> inbox() {
    return inbox;
  }

  /** The request being priced in the form, if the form was filled from one. */
  public ReadOnlyObjectProperty<Quote> requestProperty() {
    return request.getReadOnlyProperty();
  }

  /** Why the user may not save quotes, or empty when they may. */
  public Optional<String> saveDenied() {
    return denied(Permission.MANAGE_QUOTES, "Your role may not make quotes.");
  }

  /** Why the user may not turn quotes into orders, or empty when they may. */
  public Optional<String> convertDenied() {
    return denied(Permission.PLAN_PRODUCTION, "Your role may not plan production.");
  }

  /** Why the user may not change the pricing rules, or empty when they may. */
  public Optional<String> pricingDenied() {
    return denied(Permission.EDIT_PRICES, "Only managers may change the pricing rules.");
  }

  /** Loads the choices and the quotes. */
  public void refresh() {
    tasks.run(
        () ->
            new Loaded(
                customers.all(),
                designs.all().stream().filter(d -> d.status() != DesignStatus.ARCHIVED).toList(),
                service.materials(),
                service.all()),
        loaded -> {
          customerChoices.setAll(loaded.customers());
          designChoices.setAll(loaded.designs());
          materialChoices.setAll(loaded.materials());
          showQuotes(loaded.quotes());
        },
        failure -> problem.set(FriendlyErrors.message(failure)));
  }

  private record Loaded(
      List<Customer> customers, List<Design> designs, List<Item> materials, List<Quote> quotes) {}

  private void showQuotes(List<Quote> all) {
    quotes.setAll(all.stream().filter(q -> q.status() != QuoteStatus.REQUESTED).toList());
    inbox.setAll(all.stream().filter(q -> q.status() == QuoteStatus.REQUESTED).toList());
  }

  /** Empties the form for a new quote. */
  public void startNew() {
    request.set(null);
    customer.set(null);
    design.set(null);
    material.set(null);
    productType.set("");
    complexity.set(Complexity.STANDARD);
    deadline.set(null);
    quantity.set("");
    status.set("");
  }

  /** Fills the form from a request of the inbox; saving then prices that request. */
  public void takeRequest(Quote requested) {
    startNew();
    productType.set(requested.productType());
    deadline.set(
        requested.deadline() != null && !requested.deadline().isBefore(service.today())
            ? requested.deadline()
            : null);
    complexity.set(requested.complexity());
    quantity.set(Integer.toString(requested.quantity()));
    request.set(requested);
    status.set(
        "Pricing the request of "
            + requested.requesterName()
            + (requested.requestMessage() == null
                ? "."
                : ": \u201c" + requested.requestMessage() + "\u201d"));
  }

  /** Applies a suggestion to the form: its quantity, material or deadline. */
  public void apply(Suggestion suggestion) {
    if (suggestion instanceof QuantityBreak q) {
      quantity.set(Integer.toString(q.quantity()));
    } else if (suggestion instanceof AlternativeMaterial a) {
      materialChoices.stream()
          .filter(i -> i.id().equals(a.itemId()))
          .findFirst()
          .ifPresent(material::set);
    } else if (suggestion instanceof RealisticDeadline d) {
      deadline.set(d.date());
    }
  }

  /** Saves the priced form as a draft quote (or prices the request it came from). */
  public void save() {
    Optional<String> denied = saveDenied();
    if (denied.isPresent()) {
      problem.set(denied.get());
      return;
    }
    QuoteResult answer = result.get();
    QuoteRequest asked = priced;
    if (answer == null || asked == null) {
      problem.set(problem.get().isEmpty() ? "Fill in the quote first." : problem.get());
      return;
    }
    UUID customerId = customer.get() == null ? null : customer.get().id();
    Quote fromRequest = request.get();
    tasks.run(
        () -> {
          Quote saved =
              fromRequest == null
                  ? service.save(customerId, asked, answer)
                  : service.priceRequest(fromRequest, asked, customerId);
          return new Saved(saved, service.all());
        },
        done -> {
          showQuotes(done.all());
          request.set(null);
          status.set("Saved quote " + done.quote().number() + ".");
        },
        failure -> problem.set(FriendlyErrors.message(failure)));
  }

  private record Saved(Quote quote, List<Quote> all) {}

  /** Turns {@code quote} into a planned production order, in one step. */
  public void convert(Quote quote) {
    Optional<String> denied = convertDenied();
    if (denied.isPresent()) {
      problem.set(denied.get());
      return;
    }
    tasks.run(
        () -> {
          String order = service.convert(quote.id()).number();
          return new Converted(order, service.all());
        },
        done -> {
          showQuotes(done.all());
          problem.set("");
          status.set("Order " + done.order() + " planned from quote " + quote.number() + ".");
        },
        failure -> problem.set(FriendlyErrors.message(failure)));
  }

  private record Converted(String order, List<Quote> all) {}

  private void reprice() {
    long mine = ++generation;
    problem.set("");
    Optional<QuoteRequest> asked = request();
    if (asked.isEmpty()) {
      show(null, null);
      return;
    }
    pricing.set(true);
    tasks.run(
        () -> service.price(asked.get()),
        answer -> {
          if (mine == generation) {
            pricing.set(false);
            show(asked.get(), answer);
          }
        },
        failure -> {
          if (mine == generation) {
            pricing.set(false);
            show(null, null);
            problem.set(FriendlyErrors.message(failure));
          }
        });
  }

  /** The form as a request, or empty with {@link #problem} saying what is missing. */
  private Optional<QuoteRequest> request() {
    String text = quantity.get() == null ? "" : quantity.get().strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    int pieces;
    try {
      pieces = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      problem.set("Quantity must be a whole number of pieces, like 120.");
      return Optional.empty();
    }
    if (design.get() == null && productType.get().isBlank()) {
      problem.set("Pick a design or name the product type.");
      return Optional.empty();
    }
    try {
      return Optional.of(
          new QuoteRequest(
              productType.get(),
              pieces,
              material.get() == null ? null : material.get().id(),
              null,
              complexity.get(),
              design.get() == null ? null : design.get().id(),
              deadline.get(),
              service.today()));
    } catch (ValidationException e) {
      problem.set(FriendlyErrors.message(e));
      return Optional.empty();
    }
  }

  private void show(QuoteRequest asked, QuoteResult answer) {
    priced = asked;
    result.set(answer);
    if (answer == null) {
      breakdown.clear();
      shortfalls.clear();
      suggestions.clear();
      unitPrice.set("");
      total.set("");
      delivery.set("");
      return;
    }
    PriceBreakdown b = answer.breakdown();
    breakdown.setAll(
        line("Materials", b.materials()),
        line("Labour", b.labour()),
        line("Overhead", b.overhead()),
        line("Margin", b.margin()),
        line("Volume discount", b.discount().isNegative() ? b.discount() : negate(b.discount())));
    unitPrice.set(b.unitPrice().toString() + " each");
    total.set(b.total().toString() + " for " + answer.quantity());
    QuoteResult.DeliveryEstimate d = answer.delivery();
    delivery.set(
        "Ready by "
            + d.realistic()
            + " (likely "
            + d.likely()
            + "; "
            + d.queueDays().toPlainString()
            + " days of orders ahead)"
            + (answer.deadlineMet() ? "" : " \u2014 later than the deadline"));
    shortfalls.setAll(
        answer.shortfalls().stream()
            .map(
                s ->
                    s.sku()
                        + ": needs "
                        + s.needed().toPlainString()
                        + " "
                        + s.unit()
                        + ", "
                        + s.available().toPlainString()
                        + " available ("
                        + s.missing().toPlainString()
                        + " short)")
            .collect(Collectors.toList()));
    suggestions.setAll(answer.suggestions());
  }

  private static String line(String label, Money amount) {
    return label + "  " + amount.rounded();
  }

  private static Money negate(Money amount) {
    return new Money(amount.amount().negate(), amount.currency());
  }

  private Optional<String> denied(Permission permission, String reason) {
    boolean allowed = user.get().map(u -> u.can(permission)).orElse(false);
    return allowed ? Optional.empty() : Optional.of(reason);
  }
}
