package dev.bobbin.desktop.inventory;

import dev.bobbin.model.inventory.Category;
import java.util.Set;

/**
 * What the item list shows besides the search text.
 *
 * @param categories only these; empty means all
 * @param lowStockOnly only items whose available stock is below their reorder point
 * @param includeArchived archived items too
 */
public record ItemFilter(
    Set<Category> categories, boolean lowStockOnly, boolean includeArchived, ItemSort sort) {

  public ItemFilter {
    categories = Set.copyOf(categories);
  }

  /** Every active item, by SKU. */
  public static ItemFilter all() {
    return new ItemFilter(Set.of(), false, false, ItemSort.SKU);
  }

  public ItemFilter inCategories(Set<Category> value) {
    return new ItemFilter(value, lowStockOnly, includeArchived, sort);
  }

  public ItemFilter onlyLowStock() {
    return new ItemFilter(categories, true, includeArchived, sort);
  }

  public ItemFilter withArchived() {
    return new ItemFilter(categories, lowStockOnly, true, sort);
  }

  public ItemFilter sortedBy(ItemSort value) {
    return new ItemFilter(categories, lowStockOnly, includeArchived, value);
  }
}
