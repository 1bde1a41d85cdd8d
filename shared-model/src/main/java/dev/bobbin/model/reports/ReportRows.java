package dev.bobbin.model.reports;

import dev.bobbin.model.common.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Row shaping both apps apply to what their database returns, so a report's cells are computed by
 * the same code on H2 and Postgres.
 */
public final class ReportRows {
  private ReportRows() {}

  /** The unit as people write it ({@code m}, {@code pcs}) from its stored enum name. */
  public static String unitSymbol(String stored) {
    if (stored == null) {
      return null;
    }
    try {
      return Unit.valueOf(stored.toUpperCase(Locale.ROOT)).symbol();
    } catch (IllegalArgumentException e) {
      return stored;
    }
  }

  /**
   * A row of {@link Reports#LOW_STOCK} from {@code [sku, name, category, location, unit, onHand,
   * reserved, reorderPoint, reorderQuantity, unitCost, currency]}: the suggestion tops available
   * stock up by at least the reorder quantity and at least to the reorder point, rounded up to what
   * the unit allows (as {@code StockLedger.suggestedReorder}).
   */
  public static Object[] lowStock(Object[] source) {
    BigDecimal onHand = (BigDecimal) source[5];
    BigDecimal reserved = (BigDecimal) source[6];
    BigDecimal reorderPoint = (BigDecimal) source[7];
    BigDecimal reorderQuantity = (BigDecimal) source[8];
    BigDecimal unitCost = (BigDecimal) source[9];
    BigDecimal available = onHand.subtract(reserved);
    int decimals = unitDecimals((String) source[4]);
    BigDecimal suggested =
        reorderQuantity
            .max(reorderPoint.subtract(available))
            .setScale(decimals, RoundingMode.CEILING);
    return new Object[] {
      source[0],
      source[1],
      source[2],
      source[3],
      unitSymbol((String) source[4]),
      onHand,
      reserved,
      available,
      reorderPoint,
      suggested,
      suggested.multiply(unitCost),
      source[10]
    };
  }

  /**
   * A row of {@link Reports#RECEIVABLES_AGEING} from {@code [number, customer, issueDate, dueDate,
   * total, currency]} as of {@code asOf}.
   */
  public static Object[] ageing(Object[] source, LocalDate asOf) {
    LocalDate due = (LocalDate) source[3];
    Long days = due == null ? null : ChronoUnit.DAYS.between(due, asOf);
    return new Object[] {
      source[0],
      source[1],
      source[2],
      due,
      source[4],
      source[5],
      days == null ? null : Math.max(days, 0L),
      Reports.ageingBucket(days == null ? 0 : days)
    };
  }

  private static int unitDecimals(String stored) {
    if (stored == null) {
      return 3;
    }
    try {
      return Unit.valueOf(stored.toUpperCase(Locale.ROOT)).decimals();
    } catch (IllegalArgumentException e) {
      // A unit this version does not know (synced from a newer one): quantities have 3 decimals.
      return 3;
    }
  }
}
