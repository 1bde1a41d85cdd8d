package dev.bobbin.desktop.inventory;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.OutboxEntry;
import dev.bobbin.desktop.store.RecordTable;
import dev.bobbin.desktop.store.RemoteTable;
import dev.bobbin.desktop.store.RowMapping;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.designs.StockedColour;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.sync.EntityType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Stock-keeping items: their records, the list with balances, and lookups by SKU and barcode. Items
 * are archived, not deleted: their ledger must keep pointing somewhere.
 */
public final class ItemRepository {
  private final LocalStore store;
  private final Outbox outbox;
  private final Clock clock;
  private final RecordTable<Item, ItemEntity> table;
  private final ItemSearchIndex index = new ItemSearchIndex();

  public ItemRepository(LocalStore store, Outbox outbox, Clock clock) {
    this.store = store;
    this.outbox = outbox;
    this.clock = clock;
    this.table =
        new RecordTable<>(
            store,
            outbox,
            new RowMapping<>(
                EntityType.ITEM,
                Item.class,
                ItemEntity.class,
                ItemEntity::of,
                ItemEntity::toRecord,
                Item::id));
  }

  /** Pulled items; each gets its cached balance from the ledger lines already here. */
  public RemoteTable remoteItems() {
    return new RemoteTable() {
      @Override
      public EntityType type() {
        return EntityType.ITEM;
      }

      @Override
      public void applyRemote(Session session, Map<String, Object> record) {
        table.applyRemote(session, record);
        ensureBalance(session, UUID.fromString(String.valueOf(record.get("id"))));
      }

      @Override
      public void deleteRemote(Session session, UUID id) {
        table.deleteRemote(session, id);
      }

      @Override
      public void reapply(Session session, OutboxEntry pending) {
        table.reapply(session, pending);
        ensureBalance(session, pending.entityId());
      }

      private void ensureBalance(Session session, UUID id) {
        session.doWork(c -> PulledMovements.ensureBalance(c, id, clock));
      }
    };
  }

  /** Pulled ledger lines: inserted if absent, each moving the cached balance once. */
  public RemoteTable remoteMovements() {
    return new PulledMovements(clock);
  }

  /** The entities this repository maps, for {@link LocalStore#open}. */
  public static List<Class<?>> entityClasses() {
    return List.of(ItemEntity.class, ItemBalanceEntity.class);
  }

  /**
   * Adds an item with a zero balance.
   *
   * @throws ValidationException when another item already has its SKU
   */
  public Item create(Item item) {
    Item created =
        store.inTransaction(
            s -> {
              requireFreeSku(s, item);
              Item made = table.create(item);
              s.persist(ItemBalanceEntity.zero(item.id(), clock.instant()));
              index.invalidate();
              return made;
            });
    index.invalidate();
    return created;
  }

  /**
   * Adds many items in JDBC batches, each with its balance and outbox entry, in the caller's
   * transaction (or one of its own). For imports and benchmarks: SKUs are not checked against each
   * other.
   */
  public void createAll(List<Item> items) {
    store.runInTransaction(s -> new ItemBulkInsert(outbox, clock).insert(s, items));
    index.invalidate();
  }

  /** Saves the fields changed between {@code before} and {@code after} (see RecordTable#update). */
  public Item update(Item before, Item after) {
    Item updated =
        store.inTransaction(
            s -> {
              if (!before.sku().equalsIgnoreCase(after.sku())) {
                requireFreeSku(s, after);
              }
              index.invalidate();
              return table.update(before, after);
            });
    index.invalidate();
    return updated;
  }

  /**
   * Tells the search that items changed behind this repository's back (e.g. a sync wrote rows
   * directly), so its in-memory keys are read again.
   */
  public void itemsChangedElsewhere() {
    index.invalidate();
  }

  public Optional<Item> findById(UUID id) {
    return table.findById(id);
  }

  /** The item with this SKU, ignoring case. */
  public Optional<Item> findBySku(String sku) {
    return store.inTransaction(s -> bySku(s, sku).map(ItemEntity::toRecord));
  }

  /** The item a scanner read, if any (the first by SKU if a barcode was reused). */
  public Optional<Item> findByBarcode(String barcode) {
    return table
        .find(
            s ->
                s.createSelectionQuery(
                        "from ItemEntity where barcode = :code order by skuKey", ItemEntity.class)
                    .setParameter("code", barcode.trim())
                    .setMaxResults(1)
                    .getResultList())
        .stream()
        .findFirst();
  }

  /**
   * The item a scanned code names: a label's item link ({@link ItemLinks}), else a barcode, else a
   * SKU (labels of items without a barcode carry their SKU as the Code 128).
   */
  public Optional<Item> findByScan(String code) {
    String trimmed = code.trim();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    Optional<UUID> linked = ItemLinks.parse(trimmed);
    if (linked.isPresent()) {
      return findById(linked.get());
    }
    return findByBarcode(trimmed).or(() -> findBySku(trimmed));
  }

  /**
   * One page of the item list with balances, in the filter's order.
   *
   * @param text words that must all occur in the SKU, name, colour, size, location or barcode
   */
  public List<ItemRow> search(String text, ItemFilter filter, int offset, int limit) {
    return store.inTransaction(
        s -> {
          ItemSearch search = new ItemSearch(text, filter);
          return search.indexable()
              ? search.page(s, index, offset, limit)
              : search.page(s, offset, limit);
        });
  }

  /** How many items {@link #search} would list in all. */
  public long count(String text, ItemFilter filter) {
    return store.inTransaction(
        s -> {
          ItemSearch search = new ItemSearch(text, filter);
          return search.indexable() ? search.count(s, index) : search.count(s);
        });
  }

  /** One item as a list row (with balance and low flag), e.g. after an edit or a scan. */
  public Optional<ItemRow> row(UUID itemId) {
    return store.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    "select i, coalesce(b.onHand, 0), coalesce((select sum(r.quantity)"
                        + " from ReservationEntity r where r.itemId = i.id"
                        + " and r.released = false), 0)"
                        + " from ItemEntity i left join ItemBalanceEntity b on b.itemId = i.id"
                        + " where i.id = :id",
                    Object[].class)
                .setParameter("id", itemId)
                .getResultList()
                .stream()
                .findFirst()
                .map(ItemSearch::row));
  }

  /** Active items with a colour and stock on hand, for matching design colours to stock. */
  public List<StockedColour> stockedColours() {
    return store.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    "select i, b.onHand from ItemEntity i join ItemBalanceEntity b"
                        + " on b.itemId = i.id where i.colourHex is not null"
                        + " and i.archived = false and b.onHand > 0 order by i.skuKey",
                    Object[].class)
                .getResultList()
                .stream()
                .map(
                    r -> {
                      Item item = ((ItemEntity) r[0]).toRecord();
                      return new StockedColour(
                          item.id(),
                          item.sku(),
                          item.name(),
                          item.colourName(),
                          item.colourHex(),
                          ((BigDecimal) r[1]).stripTrailingZeros(),
                          item.unit());
                    })
                .toList());
  }

  /** The distinct locations of active items, sorted, for the location filter. */
  public List<String> locations() {
    return store.inTransaction(
        s ->
            s.createSelectionQuery(
                    "select distinct location from ItemEntity"
                        + " where location is not null and archived = false order by location",
                    String.class)
                .getResultList());
  }

  /** What the stock on hand is worth per category (on hand × unit cost, positive stock only). */
  public List<CategoryValue> valueByCategory() {
    return store.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    "select i.category, sum(b.onHand * i.unitCostAmount)"
                        + " from ItemEntity i join ItemBalanceEntity b on b.itemId = i.id"
                        + " where i.archived = false and b.onHand > 0"
                        + " group by i.category order by i.category",
                    Object[].class)
                .getResultList()
                .stream()
                .map(
                    r ->
                        new CategoryValue(
                            Category.valueOf((String) r[0]),
                            ((BigDecimal) r[1]).setScale(2, RoundingMode.HALF_UP)))
                .toList());
  }

  /** The stock value of one category, in the organisation's currency. */
  public record CategoryValue(Category category, BigDecimal value) {}

  private static Optional<ItemEntity> bySku(Session s, String sku) {
    return s
        .createSelectionQuery("from ItemEntity where skuKey = :key order by id", ItemEntity.class)
        .setParameter("key", sku.trim().toLowerCase(Locale.ROOT))
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  private static void requireFreeSku(Session s, Item item) {
    bySku(s, item.sku())
        .filter(other -> !other.id.equals(item.id()))
        .ifPresent(
            other -> {
              throw new ValidationException(
                  "Item", "sku", "is already used by " + other.sku + " " + other.name);
            });
  }
}
