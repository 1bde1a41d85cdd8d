package dev.bobbin.desktop.data;

import dev.bobbin.desktop.customers.CustomerRepository;
import dev.bobbin.desktop.designs.DesignRepository;
import dev.bobbin.desktop.inventory.InventoryData;
import dev.bobbin.desktop.inventory.InventoryService;
import dev.bobbin.desktop.inventory.ItemRepository;
import dev.bobbin.desktop.inventory.ReservationRepository;
import dev.bobbin.desktop.inventory.StockMovementRepository;
import dev.bobbin.desktop.invoices.InvoiceRepository;
import dev.bobbin.desktop.production.OrderMaterials;
import dev.bobbin.desktop.production.ProductionOrderRepository;
import dev.bobbin.desktop.production.ProductionQueries;
import dev.bobbin.desktop.production.ProductionService;
import dev.bobbin.desktop.production.ProductionStageRepository;
import dev.bobbin.desktop.production.ShopFloorService;
import dev.bobbin.desktop.production.StageActivityRepository;
import dev.bobbin.desktop.production.WorkflowTemplateRepository;
import dev.bobbin.desktop.purchasing.SupplierRepository;
import dev.bobbin.desktop.quotes.PricingSettingsRepository;
import dev.bobbin.desktop.quotes.QuoteRepository;
import dev.bobbin.desktop.quotes.QuoteService;
import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.desktop.store.DocumentNumberService;
import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.PreferenceRepository;
import dev.bobbin.desktop.store.RemoteTables;
import dev.bobbin.desktop.store.SyncState;
import dev.bobbin.desktop.users.UserRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The local store with every repository and service wired to it: what the UI, the sync client and
 * the demo work with. Built by hand, in one place.
 */
public final class LocalData implements AutoCloseable {
  private final LocalStore store;
  private final PreferenceRepository preferences;
  private final Clock clock;
  private final CurrentUser currentUser = new CurrentUser();
  private final Outbox outbox;
  private final SyncState syncState;
  private final DocumentNumberService documentNumbers;
  private final UserRepository users;
  private final CustomerRepository customers;
  private final SupplierRepository suppliers;
  private final ItemRepository items;
  private final StockMovementRepository movements;
  private final ReservationRepository reservations;
  private final InventoryService inventory;
  private final DesignRepository designs;
  private final WorkflowTemplateRepository workflows;
  private final ProductionOrderRepository orders;
  private final ProductionStageRepository stages;
  private final ProductionService production;
  private final StageActivityRepository stageActivity;
  private final ShopFloorService shopFloor;
  private final ProductionQueries productionQueries;
  private final QuoteRepository quotes;
  private final PricingSettingsRepository pricing;
  private final QuoteService quoteService;
  private final InvoiceRepository invoices;
  private final RemoteTables remoteTables;

  public LocalData(LocalStore store, Clock clock) {
    this.store = store;
    // Whole microseconds, as H2 and Postgres store them: a time with nanoseconds would be rounded
    // by each database in its own way (Postgres rounds half to even), so a device and the server
    // could disagree on a timestamp they both hold.
    this.clock = Clock.tick(clock, Duration.ofNanos(1_000));
    this.outbox = new Outbox(store, currentUser, clock);
    this.syncState = new SyncState(store);
    this.preferences = new PreferenceRepository(store, this.clock);
    this.documentNumbers = new DocumentNumberService(store);
    this.users = new UserRepository(store, outbox);
    this.customers = new CustomerRepository(store, outbox);
    this.suppliers = new SupplierRepository(store, outbox);
    this.items = new ItemRepository(store, outbox, clock);
    this.movements = new StockMovementRepository(store);
    this.reservations = new ReservationRepository(store, outbox);
    this.inventory = new InventoryService(store, outbox, currentUser, clock);
    this.designs = new DesignRepository(store, outbox);
    this.workflows = new WorkflowTemplateRepository(store, outbox);
    this.orders = new ProductionOrderRepository(store, outbox);
    this.stages = new ProductionStageRepository(store, outbox);
    this.production =
        new ProductionService(
            store,
            orders,
            stages,
            workflows,
            new OrderMaterials(designs, items, reservations, inventory),
            documentNumbers,
            clock);
    this.stageActivity = new StageActivityRepository(store);
    this.shopFloor =
        new ShopFloorService(
            store,
            production,
            stages,
            orders,
            stageActivity,
            reservations,
            items,
            currentUser,
            clock);
    this.productionQueries =
        new ProductionQueries(
            store,
            orders,
            stages,
            workflows,
            stageActivity,
            designs,
            customers,
            users,
            items,
            reservations);
    this.quotes = new QuoteRepository(store, outbox);
    this.pricing = new PricingSettingsRepository(store, outbox);
    this.quoteService =
        new QuoteService(
            store,
            quotes,
            pricing,
            items,
            designs,
            workflows,
            production,
            documentNumbers,
            this.clock);
    this.invoices = new InvoiceRepository(store, outbox);
    this.remoteTables =
        new RemoteTables(
            List.of(
                users.remote(),
                customers.remote(),
                suppliers.remote(),
                items.remoteItems(),
                items.remoteMovements(),
                reservations.remote(),
                designs.remote(),
                workflows.remote(),
                orders.remote(),
                stages.remote(),
                quotes.remote(),
                pricing.remote(),
                invoices.remote()));
  }

  /** Opens the store in {@code dataDir} with every entity of the app. */
  public static LocalData open(Path dataDir, Clock clock) {
    LocalStore store = LocalStore.open(dataDir, entityClasses());
    try {
      return new LocalData(store, clock);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Every Hibernate entity of the app, feature by feature. */
  public static List<Class<?>> entityClasses() {
    return Stream.of(
            UserRepository.entityClasses(),
            CustomerRepository.entityClasses(),
            SupplierRepository.entityClasses(),
            ItemRepository.entityClasses(),
            StockMovementRepository.entityClasses(),
            ReservationRepository.entityClasses(),
            DesignRepository.entityClasses(),
            WorkflowTemplateRepository.entityClasses(),
            ProductionOrderRepository.entityClasses(),
            ProductionStageRepository.entityClasses(),
            StageActivityRepository.entityClasses(),
            QuoteRepository.entityClasses(),
            PricingSettingsRepository.entityClasses(),
            InvoiceRepository.entityClasses())
        .flatMap(List::stream)
        .toList();
  }

  public LocalStore store() {
    return store;
  }

  /** What the inventory screens read and write. */
  public InventoryData inventoryData() {
    return new InventoryData(store, items, movements, inventory, currentUser, preferences);
  }

  /** The signed-in users' preferences (theme, start screen, column layouts, window). */
  public PreferenceRepository preferences() {
    return preferences;
  }

  public Clock clock() {
    return clock;
  }

  public CurrentUser currentUser() {
    return currentUser;
  }

  public Outbox outbox() {
    return outbox;
  }

  public SyncState syncState() {
    return syncState;
  }

  /** Every synced table, for the sync engine to write pulled rows into. */
  public RemoteTables remoteTables() {
    return remoteTables;
  }

  public DocumentNumberService documentNumbers() {
    return documentNumbers;
  }

  public UserRepository users() {
    return users;
  }

  public CustomerRepository customers() {
    return customers;
  }

  public SupplierRepository suppliers() {
    return suppliers;
  }

  public ItemRepository items() {
    return items;
  }

  public StockMovementRepository movements() {
    return movements;
  }

  public ReservationRepository reservations() {
    return reservations;
  }

  public InventoryService inventory() {
    return inventory;
  }

  public DesignRepository designs() {
    return designs;
  }

  public WorkflowTemplateRepository workflows() {
    return workflows;
  }

  public ProductionOrderRepository orders() {
    return orders;
  }

  public ProductionStageRepository stages() {
    return stages;
  }

  public ProductionService production() {
    return production;
  }

  /** What floor staff do to stages, with the order's timeline. */
  public ShopFloorService shopFloor() {
    return shopFloor;
  }

  /** Reads for the board, the order list and the order detail. */
  public ProductionQueries productionQueries() {
    return productionQueries;
  }

  public StageActivityRepository stageActivity() {
    return stageActivity;
  }

  public QuoteRepository quotes() {
    return quotes;
  }

  /** The organisation's pricing rules for quotes. */
  public PricingSettingsRepository pricing() {
    return pricing;
  }

  /** Quotes priced offline with the shared engine, saved and converted to orders. */
  public QuoteService quoteService() {
    return quoteService;
  }

  public InvoiceRepository invoices() {
    return invoices;
  }

  @Override
  public void close() {
    store.close();
  }
}
