package dev.bobbin.desktop.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The sections of the sidebar, in order. */
public enum Section {
  DASHBOARD("Dashboard", Feather.HOME, "Low stock, work in progress and orders due, at a glance."),
  INVENTORY("Inventory", Feather.PACKAGE, "Items, stock and movements."),
  DESIGNS("Designs", Feather.PEN_TOOL, "Designs with their colours and bills of materials."),
  PRODUCTION("Production", Feather.LAYERS, "Orders and their stages on the floor."),
  CUSTOMERS("Customers", Feather.USERS, "Who you make things for, and how to reach them."),
  QUOTES("Quotes", Feather.FILE_TEXT, "Prices and delivery dates for customers."),
  INVOICES("Invoices", Feather.DOLLAR_SIGN, "Invoices and payments."),
  REPORTS("Reports", Feather.BAR_CHART_2, "Reports and CSV exports."),
  CONFLICTS("Conflicts", Feather.GIT_MERGE, "Edits that clashed during sync, to review."),
  SETTINGS("Settings", Feather.SETTINGS, "Account, users, devices and appearance.");

  private final String title;
  private final Feather icon;
  private final String purpose;

  Section(String title, Feather icon, String purpose) {
    this.title = title;
    this.icon = icon;
    this.purpose = purpose;
  }

  public String title() {
    return title;
  }

  public Ikon icon() {
    return icon;
  }

  public String purpose() {
    return purpose;
  }
}
