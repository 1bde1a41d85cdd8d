package dev.bobbin.model.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Turns orders, fed grouped by customer, into the rows of {@link Reports#ORDERS_ON_TIME}. An order
 * is on time when it is done and its last stage finished (UTC day) on or before its due date; late
 * when it finished after; open and overdue when it is not done and was due before {@code today}.
 * The percentage is on time out of those three (orders whose outcome is known).
 */
public final class OnTimeByCustomer {
  private final RowSink sink;
  private final LocalDate today;
  private Object key;
  private String customer;
  private long orders;
  private long onTime;
  private long late;
  private long openOverdue;

  public OnTimeByCustomer(LocalDate today, RowSink sink) {
    this.sink = sink;
    this.today = today;
  }

  /**
   * One order.
   *
   * @param customerKey what groups orders (the customer's id, or null for none)
   * @param customerName the name shown
   * @param done whether the order's status is done
   * @param finishedAt when its last stage finished, if it did
   */
  public void add(
      Object customerKey, String customerName, LocalDate due, boolean done, Instant finishedAt) {
    if (orders > 0 && !Objects.equals(key, customerKey)) {
      flush();
    }
    key = customerKey;
    customer = customerName;
    orders++;
    if (done && finishedAt != null) {
      if (LocalDate.ofInstant(finishedAt, ZoneOffset.UTC).isAfter(due)) {
        late++;
      } else {
        onTime++;
      }
    } else if (!done && due.isBefore(today)) {
      openOverdue++;
    }
  }

  /** Emits the last customer's row; call once after the last {@link #add}. */
  public void finish() {
    if (orders > 0) {
      flush();
    }
  }

  private void flush() {
    long known = onTime + late + openOverdue;
    BigDecimal percent =
        known == 0
            ? null
            : BigDecimal.valueOf(onTime * 100)
                .divide(BigDecimal.valueOf(known), 1, RoundingMode.HALF_UP);
    sink.accept(new Object[] {customer, orders, onTime, late, openOverdue, percent});
    orders = 0;
    onTime = 0;
    late = 0;
    openOverdue = 0;
  }
}
