package dev.bobbin.server.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A SELECT put together from a base (without a top-level WHERE), filters and a tail, with its bind
 * values.
 */
final class Query {
  private final StringBuilder sql;
  private final List<Object> params = new ArrayList<>();
  private boolean hasWhere;

  Query(String select, Object... baseParams) {
    this.sql = new StringBuilder(select);
    this.params.addAll(List.of(baseParams));
  }

  /** Adds {@code condition} (with its {@code ?} values) to the WHERE clause. */
  Query and(String condition, Object... values) {
    sql.append(hasWhere ? " AND " : " WHERE ").append(condition);
    hasWhere = true;
    params.addAll(List.of(values));
    return this;
  }

  /** Appends the rest (GROUP BY, ORDER BY) with its values. */
  Query then(String tail, Object... values) {
    sql.append(' ').append(tail);
    params.addAll(List.of(values));
    return this;
  }

  String sql() {
    return sql.toString();
  }

  List<Object> params() {
    return params;
  }
}
