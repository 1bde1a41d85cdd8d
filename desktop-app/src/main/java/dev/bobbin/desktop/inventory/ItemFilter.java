package dev.bobbin.desktop.inventory;

import dev.bobbin.model.inventory.Category;
import java.util.Optional;
import java.util.Set;

/**
 * What the item list shows besides the search text.
 *
 * @param categories only these; empty means all
 * @param lowStockOnly only items whose available stock is below their reorder point
 * @param includeArchived archived items too
 * @param location only items at exactly this location; empty means all
 */
public record ItemFilter(
    Set<Category> categories,
    boolean lowStockOnly,
    boolean includeArchived,
    ItemSort sort,
    Optional<String> location) {

  public ItemFilter {
    categories = Set.copyOf(categories);
    location = location.map(String::trim).filter(l -> !l.isEmpty());
  }

  public ItemFilter(
      Set<Category> categories, boolean lowStockOnly, boolean includeArchived, ItemSort sort) {
    this(categories, lowStockOnly, includeArchived, sort, Optional.empty());
  }

  /** Every active item, by SKU. */
  public static ItemFilter all() {
    return new ItemFilter(Set.of(), false, false, ItemSort.SKU);
  }

  public ItemFilter inCategories(Set<Category> value) {
    return new ItemFilter(value, lowStockOnly, includeArchived, sort, location);
  }

  public ItemFilter onlyLowStock() {
    return new ItemFilter(categories, true, includeArchived, sort, location);
  }

  public ItemFilter withArchived() {
    return new ItemFilter(categories, lowStockOnly, true, sort, location);
  }

  public ItemFilter sortedBy(ItemSort value) {
    return new ItemFilter(categories, lowStockOnly, includeArchived, value, location);
  }

  /** Only items stored at {@code value} (exact, as the location list offers it). */
  public ItemFilter atLocation(String value) {
    return new ItemFilter(categories, lowStockOnly, includeArchived, sort, Optional.of(value));
  }
}
