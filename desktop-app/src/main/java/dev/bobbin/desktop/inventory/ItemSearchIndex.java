package dev.bobbin.desktop.inventory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The search keys of every item, held in memory so search-as-you-type over 100k items answers in
 * milliseconds: H2 has no substring index, and scanning the item table twice per keystroke (page
 * and count) took 0.3–4 s. About 25 MB for 100k items; read once, again after any item write of
 * this repository, and whenever the item count changes under it (e.g. rows a sync wrote directly).
 */
final class ItemSearchIndex {
  private static final String LOAD =
      "SELECT id, sku_key, name_key, search_text, category, location, archived"
          + " FROM item ORDER BY sku_key, id";

  /** One item's keys. */
  record Entry(
      UUID id,
      String skuKey,
      String nameKey,
      String text,
      String category,
      String location,
      boolean archived) {}

  private volatile List<Entry> bySku;
  private volatile List<Entry> byName;
  // The last answer: a page, the count and the next page all ask the same question.
  private volatile LastMatch last;

  private record LastMatch(List<Entry> of, List<String> words, ItemFilter filter, List<UUID> ids) {}

  /** Forgets the keys; the next search reads them again. */
  void invalidate() {
    bySku = null;
    byName = null;
    last = null;
  }

  /** The ids of the items matching every word and the filter (low stock aside), in order. */
  List<UUID> match(Session session, List<String> words, ItemFilter filter) {
    List<Entry> entries = entries(session, filter.sort());
    LastMatch previous = last;
    if (previous != null
        && previous.of() == entries
        && previous.words().equals(words)
        && previous.filter().equals(filter)) {
      return previous.ids();
    }
    List<UUID> ids = scan(entries, words, filter);
    last = new LastMatch(entries, List.copyOf(words), filter, ids);
    return ids;
  }

  private static List<UUID> scan(List<Entry> entries, List<String> words, ItemFilter filter) {
    List<UUID> ids = new ArrayList<>();
    List<String> categories = filter.categories().stream().map(Enum::name).toList();
    String location = filter.location().orElse(null);
    for (Entry e : entries) {
      if ((e.archived() && !filter.includeArchived())
          || (!categories.isEmpty() && !categories.contains(e.category()))
          || (location != null && !location.equals(e.location()))
          || !containsAll(e.text(), words)) {
        continue;
      }
      ids.add(e.id());
    }
    return List.copyOf(ids);
  }

  private static boolean containsAll(String text, List<String> words) {
    if (words.isEmpty()) {
      return true;
    }
    if (text == null) {
      return false;
    }
    for (String w : words) {
      if (!text.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private List<Entry> entries(Session session, ItemSort sort) {
    List<Entry> sku = bySku;
    if (sku == null || sku.size() != rowCount(session)) {
      sku = load(session);
      bySku = sku;
      byName = null;
    }
    if (sort != ItemSort.NAME) {
      return sku;
    }
    List<Entry> name = byName;
    if (name == null) {
      List<Entry> sorted = new ArrayList<>(sku);
      sorted.sort(Comparator.comparing(Entry::nameKey).thenComparing(Entry::id, UUID::compareTo));
      name = List.copyOf(sorted);
      byName = name;
    }
    return name;
  }

  private static long rowCount(Session session) {
    return session.doReturningWork(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM item");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private static List<Entry> load(Session session) {
    session.flush();
    return session.doReturningWork(
        c -> {
          List<Entry> all = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(LOAD);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              all.add(
                  new Entry(
                      rs.getObject(1, UUID.class),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getBoolean(7)));
            }
          }
          return List.copyOf(all);
        });
  }
}
