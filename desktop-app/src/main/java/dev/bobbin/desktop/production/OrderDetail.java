package dev.bobbin.desktop.production;

import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import java.math.BigDecimal;
import java.util.List;

/** Everything the order detail shows: its stages, what people did, and its materials. */
public record OrderDetail(
    OrderRow row,
    String workflow,
    List<StageLine> stages,
    List<TimelineEntry> timeline,
    List<MaterialLine> materials) {

  public ProductionOrder order() {
    return row.order();
  }

  /**
   * One stage with the name of who works on it.
   *
   * @param assignee who works on it; empty when unassigned
   */
  public record StageLine(ProductionStage stage, String assignee) {}

  /**
   * One thing done to a stage, with who did it.
   *
   * @param who the person's display name, or "someone" when not known here
   */
  public record TimelineEntry(StageActivity activity, String who) {}

  /**
   * One material of the order.
   *
   * @param required the bill of materials times the order quantity
   * @param heldForOrder what this order still reserves of it
   * @param reserved what every started order reserves of it
   * @param available on hand minus reserved
   */
  public record MaterialLine(
      Item item,
      BigDecimal required,
      BigDecimal heldForOrder,
      BigDecimal onHand,
      BigDecimal reserved,
      BigDecimal available) {}
}
