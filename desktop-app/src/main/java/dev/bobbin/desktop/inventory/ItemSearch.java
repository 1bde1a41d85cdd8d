package dev.bobbin.desktop.inventory;

import static dev.bobbin.desktop.store.Decimals.canonical;

import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.StockLedger;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * The item list query: every word of the search text must occur in the item's search text (sku,
 * name, colour, size, location, barcode), plus the filter. Sorting by an indexed key lets a page of
 * a 100k-item list stop after its last row.
 */
final class ItemSearch {
  private static final Pattern WORDS = Pattern.compile("\\s+");
  private static final String RESERVED =
      "coalesce((select sum(r.quantity) from ReservationEntity r"
          + " where r.itemId = i.id and r.released = false), 0)";
  private static final String FROM =
      " from ItemEntity i left join ItemBalanceEntity b on b.itemId = i.id";

  private final StringBuilder where = new StringBuilder(" where 1 = 1");
  private final Map<String, Object> params = new HashMap<>();
  private final ItemFilter filter;
  private final List<String> words;

  ItemSearch(String text, ItemFilter filter) {
    this.filter = filter;
    if (!filter.includeArchived()) {
      where.append(" and i.archived = false");
    }
    this.words =
        WORDS
            .splitAsStream(text.trim().toLowerCase(Locale.ROOT))
            .filter(w -> !w.isEmpty())
            .toList();
    for (int n = 0; n < words.size(); n++) {
      where.append(" and i.searchText like :w").append(n).append(" escape '\\'");
      params.put("w" + n, "%" + escapeLike(words.get(n)) + "%");
    }
    if (!filter.categories().isEmpty()) {
      where.append(" and i.category in :categories");
      params.put("categories", filter.categories().stream().map(Enum::name).toList());
    }
    filter
        .location()
        .ifPresent(
            location -> {
              where.append(" and i.location = :location");
              params.put("location", location);
            });
    if (filter.lowStockOnly()) {
      where
          .append(" and i.archived = false and i.reorderPoint > 0")
          .append(" and coalesce(b.onHand, 0) - ")
          .append(RESERVED)
          .append(" < i.reorderPoint");
    }
  }

  List<ItemRow> page(Session session, int offset, int limit) {
    String order =
        filter.sort() == ItemSort.NAME ? " order by i.nameKey, i.id" : " order by i.skuKey, i.id";
    SelectionQuery<Object[]> query =
        session.createSelectionQuery(
            "select i, coalesce(b.onHand, 0), " + RESERVED + FROM + where + order, Object[].class);
    params.forEach(query::setParameter);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
        .map(ItemSearch::row)
        .toList();
  }

  /** Whether the in-memory keys can answer this search (low stock needs balances). */
  boolean indexable() {
    return !filter.lowStockOnly();
  }

  /** {@link #page} answered from the in-memory keys, then one query for the page's rows. */
  List<ItemRow> page(Session session, ItemSearchIndex index, int offset, int limit) {
    List<UUID> ids = index.match(session, words, filter);
    if (offset >= ids.size()) {
      return List.of();
    }
    List<UUID> wanted = ids.subList(offset, Math.min(ids.size(), offset + limit));
    Map<UUID, ItemRow> rows = new HashMap<>();
    session
        .createSelectionQuery(
            "select i, coalesce(b.onHand, 0), " + RESERVED + FROM + " where i.id in :ids",
            Object[].class)
        .setParameter("ids", wanted)
        .getResultList()
        .forEach(
            columns -> {
              ItemRow row = row(columns);
              rows.put(row.item().id(), row);
            });
    return wanted.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
  }

  long count(Session session, ItemSearchIndex index) {
    return index.match(session, words, filter).size();
  }

  long count(Session session) {
    // The balance join only matters to the low-stock filter; without it H2 counts from an index.
    String from = filter.lowStockOnly() ? FROM : " from ItemEntity i";
    SelectionQuery<Long> query =
        session.createSelectionQuery("select count(i)" + from + where, Long.class);
    params.forEach(query::setParameter);
    return query.getSingleResult();
  }

  static ItemRow row(Object[] columns) {
    Item item = ((ItemEntity) columns[0]).toRecord();
    BigDecimal onHand = canonical((BigDecimal) columns[1]);
    BigDecimal available = canonical(onHand.subtract((BigDecimal) columns[2]));
    return new ItemRow(item, onHand, available, StockLedger.isLow(item, available));
  }

  private static String escapeLike(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
