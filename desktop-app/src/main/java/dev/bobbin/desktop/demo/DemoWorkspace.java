package dev.bobbin.desktop.demo;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.inventory.ItemFilter;
import dev.bobbin.desktop.store.BlobFiles;
import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.WorkflowTemplate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A small garment factory in Dhaka, made by code through the real repositories and services (so
 * balances, reservations and the outbox are exactly what a user's work would leave): staff,
 * customers, suppliers, ~70 stock items with two months of ledger, a workflow, seven designs, eight
 * orders in every state, quotes and a draft invoice. The same seed gives the same factory.
 */
public final class DemoWorkspace {
  /** The demo's administrator, who "made" the demo data. */
  public static final String ADMIN_EMAIL = DemoPeople.ADMIN_EMAIL;

  private static final long SEED = 20_261_125L;
  private static final int BULK_CHUNK = 5_000;

  private final LocalData data;
  private final Clock clock;

  public DemoWorkspace(LocalData data, Clock clock) {
    this.data = data;
    this.clock = clock;
  }

  /**
   * Fills an empty database with the demo factory, in one transaction.
   *
   * @return whether it did; {@code false} when the database already has users or items
   */
  public boolean seedIfEmpty() {
    CurrentUser current = data.currentUser();
    Optional<User> signedIn = current.get();
    try {
      return data.store().inTransaction(s -> isEmpty() && seed());
    } finally {
      signedIn.ifPresentOrElse(current::signIn, current::signOut);
    }
  }

  /**
   * Adds {@code count} plain items (with balances and outbox entries) in JDBC batches, a few
   * thousand per transaction: how benchmarks and tests get a 100k-item store quickly.
   */
  public void bulkItems(int count) {
    Random random = new Random(SEED + count);
    long offset = data.items().count("", ItemFilter.all().withArchived());
    List<Item> chunk = new ArrayList<>(BULK_CHUNK);
    for (int i = 0; i < count; i++) {
      chunk.add(bulkItem(offset + i, random));
      if (chunk.size() == BULK_CHUNK || i == count - 1) {
        data.items().createAll(chunk);
        chunk.clear();
      }
    }
  }

  /**
   * Fills an organisation that has no items yet with the demo factory, made by {@code staff} (its
   * people, as pulled from the server) instead of demo people of this device's own: how a desktop
   * signed in to an empty demo server starts. The changes reach the server by the next sync.
   *
   * @return whether it did; {@code false} when the organisation already has items
   */
  public boolean seedOrganisationIfEmpty(List<User> staff) {
    return data.store()
        .inTransaction(
            s -> data.items().count("", ItemFilter.all().withArchived()) == 0 && seed(staff));
  }

  /**
   * Adds about {@code count} ledger lines spread over every item (a receipt first, then mostly
   * consumption, some counts and scrap, over the past year), as already-synced history with the
   * balances moved accordingly: how benchmarks get a million-line ledger quickly.
   */
  public void bulkLedger(int count, UUID userId) {
    List<UUID> items =
        data.items().search("", ItemFilter.all().withArchived(), 0, Integer.MAX_VALUE).stream()
            .map(r -> r.item().id())
            .toList();
    if (items.isEmpty()) {
      return;
    }
    Random random = new Random(SEED + count);
    Instant end = clock.instant();
    String device = data.store().clientId().toString();
    int perItem = Math.max(1, count / items.size());
    List<StockMovement> chunk = new ArrayList<>(BULK_CHUNK * 2);
    for (UUID item : items) {
      Instant at = end.minus(Duration.ofDays(365));
      long onHand = 0;
      for (int n = 0; n < perItem; n++) {
        at = at.plus(Duration.ofMinutes(1 + random.nextInt(Math.max(1, 60 * 24 * 300 / perItem))));
        long quantity;
        MovementReason reason;
        if (n == 0 || onHand < 20) {
          reason = MovementReason.RECEIVE;
          quantity = 100L + random.nextInt(400);
        } else if (random.nextInt(10) == 0) {
          reason = MovementReason.SCRAP;
          quantity = -1L - random.nextInt(3);
        } else {
          reason = MovementReason.CONSUME;
          quantity = -1L - random.nextInt((int) Math.min(onHand - 1, 60));
        }
        onHand += quantity;
        chunk.add(
            new StockMovement(
                Ids.newId(),
                item,
                BigDecimal.valueOf(quantity),
                reason,
                null,
                null,
                null,
                userId,
                at,
                device));
      }
      if (chunk.size() >= BULK_CHUNK * 2) {
        data.inventory().importSynced(chunk);
        chunk.clear();
      }
    }
    data.inventory().importSynced(chunk);
  }

  private boolean isEmpty() {
    return data.users().all().isEmpty()
        && data.items().count("", ItemFilter.all().withArchived()) == 0;
  }

  private boolean seed() {
    List<User> staff = DemoPeople.staff();
    staff.forEach(data.users()::create);
    data.currentUser().signIn(staff.get(0));
    return seed(staff);
  }

  private boolean seed(List<User> staff) {
    Random random = new Random(SEED);
    Instant now = clock.instant();
    DemoPeople.suppliers().forEach(data.suppliers()::create);
    List<Customer> customers = DemoPeople.customers();
    customers.forEach(data.customers()::create);

    List<Item> items = new DemoCatalog().items();
    items.forEach(data.items()::create);
    List<UUID> floor = idsOf(staff, Role.FLOOR);
    UUID manager = idsOf(staff, Role.MANAGER).get(0);
    new DemoStockHistory(
            data.inventory(), random, now, data.store().clientId().toString(), manager, floor)
        .write(items);

    WorkflowTemplate workflow = data.workflows().create(DemoDesigns.garmentWorkflow());
    Map<String, Design> designs =
        new DemoDesigns(byKey(items, Item::sku), byKey(customers, Customer::name))
            .designs().stream()
                .map(d -> d.code().equals("SH-101") ? withPicture(data, d) : d)
                .map(data.designs()::create)
                .collect(Collectors.toMap(Design::code, Function.identity()));
    List<ProductionOrder> orders =
        new DemoProduction(data, now, clock.getZone(), random, floor).write(workflow, designs);
    new DemoSales(data, LocalDate.ofInstant(now, clock.getZone()))
        .write(designs.get("DR-520"), designs.get("TS-310"), orders.get(4));
    return true;
  }

  /** The design with its drawn picture, stored in the data folder's blobs like an import. */
  private static Design withPicture(LocalData data, Design design) {
    byte[] picture = DemoPictures.classicShirt();
    BlobFiles.in(data.store().dataDir()).write(picture);
    return new Design(
        design.id(),
        design.code(),
        design.name(),
        design.customerId(),
        design.description(),
        design.status(),
        design.tags(),
        BlobFiles.sha256(picture),
        design.palette(),
        design.bom());
  }

  private static Item bulkItem(long n, Random random) {
    String[] materials = {"Cotton twill", "Poly-cotton", "Rib knit", "Canvas", "Organza"};
    String[][] colours = {
      {"Red", "#B22222"}, {"Olive", "#708238"}, {"Teal", "#008080"}, {"Sand", "#C2B280"}
    };
    String[] colour = colours[random.nextInt(colours.length)];
    String material = materials[random.nextInt(materials.length)];
    return new Item(
        Ids.newId(),
        String.format("BLK-%07d", n),
        material + " " + colour[0].toLowerCase(Locale.ROOT) + " " + n,
        Category.FABRIC,
        colour[0],
        colour[1],
        "150 cm",
        Unit.M,
        "Warehouse " + (char) ('A' + random.nextInt(6)) + "-" + (1 + random.nextInt(40)),
        Money.of(BigDecimal.valueOf(80 + random.nextInt(900)), DemoCatalog.CURRENCY),
        Ean13.of(String.format("29%010d", n)),
        BigDecimal.valueOf(50),
        BigDecimal.valueOf(200),
        false);
  }

  private static List<UUID> idsOf(List<User> staff, Role role) {
    return staff.stream().filter(u -> u.role() == role).map(User::id).toList();
  }

  private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
    return values.stream().collect(Collectors.toMap(key, Function.identity()));
  }
}
