package dev.bobbin.model.production;

/** How urgent an order is; sorts work lists. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
