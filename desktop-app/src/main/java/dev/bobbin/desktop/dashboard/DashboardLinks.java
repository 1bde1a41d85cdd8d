package dev.bobbin.desktop.dashboard;

import dev.bobbin.desktop.production.DueFilter;

/** Where the dashboard's tiles lead: the filtered list behind each. */
public interface DashboardLinks {
  /** The inventory, filtered to items below their reorder point. */
  void openLowStock();

  /** The inventory, unfiltered (e.g. from the stock value chart or recent activity). */
  void openInventory();

  /** The stage board: the orders in progress, in the column of their current stage. */
  void openBoard();

  /** The order list with only this due-date filter (e.g. overdue, due this week). */
  void openOrders(DueFilter due);
}
