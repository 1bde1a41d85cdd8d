package dev.bobbin.desktop.production;

/** The two tabs of the production page. */
public enum ProductionTab {
  BOARD,
  ORDERS
}
