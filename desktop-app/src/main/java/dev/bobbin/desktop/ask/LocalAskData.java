package dev.bobbin.desktop.ask;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.model.ask.AskData;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.StageStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link AskData} over this device's H2 store: the same rows the server holds, as last synced plus
 * what was done here since, so questions are answered offline.
 */
public final class LocalAskData implements AskData {
  /** How far back finished stages teach the delivery estimate (as on the server). */
  static final Duration HISTORY = Duration.ofDays(365);

  static final int MAX_TIMINGS = 2_000;

  private final LocalStore store;
  private final Clock clock;

  public LocalAskData(LocalStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @FunctionalInterface
  private interface Rows<T> {
    T map(ResultSet row) throws SQLException;
  }

  private <T> List<T> query(String sql, Rows<T> mapper, Object... params) {
    return store.inTransaction(
        s ->
            s.doReturningWork(
                (Connection c) -> {
                  try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < params.length; i++) {
                      ps.setObject(i + 1, params[i]);
                    }
                    List<T> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                      while (rs.next()) {
                        out.add(mapper.map(rs));
                      }
                    }
                    return out;
                  }
                }));
  }

  @Override
  public List<Stock> stock() {
    return query(
        "SELECT i.id, i.sku, i.name, i.category, i.colour_name, i.colour_hex, i.size, i.unit,"
            + " i.location, i.unit_cost_amount, i.unit_cost_currency, i.barcode, i.reorder_point,"
            + " i.reorder_quantity, COALESCE(b.on_hand, 0),"
            + " COALESCE((SELECT SUM(r.quantity) FROM reservation r"
            + " WHERE r.item_id = i.id AND NOT r.released), 0)"
            + " FROM item i LEFT JOIN item_balance b ON b.item_id = i.id"
            + " WHERE NOT i.archived ORDER BY i.sku",
        row ->
            new Stock(
                new Item(
                    row.getObject(1, UUID.class),
                    row.getString(2),
                    row.getString(3),
                    Category.valueOf(row.getString(4)),
                    row.getString(5),
                    row.getString(6),
                    row.getString(7),
                    Unit.valueOf(row.getString(8)),
                    row.getString(9),
                    Money.of(row.getBigDecimal(10), row.getString(11)),
                    row.getString(12),
                    row.getBigDecimal(13),
                    row.getBigDecimal(14),
                    false),
                row.getBigDecimal(15),
                row.getBigDecimal(16)));
  }

  private record Owned<T>(UUID owner, T value) {}

  @Override
  public List<DesignRef> designs() {
    Map<UUID, List<BomLine>> bom = new LinkedHashMap<>();
    for (Owned<BomLine> line :
        query(
            "SELECT design_id, item_id, quantity_per_unit FROM design_bom_line"
                + " ORDER BY design_id, line_no",
            row ->
                new Owned<>(
                    row.getObject(1, UUID.class),
                    new BomLine(
                        row.getObject(2, UUID.class),
                        row.getBigDecimal(3).stripTrailingZeros())))) {
      bom.computeIfAbsent(line.owner(), k -> new ArrayList<>()).add(line.value());
    }
    return query(
        "SELECT d.id, d.code, d.name, cu.name FROM design d"
            + " LEFT JOIN customer cu ON cu.id = d.customer_id"
            + " WHERE d.status <> 'ARCHIVED' ORDER BY d.code",
        row -> {
          UUID id = row.getObject(1, UUID.class);
          return new DesignRef(
              id,
              row.getString(2),
              row.getString(3),
              row.getString(4),
              bom.getOrDefault(id, List.of()));
        });
  }

  @Override
  public List<CustomerRef> customers() {
    return query(
        "SELECT id, name FROM customer ORDER BY name",
        row -> new CustomerRef(row.getObject(1, UUID.class), row.getString(2)));
  }

  @Override
  public List<OrderRef> openOrders() {
    return orders("o.status NOT IN ('DONE', 'CANCELLED')", 100_000);
  }

  @Override
  public List<OrderRef> ordersNumbered(String fragment, int limit) {
    String escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return orders("UPPER(o.number) LIKE UPPER(?)", limit, "%" + escaped + "%");
  }

  private List<OrderRef> orders(String where, int limit, Object... params) {
    List<Object> args = new ArrayList<>(List.of(params));
    args.add(limit);
    List<OrderRef> heads =
        query(
            "SELECT o.id, o.number, o.design_id, COALESCE(d.name, '?'), cu.name, o.quantity,"
                + " o.due_date, o.status FROM production_order o"
                + " LEFT JOIN design d ON d.id = o.design_id"
                + " LEFT JOIN customer cu ON cu.id = o.customer_id"
                + " WHERE "
                + where
                + " ORDER BY o.due_date, o.number LIMIT ?",
            row ->
                new OrderRef(
                    row.getObject(1, UUID.class),
                    row.getString(2),
                    row.getObject(3, UUID.class),
                    row.getString(4),
                    row.getString(5),
                    row.getInt(6),
                    row.getObject(7, LocalDate.class),
                    OrderStatus.valueOf(row.getString(8)),
                    List.of()),
            args.toArray());
    Map<UUID, List<StageRef>> stages = new LinkedHashMap<>();
    for (OrderRef o : heads) {
      stages.put(o.id(), new ArrayList<>());
    }
    // One read of all stages of the orders at hand; fine for the open orders of a factory.
    for (Owned<StageRef> stage :
        query(
            "SELECT s.order_id, s.name, s.sequence, s.status FROM production_stage s"
                + " JOIN production_order o ON o.id = s.order_id WHERE "
                + where
                + " ORDER BY s.order_id, s.sequence",
            row ->
                new Owned<>(
                    row.getObject(1, UUID.class),
                    new StageRef(
                        row.getString(2), row.getInt(3), StageStatus.valueOf(row.getString(4)))),
            params)) {
      List<StageRef> list = stages.get(stage.owner());
      if (list != null) {
        list.add(stage.value());
      }
    }
    List<OrderRef> out = new ArrayList<>();
    for (OrderRef o : heads) {
      out.add(
          new OrderRef(
              o.id(),
              o.number(),
              o.designId(),
              o.designName(),
              o.customerName(),
              o.quantity(),
              o.dueDate(),
              o.status(),
              stages.get(o.id())));
    }
    return out;
  }

  @Override
  public List<StageTiming> finishedStages() {
    OffsetDateTime since = clock.instant().minus(HISTORY).atOffset(ZoneOffset.UTC);
    return query(
        "SELECT name, sequence, started_at, finished_at FROM production_stage"
            + " WHERE status = 'DONE' AND started_at IS NOT NULL AND finished_at IS NOT NULL"
            + " AND finished_at >= ? ORDER BY finished_at DESC LIMIT ?",
        row ->
            new StageTiming(
                row.getString(1),
                row.getInt(2),
                Duration.between(
                    row.getObject(3, OffsetDateTime.class),
                    row.getObject(4, OffsetDateTime.class))),
        since,
        MAX_TIMINGS);
  }
}
