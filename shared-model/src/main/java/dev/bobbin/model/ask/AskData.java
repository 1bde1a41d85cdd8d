package dev.bobbin.model.ask;

import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.StockLedger;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.StageStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisation's data as {@link AskEngine} reads it. The server implements it over Postgres,
 * the desktop over its local H2 store; both answer the same question the same way because the
 * engine, not the store, does the reasoning. Every method only reads.
 */
public interface AskData {
  /** Every item that is not archived, with its stock. */
  List<Stock> stock();

  /** Every design that is not archived, with its bill of materials. */
  List<DesignRef> designs();

  /** Every customer's name, with its id. */
  List<CustomerRef> customers();

  /** Orders not yet done or cancelled, with their stages. */
  List<OrderRef> openOrders();

  /**
   * Orders (any status) whose number contains {@code fragment}, ignoring case; at most {@code
   * limit}.
   */
  List<OrderRef> ordersNumbered(String fragment, int limit);

  /** How long finished stages took (started to finished), the most recent first. */
  List<StageTiming> finishedStages();

  /** An item with what is on hand and what started orders hold of it. */
  record Stock(Item item, BigDecimal onHand, BigDecimal reserved) {
    public Stock {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(onHand, "onHand");
      Objects.requireNonNull(reserved, "reserved");
    }

    /** On hand minus reserved. */
    public BigDecimal available() {
      return onHand.subtract(reserved);
    }

    public boolean low() {
      return StockLedger.isLow(item, available());
    }
  }

  /**
   * A design by its code and name.
   *
   * @param customerName {@code null} for the house collection
   */
  record DesignRef(UUID id, String code, String name, String customerName, List<BomLine> bom) {
    public DesignRef {
      bom = List.copyOf(bom);
    }
  }

  record CustomerRef(UUID id, String name) {}

  /**
   * A production order with its stages in workflow order.
   *
   * @param customerName {@code null} for stock production
   */
  record OrderRef(
      UUID id,
      String number,
      UUID designId,
      String designName,
      String customerName,
      int quantity,
      LocalDate dueDate,
      OrderStatus status,
      List<StageRef> stages) {
    public OrderRef {
      stages = List.copyOf(stages);
    }

    /** The first stage not done: where the order stands. */
    public Optional<StageRef> currentStage() {
      return stages.stream().filter(s -> s.status() != StageStatus.DONE).findFirst();
    }

    public long stagesDone() {
      return stages.stream().filter(s -> s.status() == StageStatus.DONE).count();
    }

    public Optional<StageRef> blockedStage() {
      return stages.stream().filter(s -> s.status() == StageStatus.BLOCKED).findFirst();
    }
  }

  record StageRef(String name, int sequence, StageStatus status) {}

  /** One finished stage: its name, place in the workflow and how long it took. */
  record StageTiming(String name, int sequence, Duration took) {}
}
