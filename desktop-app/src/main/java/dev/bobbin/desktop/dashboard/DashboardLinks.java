package dev.bobbin.desktop.dashboard;

/** Where the dashboard's tiles lead: the filtered list behind each. */
public interface DashboardLinks {
  /** The inventory, filtered to items below their reorder point. */
  void openLowStock();

  /** The inventory, unfiltered (e.g. from the stock value chart or recent activity). */
  void openInventory();

  /** The production orders (work in progress, due, overdue). */
  void openProduction();
}
