package dev.bobbin.model.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The share of open orders whose materials are all in stock, when stock is allotted to orders by
 * due date (see {@link ProductionInsights}).
 *
 * @param share ready ÷ open, 0 to 1 (1 when there are no open orders)
 * @param waiting the open orders that are not ready, earliest due first, with what they lack
 */
public record Readiness(int openOrders, int readyOrders, double share, List<Waiting> waiting) {
  public Readiness {
    waiting = List.copyOf(waiting);
  }

  /** An open order whose materials are not all there. */
  public record Waiting(
      UUID orderId, String orderNumber, LocalDate dueDate, List<Shortfall> shortfalls) {
    public Waiting {
      shortfalls = List.copyOf(shortfalls);
    }
  }

  /**
   * One material an order lacks.
   *
   * @param needed what the order still needs of it
   * @param available what was left of it for this order after earlier-due orders took theirs
   */
  public record Shortfall(UUID itemId, BigDecimal needed, BigDecimal available) {}
}
