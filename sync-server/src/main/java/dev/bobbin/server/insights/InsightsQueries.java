package dev.bobbin.server.insights;

import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.insights.InsightsInput;
import dev.bobbin.model.inventory.Reservation;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageStatus;
import dev.bobbin.server.db.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads what production insights need from Postgres, inside the caller's organisation (row-level
 * security): open orders with their stages; as history, the latest {@link #SAMPLES_PER_STAGE}
 * finished stages of each name that ended in the last {@link #HISTORY}, with their orders; the
 * bills of materials of the open orders' designs; the balances of those materials; unreleased
 * reservations. Due dates are compared with the UTC date.
 */
final class InsightsQueries {
  /** How far back finished stages teach stage times. */
  static final Duration HISTORY = Duration.ofDays(180);

  /** Finished stages of one name that teach its time model, the latest first. */
  static final int SAMPLES_PER_STAGE = 200;

  private static final String OPEN =
      "select id from production_order where status in ('PLANNED', 'IN_PROGRESS', 'ON_HOLD')";

  private static final String HISTORY_STAGES =
      "select * from (select *, row_number() over (partition by name order by finished_at desc)"
          + " as recent from production_stage where status = 'DONE' and started_at is not null"
          + " and finished_at >= ?) s where recent <= "
          + SAMPLES_PER_STAGE;

  private InsightsQueries() {}

  static InsightsInput load(Connection c, Instant now) throws SQLException {
    Instant since = now.minus(HISTORY);
    Map<UUID, ProductionStage> stages = new LinkedHashMap<>();
    for (ProductionStage stage :
        Sql.list(
            c,
            "select * from production_stage where order_id in (" + OPEN + ")",
            InsightsQueries::stage)) {
      stages.put(stage.id(), stage);
    }
    for (ProductionStage stage : Sql.list(c, HISTORY_STAGES, InsightsQueries::stage, since)) {
      stages.putIfAbsent(stage.id(), stage);
    }
    // The history's orders by id: the window over finished stages runs once.
    UUID[] historyOrders =
        stages.values().stream().map(ProductionStage::orderId).distinct().toArray(UUID[]::new);
    List<ProductionOrder> orders =
        Sql.list(
            c,
            "select * from production_order where id in (" + OPEN + ") or id = any(?)",
            InsightsQueries::order,
            c.createArrayOf("uuid", historyOrders));
    Map<UUID, List<BomLine>> boms = new HashMap<>();
    String openDesigns =
        "select distinct design_id from production_order"
            + " where status in ('PLANNED', 'IN_PROGRESS', 'ON_HOLD')";
    for (Object[] line :
        Sql.list(
            c,
            "select design_id, item_id, quantity_per_unit from design_bom_line"
                + " where design_id in ("
                + openDesigns
                + ") order by design_id, position",
            row ->
                new Object[] {
                  row.getObject(1, UUID.class),
                  new BomLine(
                      row.getObject(2, UUID.class), row.getBigDecimal(3).stripTrailingZeros())
                })) {
      boms.computeIfAbsent((UUID) line[0], k -> new ArrayList<>()).add((BomLine) line[1]);
    }
    Map<UUID, BigDecimal> onHand = new HashMap<>();
    for (Object[] balance :
        Sql.list(
            c,
            "select item_id, on_hand from item_balance where item_id in (select item_id from"
                + " design_bom_line where design_id in ("
                + openDesigns
                + "))",
            row -> new Object[] {row.getObject(1, UUID.class), row.getBigDecimal(2)})) {
      onHand.put((UUID) balance[0], (BigDecimal) balance[1]);
    }
    List<Reservation> reservations =
        Sql.list(
            c,
            "select id, item_id, production_order_id, quantity from reservation where not released",
            row ->
                new Reservation(
                    row.getObject(1, UUID.class),
                    row.getObject(2, UUID.class),
                    row.getObject(3, UUID.class),
                    row.getBigDecimal(4).stripTrailingZeros(),
                    false));
    return new InsightsInput(
        orders,
        List.copyOf(stages.values()),
        boms,
        onHand,
        reservations,
        now,
        LocalDate.ofInstant(now, ZoneOffset.UTC));
  }

  private static ProductionOrder order(ResultSet row) throws SQLException {
    return new ProductionOrder(
        row.getObject("id", UUID.class),
        row.getString("number"),
        row.getObject("design_id", UUID.class),
        row.getObject("customer_id", UUID.class),
        row.getObject("workflow_template_id", UUID.class),
        row.getInt("quantity"),
        row.getObject("due_date", LocalDate.class),
        Priority.valueOf(row.getString("priority")),
        OrderStatus.valueOf(row.getString("status")),
        row.getString("notes"));
  }

  private static ProductionStage stage(ResultSet row) throws SQLException {
    return new ProductionStage(
        row.getObject("id", UUID.class),
        row.getObject("order_id", UUID.class),
        row.getInt("sequence"),
        row.getString("name"),
        row.getBoolean("consumes_materials"),
        StageStatus.valueOf(row.getString("status")),
        row.getObject("assignee_id", UUID.class),
        Sql.instant(row, "started_at").orElse(null),
        Sql.instant(row, "finished_at").orElse(null),
        row.getInt("quantity_done"),
        row.getInt("quantity_rejected"),
        row.getString("notes"));
  }
}
