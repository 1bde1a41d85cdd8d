package dev.bobbin.model.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report's SELECT put together from a base (without a top-level WHERE), filters and a tail, with
 * its bind values in order. Plain text and values: each app binds them on its own JDBC connection.
 */
public final class ReportQuery {
  private final StringBuilder sql;
  private final List<Object> params = new ArrayList<>();
  private boolean hasWhere;

  public ReportQuery(String select, Object... baseParams) {
    this.sql = new StringBuilder(select);
    this.params.addAll(List.of(baseParams));
  }

  /** Adds {@code condition} (with its {@code ?} values) to the WHERE clause. */
  public ReportQuery and(String condition, Object... values) {
    sql.append(hasWhere ? " AND " : " WHERE ").append(condition);
    hasWhere = true;
    params.addAll(List.of(values));
    return this;
  }

  /** Appends the rest (GROUP BY, ORDER BY) with its values. */
  public ReportQuery then(String tail, Object... values) {
    sql.append(' ').append(tail);
    params.addAll(List.of(values));
    return this;
  }

  public String sql() {
    return sql.toString();
  }

  /** The values of the {@code ?} placeholders, in order. */
  public List<Object> params() {
    return Collections.unmodifiableList(params);
  }
}
