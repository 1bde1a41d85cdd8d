package dev.bobbin.model.reports;

/** The kind of value a report parameter takes. */
public enum ParameterType {
  /** An ISO date, {@code 2026-11-25}. */
  DATE,
  /** Free text, e.g. a SKU or an e-mail. */
  TEXT,
  /** One of a fixed list of choices (an enum's names). */
  CHOICE
}
