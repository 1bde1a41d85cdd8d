package dev.bobbin.model.reports;

/** What a report column holds, which decides how a CSV cell is written. */
public enum ColumnType {
  TEXT,
  INTEGER,
  DECIMAL,
  MONEY,
  DATE,
  TIMESTAMP;

  /** Whether values are numbers, written without formula protection (a {@code -5} stays). */
  public boolean numeric() {
    return this == INTEGER || this == DECIMAL || this == MONEY;
  }
}
