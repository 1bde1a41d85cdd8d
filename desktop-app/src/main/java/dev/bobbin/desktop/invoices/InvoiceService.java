package dev.bobbin.desktop.invoices;

import dev.bobbin.desktop.customers.CustomerRepository;
import dev.bobbin.desktop.designs.DesignRepository;
import dev.bobbin.desktop.production.ProductionOrderRepository;
import dev.bobbin.desktop.quotes.QuoteRepository;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.quotes.Quote;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The invoices this device reads and the drafts it makes. A draft is made from a production order
 * and edited here, saved locally and synced like any record; issuing, numbering, the PDF and
 * payments belong to the server.
 */
public final class InvoiceService {
  private final InvoiceRepository invoices;
  private final ProductionOrderRepository orders;
  private final DesignRepository designs;
  private final CustomerRepository customers;
  private final QuoteRepository quotes;
  private final InvoiceDefaults defaults;
  private final Clock clock;
  private Connection connection = Connection.NONE;

  /**
   * What this service needs for the server's part: the local queue of issue requests, the server
   * (absent when the app runs offline-only), a way to ask for a sync, and the folder where PDFs
   * fetched once are kept for reading offline.
   */
  public record Connection(
      Optional<IssueQueue> queue,
      Supplier<Optional<InvoiceServer>> server,
      Runnable syncNow,
      Optional<Path> pdfFolder) {
    static final Connection NONE =
        new Connection(Optional.empty(), Optional::empty, () -> {}, Optional.empty());
  }

  public InvoiceService(
      InvoiceRepository invoices,
      ProductionOrderRepository orders,
      DesignRepository designs,
      CustomerRepository customers,
      QuoteRepository quotes,
      InvoiceDefaults defaults,
      Clock clock) {
    this.invoices = invoices;
    this.orders = orders;
    this.designs = designs;
    this.customers = customers;
    this.quotes = quotes;
    this.defaults = defaults;
    this.clock = clock;
  }

  /** This service, able to issue, fetch PDFs and record payments through {@code connection}. */
  public InvoiceService connectedTo(Connection connection) {
    this.connection = connection;
    return this;
  }

  /** The waiting issue request of {@code invoiceId}, if there is one. */
  Optional<IssueQueue.Request> issueRequest(UUID invoiceId) {
    return connection.queue().map(q -> q.all().get(invoiceId));
  }

  /**
   * Asks the server to issue the saved draft: queued here and sent by the sync engine after its
   * next push (so offline it simply waits); the number comes down with the pull after that.
   */
  void requestIssue(UUID invoiceId) {
    IssueQueue queue =
        connection
            .queue()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Issuing needs a server: sign in to your organisation's server first."));
    queue.request(invoiceId);
    connection.syncNow().run();
  }

  /**
   * The invoice's PDF from the server; an issued invoice's PDF is kept in the PDF folder once
   * fetched, so it opens offline afterwards.
   */
  byte[] pdf(Invoice invoice) throws InvoiceServer.Unreachable, InvoiceServer.Refused {
    Optional<Path> kept =
        invoice.number() == null
            ? Optional.empty()
            : connection.pdfFolder().map(folder -> folder.resolve(invoice.number() + ".pdf"));
    if (kept.isPresent() && Files.isRegularFile(kept.get())) {
      try {
        return Files.readAllBytes(kept.get());
      } catch (IOException e) {
        // Read it again from the server below.
      }
    }
    byte[] pdf = server().pdf(invoice.id());
    if (kept.isPresent()) {
      try {
        Files.createDirectories(kept.get().getParent());
        Files.write(kept.get(), pdf);
      } catch (IOException e) {
        // Keeping a copy is a convenience; the PDF itself is fine.
      }
    }
    return pdf;
  }

  /** Records a payment on the server; the invoice's new status comes down with the next sync. */
  void recordPayment(UUID invoiceId, BigDecimal amount, LocalDate paidOn, String reference)
      throws InvoiceServer.Unreachable, InvoiceServer.Refused {
    server().recordPayment(invoiceId, amount, paidOn, reference);
    connection.syncNow().run();
  }

  private InvoiceServer server() throws InvoiceServer.Unreachable {
    return connection
        .server()
        .get()
        .orElseThrow(
            () ->
                new InvoiceServer.Unreachable(
                    "This computer is not connected to a server; sign in to your organisation's"
                        + " server in Settings."));
  }

  /** Today, as the device's clock says: for the overdue badge and new drafts. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public InvoiceDefaults defaults() {
    return defaults;
  }

  /** Every invoice with its customer's name and order number, newest first. */
  List<InvoiceRow> rows() {
    Map<UUID, String> names = customerNames();
    Map<UUID, String> numbers =
        orders.all().stream()
            .collect(Collectors.toMap(ProductionOrder::id, ProductionOrder::number, (a, b) -> a));
    return invoices.all().stream()
        .map(
            i ->
                new InvoiceRow(
                    i,
                    names.getOrDefault(i.customerId(), "Unknown customer"),
                    i.productionOrderId() == null
                        ? ""
                        : numbers.getOrDefault(i.productionOrderId(), "")))
        .toList();
  }

  /** The customers, by name, for the filter. */
  List<Customer> customers() {
    return customers.all().stream()
        .sorted(Comparator.comparing(Customer::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** Orders a draft can be made from: for a customer, not cancelled; newest due first. */
  List<OrderChoice> invoiceableOrders() {
    Map<UUID, String> names = customerNames();
    Map<UUID, String> designNames =
        designs.all().stream().collect(Collectors.toMap(Design::id, Design::name, (a, b) -> a));
    return orders.all().stream()
        .filter(o -> o.customerId() != null && o.status() != OrderStatus.CANCELLED)
        .sorted(Comparator.comparing(ProductionOrder::dueDate).reversed())
        .map(
            o ->
                new OrderChoice(
                    o.id(),
                    o.number(),
                    designNames.getOrDefault(o.designId(), "Design"),
                    names.getOrDefault(o.customerId(), "Unknown customer"),
                    o.quantity()))
        .toList();
  }

  /**
   * Makes and saves a draft for {@code orderId}: one line, the design's name × the order's
   * quantity, priced from the quote converted into this order when there is one (else at zero, for
   * the user to enter), taxed at the default rate, due after the default payment days.
   */
  Invoice draftFromOrder(UUID orderId) {
    ProductionOrder order =
        orders
            .findById(orderId)
            .orElseThrow(() -> new StoreException("That production order is no longer here."));
    if (order.customerId() == null) {
      throw new StoreException(
          "Order " + order.number() + " is stock production: there is no customer to invoice.");
    }
    String description = designs.findById(order.designId()).map(Design::name).orElse("Design");
    Optional<Quote> quote = quoteConvertedInto(orderId);
    Money unitPrice =
        quote.map(q -> q.breakdown().unitPrice()).orElse(Money.zero(defaults.currency()).rounded());
    InvoiceLine line =
        new InvoiceLine(
            description,
            BigDecimal.valueOf(order.quantity()),
            unitPrice,
            BigDecimal.ZERO,
            defaults.taxRatePercent());
    LocalDate today = today();
    Invoice draft =
        new Invoice(
            Ids.newId(),
            null,
            order.customerId(),
            order.id(),
            quote.map(Quote::id).orElse(null),
            unitPrice.currency(),
            List.of(line),
            InvoiceStatus.DRAFT,
            null,
            today.plusDays(defaults.paymentDays()),
            null,
            BigDecimal.ZERO,
            "Production order " + order.number());
    return invoices.create(draft);
  }

  /** Saves the edits of a draft; an issued invoice is the server's and cannot change here. */
  Invoice saveDraft(Invoice before, Invoice after) {
    Invoice stored =
        invoices
            .findById(before.id())
            .orElseThrow(() -> new StoreException("This draft was deleted on another device."));
    if (stored.status() != InvoiceStatus.DRAFT || after.status() != InvoiceStatus.DRAFT) {
      throw new StoreException(
          "This invoice has been issued, so it can no longer be changed. Reopen it to see it.");
    }
    // Only the fields this user changed are saved: edits from other devices to other fields stay.
    return invoices.update(before, after);
  }

  /**
   * Deletes a draft made by mistake; an issued invoice is never deleted (it is voided on the
   * server).
   */
  void deleteDraft(Invoice draft) {
    Invoice stored =
        invoices
            .findById(draft.id())
            .orElseThrow(() -> new StoreException("This draft was already deleted."));
    if (stored.status() != InvoiceStatus.DRAFT) {
      throw new StoreException("This invoice has been issued, so it can no longer be deleted.");
    }
    invoices.delete(stored.id());
  }

  /** The quote converted into {@code orderId}, if any; quotes are few, so they are scanned. */
  private Optional<Quote> quoteConvertedInto(UUID orderId) {
    return quotes.all().stream()
        .filter(q -> orderId.equals(q.convertedOrderId()) && q.breakdown() != null)
        .findFirst();
  }

  private Map<UUID, String> customerNames() {
    return customers.all().stream()
        .collect(Collectors.toMap(Customer::id, Customer::name, (a, b) -> a));
  }
}
