package dev.bobbin.server.ask;

import dev.bobbin.model.ask.AskData;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.StageStatus;
import dev.bobbin.server.db.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link AskData} over the organisation's Postgres rows, read in the request's transaction (row
 * level security keeps it to the caller's organisation).
 */
final class PostgresAskData implements AskData {
  /** How far back finished stages teach the delivery estimate. */
  static final Duration HISTORY = Duration.ofDays(365);

  static final int MAX_TIMINGS = 2_000;

  private final Connection c;
  private final Instant now;

  PostgresAskData(Connection c, Instant now) {
    this.c = c;
    this.now = now;
  }

  /** Thrown for a database failure while answering; the route turns it into a 500. */
  static final class ReadFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReadFailed(SQLException cause) {
      super("Could not read the organisation's data: " + cause.getMessage(), cause);
    }
  }

  /** A row's value and the id of the record it belongs to. */
  private record Owned<T>(UUID owner, T value) {}

  @Override
  public List<Stock> stock() {
    try {
      return Sql.list(
          c,
          "select i.id, i.sku, i.name, i.category, i.colour_name, i.colour_hex, i.size, i.unit,"
              + " i.location, i.unit_cost, i.currency, i.barcode, coalesce(i.reorder_point, 0),"
              + " coalesce(i.reorder_quantity, 0), coalesce(b.on_hand, 0), coalesce(r.reserved, 0)"
              + " from item i left join item_balance b on b.item_id = i.id"
              + " left join (select item_id, sum(quantity) as reserved from reservation"
              + " where not released group by item_id) r on r.item_id = i.id"
              + " where not i.archived order by i.sku",
          PostgresAskData::stockRow);
    } catch (SQLException e) {
      throw new ReadFailed(e);
    }
  }

  private static Stock stockRow(ResultSet row) throws SQLException {
    Item item =
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
            Money.of(row.getBigDecimal(10), row.getString(11).trim()),
            row.getString(12),
            row.getBigDecimal(13),
            row.getBigDecimal(14),
            false);
    return new Stock(item, row.getBigDecimal(15), row.getBigDecimal(16));
  }

  @Override
  public List<DesignRef> designs() {
    try {
      Map<UUID, List<BomLine>> bom = new LinkedHashMap<>();
      for (Owned<BomLine> line :
          Sql.list(
              c,
              "select design_id, item_id, quantity_per_unit from design_bom_line"
                  + " order by design_id, position",
              row ->
                  new Owned<>(
                      row.getObject(1, UUID.class),
                      new BomLine(row.getObject(2, UUID.class), row.getBigDecimal(3))))) {
        bom.computeIfAbsent(line.owner(), k -> new ArrayList<>()).add(line.value());
      }
      return Sql.list(
          c,
          "select d.id, d.code, d.name, cu.name from design d"
              + " left join customer cu on cu.id = d.customer_id"
              + " where d.status <> 'ARCHIVED' order by d.code",
          row -> {
            UUID id = row.getObject(1, UUID.class);
            return new DesignRef(
                id,
                row.getString(2),
                row.getString(3),
                row.getString(4),
                bom.getOrDefault(id, List.of()));
          });
    } catch (SQLException e) {
      throw new ReadFailed(e);
    }
  }

  @Override
  public List<CustomerRef> customers() {
    try {
      return Sql.list(
          c,
          "select id, name from customer order by name",
          row -> new CustomerRef(row.getObject(1, UUID.class), row.getString(2)));
    } catch (SQLException e) {
      throw new ReadFailed(e);
    }
  }

  @Override
  public List<OrderRef> openOrders() {
    return orders("o.status not in ('DONE', 'CANCELLED')", 100_000);
  }

  @Override
  public List<OrderRef> ordersNumbered(String fragment, int limit) {
    String escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return orders("upper(o.number) like upper(?)", limit, "%" + escaped + "%");
  }

  private List<OrderRef> orders(String where, int limit, Object... params) {
    try {
      List<Object> args = new ArrayList<>(List.of(params));
      args.add(limit);
      List<OrderRef> heads =
          Sql.list(
              c,
              "select o.id, o.number, o.design_id, coalesce(d.name, '?'), cu.name, o.quantity,"
                  + " o.due_date, o.status from production_order o"
                  + " left join design d on d.id = o.design_id"
                  + " left join customer cu on cu.id = o.customer_id"
                  + " where "
                  + where
                  + " order by o.due_date, o.number limit ?",
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
      if (heads.isEmpty()) {
        return heads;
      }
      Map<UUID, List<StageRef>> stages = new LinkedHashMap<>();
      for (Owned<StageRef> stage :
          Sql.list(
              c,
              "select order_id, name, sequence, status from production_stage"
                  + " where order_id = any(?) order by order_id, sequence",
              row ->
                  new Owned<>(
                      row.getObject(1, UUID.class),
                      new StageRef(
                          row.getString(2), row.getInt(3), StageStatus.valueOf(row.getString(4)))),
              c.createArrayOf("uuid", heads.stream().map(OrderRef::id).toArray()))) {
        stages.computeIfAbsent(stage.owner(), k -> new ArrayList<>()).add(stage.value());
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
                stages.getOrDefault(o.id(), List.of())));
      }
      return out;
    } catch (SQLException e) {
      throw new ReadFailed(e);
    }
  }

  @Override
  public List<StageTiming> finishedStages() {
    try {
      return Sql.list(
          c,
          "select name, sequence, extract(epoch from (finished_at - started_at))::bigint"
              + " from production_stage where status = 'DONE' and started_at is not null"
              + " and finished_at is not null and finished_at >= ?"
              + " order by finished_at desc limit ?",
          row ->
              new StageTiming(row.getString(1), row.getInt(2), Duration.ofSeconds(row.getLong(3))),
          now.minus(HISTORY),
          MAX_TIMINGS);
    } catch (SQLException e) {
      throw new ReadFailed(e);
    }
  }
}
