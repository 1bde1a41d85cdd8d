package dev.bobbin.model.ask;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Bobbin's deep links: where an answer's actions lead. The form is {@code
 * bobbin://<section>[/<path>…][?<name>=<value>&…]}, values URL-encoded:
 *
 * <ul>
 *   <li>{@code bobbin://inventory}, {@code bobbin://inventory?filter=low}, {@code
 *       bobbin://inventory?search=red%20balloon}, {@code bobbin://inventory/items/{id}}
 *   <li>{@code bobbin://designs}, {@code bobbin://designs/{id}}
 *   <li>{@code bobbin://production/orders}, {@code bobbin://production/orders?due=overdue} (also
 *       {@code this-week}, {@code next-30-days}), {@code bobbin://production/orders/{id}}, {@code
 *       bobbin://production/orders/new?design={id}&quantity=300&due=2026-12-04}, {@code
 *       bobbin://production/board}
 *   <li>{@code bobbin://quotes}, {@code
 *       bobbin://quotes/new?design={id}&product=tote%20bags&quantity=200&complexity=complex}
 *   <li>{@code bobbin://dashboard}, {@code bobbin://customers}, {@code bobbin://invoices}, {@code
 *       bobbin://reports}, {@code bobbin://conflicts}, {@code bobbin://settings}
 * </ul>
 *
 * A client that cannot honour the path or a parameter opens the section.
 */
public final class AskLinks {
  public static final String SCHEME = "bobbin://";

  private AskLinks() {}

  public static String section(String section) {
    return SCHEME + section;
  }

  public static String item(UUID id) {
    return SCHEME + "inventory/items/" + id;
  }

  public static String lowStock() {
    return SCHEME + "inventory?filter=low";
  }

  public static String inventorySearch(String text) {
    return SCHEME + "inventory?search=" + encode(text);
  }

  public static String design(UUID id) {
    return SCHEME + "designs/" + id;
  }

  public static String order(UUID id) {
    return SCHEME + "production/orders/" + id;
  }

  /**
   * The order list filtered by due date: {@code overdue}, {@code this-week}, {@code next-30-days}.
   */
  public static String orders(String due) {
    return SCHEME + "production/orders?due=" + encode(due);
  }

  public static String board() {
    return SCHEME + "production/board";
  }

  /** The new-order dialog; {@code query} holds e.g. design, quantity, due. */
  public static String newOrder(Map<String, String> query) {
    return SCHEME + "production/orders/new" + query(query);
  }

  /** The new-quote dialog; {@code query} holds e.g. design, product, quantity, complexity. */
  public static String newQuote(Map<String, String> query) {
    return SCHEME + "quotes/new" + query(query);
  }

  private static String query(Map<String, String> query) {
    if (query.isEmpty()) {
      return "";
    }
    List<String> pairs = new ArrayList<>();
    query.forEach((k, v) -> pairs.add(k + "=" + encode(v)));
    return "?" + String.join("&", pairs);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * A parsed deep link.
   *
   * @param section e.g. {@code production}
   * @param path the segments after it, e.g. {@code [orders, <id>]}
   * @param query its parameters, decoded, in order
   */
  public record Link(String section, List<String> path, Map<String, String> query) {
    public Link {
      path = List.copyOf(path);
      query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** The path segment at {@code index}, when there is one. */
    public Optional<String> segment(int index) {
      return index < path.size() ? Optional.of(path.get(index)) : Optional.empty();
    }

    public Optional<String> parameter(String name) {
      return Optional.ofNullable(query.get(name));
    }

    /** The path segment at {@code index} as an id, when it is one. */
    public Optional<UUID> id(int index) {
      try {
        return segment(index).map(UUID::fromString);
      } catch (IllegalArgumentException notAnId) {
        return Optional.empty();
      }
    }
  }

  /** Parses {@code link}; empty when it is not a {@code bobbin://} link. */
  public static Optional<Link> parse(String link) {
    if (link == null || !link.startsWith(SCHEME)) {
      return Optional.empty();
    }
    String rest = link.substring(SCHEME.length());
    String query = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    List<String> segments = Arrays.stream(rest.split("/", -1)).filter(s -> !s.isEmpty()).toList();
    if (segments.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        params.put(
            pair.substring(0, eq),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.of(new Link(segments.get(0), segments.subList(1, segments.size()), params));
  }
}
