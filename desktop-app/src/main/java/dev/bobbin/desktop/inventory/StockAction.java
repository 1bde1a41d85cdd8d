package dev.bobbin.desktop.inventory;

import dev.bobbin.model.inventory.MovementReason;

/** The stock actions the inventory offers, each recording one kind of ledger line. */
public enum StockAction {
  RECEIVE("Receive", "Goods arrived", MovementReason.RECEIVE, "Quantity received"),
  CONSUME("Consume", "Used by production", MovementReason.CONSUME, "Quantity used"),
  ADJUST("Adjust", "Correct a known mistake", MovementReason.ADJUST, "Change (+ or \u2212)"),
  COUNT("Count", "Record a physical count", MovementReason.COUNT, "Quantity counted"),
  SCRAP("Scrap", "Damaged or lost", MovementReason.SCRAP, "Quantity scrapped");

  private final String title;
  private final String purpose;
  private final MovementReason reason;
  private final String quantityLabel;

  StockAction(String title, String purpose, MovementReason reason, String quantityLabel) {
    this.title = title;
    this.purpose = purpose;
    this.reason = reason;
    this.quantityLabel = quantityLabel;
  }

  public String title() {
    return title;
  }

  public String purpose() {
    return purpose;
  }

  public MovementReason reason() {
    return reason;
  }

  public String quantityLabel() {
    return quantityLabel;
  }

  /** Whether the user types a plain amount that the action turns negative (consume, scrap). */
  boolean takesStock() {
    return this == CONSUME || this == SCRAP;
  }
}
