package dev.bobbin.desktop.quotes;

import dev.bobbin.desktop.designs.DesignRepository;
import dev.bobbin.desktop.inventory.ItemRepository;
import dev.bobbin.desktop.production.OrderRequest;
import dev.bobbin.desktop.production.ProductionService;
import dev.bobbin.desktop.production.WorkflowTemplateRepository;
import dev.bobbin.desktop.store.DocumentNumberService;
import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.WorkflowTemplate;
import dev.bobbin.model.quotes.PricingSettings;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteEngine;
import dev.bobbin.model.quotes.QuoteRequest;
import dev.bobbin.model.quotes.QuoteResult;
import dev.bobbin.model.quotes.QuoteStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Quotes on the device: priced offline by the shared {@link QuoteEngine} over the local store,
 * saved with this device's {@code Q} numbers, and converted into a production order in one local
 * transaction (which syncs like any change).
 */
public final class QuoteService {
  private final LocalStore store;
  private final QuoteRepository quotes;
  private final PricingSettingsRepository pricing;
  private final WorkflowTemplateRepository workflows;
  private final ProductionService production;
  private final DocumentNumberService numbers;
  private final Clock clock;
  private final QuoteEngine engine;
  private final LocalQuoteData data;

  public QuoteService(
      LocalStore store,
      QuoteRepository quotes,
      PricingSettingsRepository pricing,
      ItemRepository items,
      DesignRepository designs,
      WorkflowTemplateRepository workflows,
      ProductionService production,
      DocumentNumberService numbers,
      Clock clock) {
    this.store = store;
    this.quotes = quotes;
    this.pricing = pricing;
    this.workflows = workflows;
    this.production = production;
    this.numbers = numbers;
    this.clock = clock;
    this.data = new LocalQuoteData(store, pricing, items, designs, workflows, clock);
    this.engine = new QuoteEngine(data);
  }

  /** Today in the device's time zone: the day quotes are made. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Prices {@code request}; nothing is written. */
  public QuoteResult price(QuoteRequest request) {
    return engine.quote(request);
  }

  /** Saves a priced quote as a draft with this device's next {@code Q} number. */
  public Quote save(UUID customerId, QuoteRequest request, QuoteResult result) {
    return store.inTransaction(
        s ->
            quotes.create(
                result.toQuote(
                    Ids.newId(), numbers.next("Q"), customerId, request, QuoteStatus.DRAFT)));
  }

  /**
   * Prices a quote requested from outside and makes it a draft: same number, same requester, the
   * engine's price and delivery.
   */
  public Quote priceRequest(Quote requested, QuoteRequest request, UUID customerId) {
    if (requested.status() != QuoteStatus.REQUESTED) {
      throw new StoreException("Quote " + requested.number() + " is not a request any more.");
    }
    QuoteResult result = price(request);
    Quote priced =
        new Quote(
            requested.id(),
            requested.number(),
            customerId,
            request.designId(),
            result.productType(),
            request.quantity(),
            request.materialItemId(),
            request.complexity(),
            request.deadline(),
            result.breakdown(),
            result.delivery().realistic(),
            result.suggestionTexts(),
            QuoteStatus.DRAFT,
            null,
            requested.requesterName(),
            requested.requesterEmail(),
            requested.requesterPhone(),
            requested.requestMessage());
    return quotes.update(requested, priced);
  }

  /**
   * Makes a planned production order (and its stages) from {@code quoteId} with the organisation's
   * first workflow, due on the quote's deadline or else its estimated delivery, and marks the quote
   * converted, all in one local transaction.
   *
   * @throws StoreException saying why, when the quote cannot become an order
   */
  public ProductionOrder convert(UUID quoteId) {
    return store.inTransaction(
        s -> {
          Quote quote =
              quotes
                  .findById(quoteId)
                  .orElseThrow(() -> new StoreException("This quote no longer exists."));
          if (quote.status() == QuoteStatus.CONVERTED) {
            throw new StoreException("Quote " + quote.number() + " is already an order.");
          }
          if (quote.status() == QuoteStatus.REQUESTED
              || quote.status() == QuoteStatus.REJECTED
              || quote.status() == QuoteStatus.EXPIRED) {
            throw new StoreException(
                "Only a draft, sent or accepted quote becomes an order; "
                    + quote.number()
                    + " is "
                    + quote.status().name().toLowerCase(java.util.Locale.ROOT)
                    + ".");
          }
          if (quote.designId() == null) {
            throw new StoreException(
                "Quote " + quote.number() + " has no design; pick one before making an order.");
          }
          WorkflowTemplate workflow =
              workflows.all().stream()
                  .findFirst()
                  .orElseThrow(
                      () -> new StoreException("Add a workflow template in Settings first."));
          LocalDate due =
              quote.deadline() != null
                  ? quote.deadline()
                  : quote.estimatedDelivery() != null
                      ? quote.estimatedDelivery()
                      : today().plusWeeks(2);
          ProductionOrder order =
              production.plan(
                  new OrderRequest(
                      quote.designId(),
                      quote.customerId(),
                      workflow.id(),
                      quote.quantity(),
                      due,
                      Priority.NORMAL,
                      "From quote " + quote.number()));
          quotes.update(quote, quote.converted(order.id()));
          return order;
        });
  }

  /** Items that can be a quote's main material, by SKU. */
  public List<dev.bobbin.model.inventory.Item> materials() {
    return data.materials();
  }

  /** Every quote, newest number first. */
  public List<Quote> all() {
    return quotes.all();
  }

  /** The organisation's pricing rules as a manager set them, if anyone did. */
  public Optional<PricingSettings> pricingSet() {
    return pricing.current();
  }

  /** The rules quotes are priced with now: the set ones, else the defaults. */
  public PricingSettings pricingInUse() {
    return data.pricing();
  }

  /** Saves a manager's pricing rules (a new row the first time, else the changed fields). */
  public PricingSettings savePricing(PricingSettings settings) {
    return store.inTransaction(s -> pricing.save(pricing.current(), settings));
  }
}
