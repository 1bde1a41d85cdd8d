package dev.bobbin.model.ask;

/** What a question asks for, as {@link AskEngine} understood it. */
public enum Intent {
  STOCK,
  LOW_STOCK,
  LATE_ORDERS,
  BLOCKED_ORDERS,
  ORDER_STATUS,
  FEASIBILITY,
  QUOTE,
  NAVIGATE,
  /** Not understood: the answer only suggests questions Bobbin can answer. */
  UNKNOWN;

  /** The name used in JSON and the conversation log, e.g. {@code late_orders}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
