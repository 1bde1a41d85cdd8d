package dev.bobbin.desktop.quotes;

import static dev.bobbin.desktop.store.Decimals.canonical;

import dev.bobbin.desktop.designs.DesignRepository;
import dev.bobbin.desktop.inventory.ItemRepository;
import dev.bobbin.desktop.production.WorkflowTemplateRepository;
import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.WorkflowTemplate;
import dev.bobbin.model.quotes.PricingSettings;
import dev.bobbin.model.quotes.QuoteData;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link QuoteData} over the local H2 store, so quotes are priced offline with the same engine as
 * on the server. Each call reads in its own short transaction.
 */
final class LocalQuoteData implements QuoteData {
  /**
   * How many recent finished stages of a name the delivery estimate learns from (as the server).
   */
  static final int RECENT_STAGES = 200;

  private static final String AVAILABLE =
      "coalesce(b.on_hand, 0) - coalesce((select sum(r.quantity) from reservation r"
          + " where r.item_id = i.id and r.released = false), 0)";

  private final LocalStore store;
  private final PricingSettingsRepository pricing;
  private final ItemRepository items;
  private final DesignRepository designs;
  private final WorkflowTemplateRepository workflows;
  private final Clock clock;

  LocalQuoteData(
      LocalStore store,
      PricingSettingsRepository pricing,
      ItemRepository items,
      DesignRepository designs,
      WorkflowTemplateRepository workflows,
      Clock clock) {
    this.store = store;
    this.pricing = pricing;
    this.items = items;
    this.designs = designs;
    this.workflows = workflows;
    this.clock = clock;
  }

  @Override
  public PricingSettings pricing() {
    return pricing.current().orElseGet(this::defaults);
  }

  /** The default rules, in the currency most items are priced in. */
  private PricingSettings defaults() {
    String currency =
        jdbc(
            c -> {
              try (PreparedStatement ps =
                      c.prepareStatement(
                          "select unit_cost_currency from item group by unit_cost_currency"
                              + " order by count(*) desc, unit_cost_currency limit 1");
                  ResultSet row = ps.executeQuery()) {
                return row.next() ? row.getString(1) : "USD";
              }
            });
    return PricingSettings.defaults(Ids.newId(), Currency.getInstance(currency));
  }

  @Override
  public Optional<Item> item(UUID id) {
    return items.findById(id);
  }

  @Override
  public Optional<Design> design(UUID id) {
    return designs.findById(id);
  }

  @Override
  public Map<UUID, BigDecimal> available(Collection<UUID> itemIds) {
    Map<UUID, BigDecimal> found = new HashMap<>();
    if (itemIds.isEmpty()) {
      return found;
    }
    return jdbc(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select i.id, "
                      + AVAILABLE
                      + " from item i left join item_balance b on b.item_id = i.id"
                      + " where i.id = any(?)")) {
            ps.setObject(1, itemIds.toArray(new UUID[0]));
            try (ResultSet row = ps.executeQuery()) {
              while (row.next()) {
                found.put(row.getObject(1, UUID.class), row.getBigDecimal(2));
              }
            }
          }
          return found;
        });
  }

  @Override
  public List<StockedItem> inStock(Category category, BigDecimal atLeast) {
    return jdbc(
        c -> {
          List<StockedItem> found = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select * from (select i.id, i.sku, i.name, i.category, i.colour_name,"
                      + " i.colour_hex, i.size, i.unit, i.location, i.unit_cost_amount,"
                      + " i.unit_cost_currency, i.barcode, i.reorder_point, i.reorder_quantity, "
                      + AVAILABLE
                      + " as available from item i join item_balance b on b.item_id = i.id"
                      + " where i.category = ? and i.archived = false and b.on_hand >= ?)"
                      + " where available >= ?")) {
            ps.setString(1, category.name());
            ps.setBigDecimal(2, atLeast);
            ps.setBigDecimal(3, atLeast);
            try (ResultSet row = ps.executeQuery()) {
              while (row.next()) {
                found.add(new StockedItem(item(row), row.getBigDecimal("available")));
              }
            }
          }
          return found;
        });
  }

  /** Items that can be a quote's main material (not archived), by SKU. */
  List<Item> materials() {
    return jdbc(
        c -> {
          List<Item> found = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "select * from item where archived = false and category in"
                          + " ('FABRIC', 'BALLOON', 'PRINT_MEDIA', 'OTHER') order by sku");
              ResultSet row = ps.executeQuery()) {
            while (row.next()) {
              found.add(item(row));
            }
          }
          return found;
        });
  }

  @Override
  public Optional<WorkflowTemplate> workflow() {
    return workflows.all().stream().findFirst();
  }

  @Override
  public StageHistory stageHistory(String stageName) {
    Instant now = clock.instant();
    return jdbc(
        c -> {
          List<Long> recent = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select started_at, finished_at from production_stage where name = ?"
                      + " and finished_at is not null and started_at is not null"
                      + " and finished_at > ? order by finished_at desc limit "
                      + RECENT_STAGES)) {
            ps.setString(1, stageName);
            ps.setTimestamp(2, Timestamp.from(now.minus(Duration.ofDays(365))));
            try (ResultSet row = ps.executeQuery()) {
              while (row.next()) {
                recent.add(
                    Duration.between(
                            row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant())
                        .toSeconds());
              }
            }
          }
          int finished =
              count(
                  c,
                  "select count(*) from production_stage where name = ?"
                      + " and finished_at is not null and finished_at > ?",
                  stageName,
                  Timestamp.from(now.minus(Duration.ofDays(30))));
          int open =
              count(
                  c,
                  "select count(*) from production_stage s join production_order o"
                      + " on o.id = s.order_id where s.name = ? and s.status <> 'DONE'"
                      + " and o.status in ('PLANNED', 'IN_PROGRESS', 'ON_HOLD')",
                  stageName);
          return new StageHistory(recent, finished, open);
        });
  }

  private static int count(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet row = ps.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  private static Item item(ResultSet row) throws SQLException {
    return new Item(
        row.getObject("id", UUID.class),
        row.getString("sku"),
        row.getString("name"),
        Category.valueOf(row.getString("category")),
        row.getString("colour_name"),
        row.getString("colour_hex"),
        row.getString("size"),
        Unit.valueOf(row.getString("unit")),
        row.getString("location"),
        new Money(
            canonical(row.getBigDecimal("unit_cost_amount")),
            Currency.getInstance(row.getString("unit_cost_currency"))),
        row.getString("barcode"),
        canonical(row.getBigDecimal("reorder_point")),
        canonical(row.getBigDecimal("reorder_quantity")),
        false);
  }

  /** JDBC work on the store's connection, in one transaction. */
  private <T> T jdbc(Work<T> work) {
    return store.inTransaction(s -> s.doReturningWork(work::run));
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }
}
