package dev.bobbin.desktop.production;

import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import java.util.Optional;

/**
 * An order as the board and the order list show it.
 *
 * @param design the design's code and name
 * @param customer the customer's name, or empty for stock production
 * @param current the first stage not done yet; {@code null} when every stage is done
 */
public record OrderRow(
    ProductionOrder order,
    String design,
    String customer,
    ProductionStage current,
    int stagesDone,
    int stageCount) {

  public Optional<ProductionStage> currentStage() {
    return Optional.ofNullable(current);
  }
}
