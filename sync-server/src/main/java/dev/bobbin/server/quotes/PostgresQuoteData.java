package dev.bobbin.server.quotes;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import dev.bobbin.model.quotes.PricingSettings;
import dev.bobbin.model.quotes.QuoteData;
import dev.bobbin.server.db.Sql;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link QuoteData} over the organisation's Postgres rows, read in the request's transaction (row
 * level security scopes every query to the organisation as well as its {@code org_id}). Public for
 * the quote benchmark, which times the engine over it without HTTP.
 */
public final class PostgresQuoteData implements QuoteData {
  /** How many recent finished stages of a name the delivery estimate learns from. */
  static final int RECENT_STAGES = 200;

  private static final String DEFAULT_CURRENCY = "USD";

  private final Connection c;
  private final UUID orgId;
  private final OffsetDateTime now;

  /** Reads in {@code c}, the request's transaction, as of {@code now}. */
  public PostgresQuoteData(Connection c, UUID orgId, Instant now) {
    this.c = c;
    this.orgId = orgId;
    this.now = now.atOffset(ZoneOffset.UTC);
  }

  @Override
  public PricingSettings pricing() {
    try {
      Optional<PricingSettings> set =
          Sql.one(
              c,
              "select * from pricing_settings where org_id = ? order by id limit 1",
              PostgresQuoteData::pricing,
              orgId);
      if (set.isPresent()) {
        return set.get();
      }
      String currency =
          Sql.one(
                  c,
                  "select currency from item where org_id = ? group by currency"
                      + " order by count(*) desc, currency limit 1",
                  row -> row.getString(1).strip(),
                  orgId)
              .orElse(DEFAULT_CURRENCY);
      return PricingSettings.defaults(Ids.newId(), Currency.getInstance(currency));
    } catch (SQLException e) {
      throw new QuoteDataException(e);
    }
  }

  @Override
  public Optional<Item> item(UUID id) {
    try {
      return Sql.one(
          c, "select * from item where org_id = ? and id = ?", PostgresQuoteData::item, orgId, id);
    } catch (SQLException e) {
      throw new QuoteDataException(e);
    }
  }

  @Override
  public Optional<Design> design(UUID id) {
    try {
      Optional<Design> bare =
          Sql.one(
              c,
              "select id, code, name, customer_id, status from design where org_id = ? and id = ?",
              row ->
                  new Design(
                      row.getObject("id", UUID.class),
                      row.getString("code"),
                      row.getString("name"),
                      row.getObject("customer_id", UUID.class),
                      null,
                      DesignStatus.valueOf(row.getString("status")),
                      Set.of(),
                      null,
                      List.of(),
                      List.of()),
              orgId,
              id);
      if (bare.isEmpty()) {
        return bare;
      }
      List<BomLine> bom =
          Sql.list(
              c,
              "select item_id, quantity_per_unit from design_bom_line"
                  + " where org_id = ? and design_id = ? order by position",
              row -> new BomLine(row.getObject(1, UUID.class), row.getBigDecimal(2)),
              orgId,
              id);
      Design d = bare.get();
      return Optional.of(
          new Design(
              d.id(),
              d.code(),
              d.name(),
              d.customerId(),
              null,
              d.status(),
              Set.of(),
              null,
              List.of(),
              bom));
    } catch (SQLException e) {
      throw new QuoteDataException(e);
    }
  }

  @Override
  public Map<UUID, BigDecimal> available(Collection<UUID> itemIds) {
    Map<UUID, BigDecimal> found = new HashMap<>();
    if (itemIds.isEmpty()) {
      return found;
    }
    try {
      Array ids = c.createArrayOf("uuid", itemIds.toArray());
      for (Object[] row :
          Sql.list(
              c,
              "select i.id, coalesce(b.on_hand, 0) - coalesce(("
                  + "select sum(r.quantity) from reservation r where r.org_id = i.org_id"
                  + " and r.item_id = i.id and not r.released), 0)"
                  + " from item i left join item_balance b on b.item_id = i.id"
                  + " where i.org_id = ? and i.id = any(?)",
              row -> new Object[] {row.getObject(1, UUID.class), row.getBigDecimal(2)},
              orgId,
              ids)) {
        found.put((UUID) row[0], (BigDecimal) row[1]);
      }
      return found;
    } catch (SQLException e) {
      throw new QuoteDataException(e);
    }
  }

  @Override
  public List<StockedItem> inStock(Item like, BigDecimal atLeast) {
    try {
      // The nearest in price with enough on hand first, then their reservations: the correlated
      // sum runs for a hundred rows, not for the whole category.
      return Sql.list(
          c,
          "select * from (select n.*, n.on_hand - coalesce(("
              + "select sum(r.quantity) from reservation r where r.org_id = n.org_id"
              + " and r.item_id = n.id and not r.released), 0) as available"
              + " from (select i.*, b.on_hand from item i join item_balance b on b.item_id = i.id"
              + " where i.org_id = ? and i.category = ? and not i.archived and b.on_hand >= ?"
              + " and i.id <> ? and i.currency = ? order by abs(i.unit_cost - ?), i.id limit "
              + (2 * CANDIDATES)
              + ") n) s where available >= ? order by abs(unit_cost - ?), id limit "
              + CANDIDATES,
          row -> new StockedItem(item(row), row.getBigDecimal("available")),
          orgId,
          like.category().name(),
          atLeast,
          like.id(),
          like.unitCost().currency().getCurrencyCode(),
          like.unitCost().amount(),
          atLeast,
          like.unitCost().amount());
    } catch (SQLException e) {
      throw new QuoteDataException(e);
    }
  }

  @Override
  public Optional<WorkflowTemplate> workflow() {
    try {
      Optional<UUID> id =
          Sql.one(
              c,
              "select id from workflow_template where org_id = ? order by name, id limit 1",
              row -> row.getObject(1, UUID.class),
              orgId);
      if (id.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(workflow(c, orgId, id.get()).orElseThrow());
    } catch (SQLException e) {
      throw new QuoteDataException(e);
    }
  }

  /** The workflow template {@code id} with its stages, if it exists. */
  static Optional<WorkflowTemplate> workflow(Connection c, UUID orgId, UUID id)
      throws SQLException {
    Optional<String> name =
        Sql.one(
            c,
            "select name from workflow_template where org_id = ? and id = ?",
            row -> row.getString(1),
            orgId,
            id);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    List<StageTemplate> stages =
        Sql.list(
            c,
            "select name, consumes_materials from workflow_stage_template"
                + " where org_id = ? and workflow_template_id = ? order by sequence",
            row -> new StageTemplate(row.getString(1), row.getBoolean(2)),
            orgId,
            id);
    return Optional.of(new WorkflowTemplate(id, name.get(), stages));
  }

  @Override
  public Map<String, StageHistory> stageHistories(List<String> stageNames) {
    try {
      Array names = c.createArrayOf("text", stageNames.toArray());
      Map<String, List<Long>> recent = new HashMap<>();
      // One index-bounded scan per stage (newest first, at most RECENT_STAGES), in one statement.
      for (Object[] row :
          Sql.list(
              c,
              "select n.name, r.seconds from unnest(?::text[]) n(name) cross join lateral ("
                  + "select extract(epoch from s.finished_at - s.started_at)::bigint as seconds"
                  + " from production_stage s where s.org_id = ? and s.name = n.name"
                  + " and s.finished_at is not null and s.started_at is not null"
                  + " and s.finished_at > ? order by s.finished_at desc limit "
                  + RECENT_STAGES
                  + ") r",
              row -> new Object[] {row.getString(1), row.getLong(2)},
              names,
              orgId,
              now.minus(365, ChronoUnit.DAYS))) {
        recent.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((Long) row[1]);
      }
      Map<String, StageHistory> found = new HashMap<>();
      for (Object[] row :
          Sql.list(
              c,
              "select n.name,"
                  + " (select count(*) from production_stage s where s.org_id = ?"
                  + " and s.name = n.name and s.finished_at is not null and s.finished_at > ?),"
                  + " (select count(*) from production_stage s join production_order o"
                  + " on o.id = s.order_id and o.org_id = s.org_id"
                  + " where s.org_id = ? and s.name = n.name and s.status <> 'DONE'"
                  + " and o.status in ('PLANNED', 'IN_PROGRESS', 'ON_HOLD'))"
                  + " from unnest(?::text[]) n(name)",
              row -> new Object[] {row.getString(1), row.getInt(2), row.getInt(3)},
              orgId,
              now.minus(30, ChronoUnit.DAYS),
              orgId,
              names)) {
        String name = (String) row[0];
        found.put(
            name,
            new StageHistory(
                recent.getOrDefault(name, List.of()), (Integer) row[1], (Integer) row[2]));
      }
      return found;
    } catch (SQLException e) {
      throw new QuoteDataException(e);
    }
  }

  static Item item(ResultSet row) throws SQLException {
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
            plain(row.getBigDecimal("unit_cost")),
            Currency.getInstance(row.getString("currency").strip())),
        row.getString("barcode"),
        row.getBigDecimal("reorder_point") == null
            ? BigDecimal.ZERO
            : plain(row.getBigDecimal("reorder_point")),
        row.getBigDecimal("reorder_quantity") == null
            ? BigDecimal.ZERO
            : plain(row.getBigDecimal("reorder_quantity")),
        row.getBoolean("archived"));
  }

  static PricingSettings pricing(ResultSet row) throws SQLException {
    Currency currency = Currency.getInstance(row.getString("currency").strip());
    return new PricingSettings(
        row.getObject("id", UUID.class),
        new Money(plain(row.getBigDecimal("simple_hourly_rate")), currency),
        new Money(plain(row.getBigDecimal("standard_hourly_rate")), currency),
        new Money(plain(row.getBigDecimal("complex_hourly_rate")), currency),
        plain(row.getBigDecimal("simple_minutes")),
        plain(row.getBigDecimal("standard_minutes")),
        plain(row.getBigDecimal("complex_minutes")),
        plain(row.getBigDecimal("overhead_percent")),
        plain(row.getBigDecimal("margin_percent")),
        List.of((String[]) row.getArray("volume_discounts").getArray()),
        List.of((String[]) row.getArray("product_minutes").getArray()));
  }

  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** A database failure while the engine reads; the request fails with a 500. */
  static final class QuoteDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QuoteDataException(SQLException cause) {
      super("Could not read the organisation's data for a quote: " + cause.getMessage(), cause);
    }
  }
}
