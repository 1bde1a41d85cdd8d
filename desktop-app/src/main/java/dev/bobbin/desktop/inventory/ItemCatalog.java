package dev.bobbin.desktop.inventory;

import java.util.List;

/** What the inventory list reads: the items matching a search, first page plus the total. */
@FunctionalInterface
public interface ItemCatalog {

  /** One page of matches and how many there are in all. */
  record Page(List<ItemRow> rows, long total) {
    public Page {
      rows = List.copyOf(rows);
    }
  }

  /**
   * Items whose SKU, name, colour or barcode contains {@code text} (case-insensitive), archived
   * ones excluded, at most {@code limit} rows.
   */
  Page search(String text, int limit);
}
