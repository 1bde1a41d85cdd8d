package dev.bobbin.model.ask;

import dev.bobbin.model.ask.Answer.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** "Open inventory", "new quote", "show conflicts": a question that only names a place. */
final class Navigation {
  private static final Set<String> VERBS =
      Set.of("open", "go", "goto", "show", "view", "take", "switch", "see", "display", "jump");
  private static final Set<String> CREATE = Set.of("new", "create", "add", "start", "make");
  private static final Set<String> FILLERS =
      Set.of(
          "to", "the", "me", "page", "screen", "section", "list", "tab", "my", "a", "an", "please",
          "bobbin", "up", "stage", "all");

  /** A place: its title, its link, and the link of its "new" dialog when it has one. */
  private record Place(String title, String path, Optional<String> create) {}

  private static final Map<String, Place> PLACES =
      Map.ofEntries(
          Map.entry("inventory", place("Inventory", "inventory", "inventory/items/new")),
          Map.entry("stock", place("Inventory", "inventory", "inventory/items/new")),
          Map.entry("item", place("Inventory", "inventory", "inventory/items/new")),
          Map.entry("material", place("Inventory", "inventory", "inventory/items/new")),
          Map.entry("design", place("Designs", "designs", "designs/new")),
          Map.entry("production", place("Production", "production", "production/orders/new")),
          Map.entry(
              "order", place("Production orders", "production/orders", "production/orders/new")),
          Map.entry("board", place("Stage board", "production/board", null)),
          Map.entry("floor", place("Stage board", "production/board", null)),
          Map.entry("customer", place("Customers", "customers", "customers/new")),
          Map.entry("client", place("Customers", "customers", "customers/new")),
          Map.entry("quote", place("Quotes", "quotes", "quotes/new")),
          Map.entry("invoice", place("Invoices", "invoices", null)),
          Map.entry("report", place("Reports", "reports", null)),
          Map.entry("conflict", place("Conflicts", "conflicts", null)),
          Map.entry("outbox", place("Conflicts", "conflicts", null)),
          Map.entry("setting", place("Settings", "settings", null)),
          Map.entry("user", place("Settings", "settings", null)),
          Map.entry("dashboard", place("Dashboard", "dashboard", null)),
          Map.entry("home", place("Dashboard", "dashboard", null)));

  private Navigation() {}

  private static Place place(String title, String path, String create) {
    return new Place(title, path, Optional.ofNullable(create));
  }

  /** The answer when the question is a verb (or nothing) and one place; else empty. */
  static Optional<Answer> answer(Question q) {
    List<String> words = new ArrayList<>();
    for (String w : q.words()) {
      if (!FILLERS.contains(w)) {
        words.add(w);
      }
    }
    if (words.isEmpty() || !q.numbers().isEmpty() || q.date().isPresent()) {
      return Optional.empty();
    }
    boolean create = CREATE.contains(words.get(0));
    List<String> rest =
        create || VERBS.contains(words.get(0)) ? words.subList(1, words.size()) : words;
    if (rest.size() != 1) {
      return Optional.empty();
    }
    Place place = PLACES.get(Words.stem(rest.get(0)));
    if (place == null) {
      return Optional.empty();
    }
    if (create && place.create().isPresent()) {
      String singular = Words.stem(rest.get(0));
      return Optional.of(
          Answer.of(
              Intent.NAVIGATE,
              "Opening a new " + singular + ".",
              List.of(),
              List.of(new Action("New " + singular, AskLinks.section(place.create().get())))));
    }
    return Optional.of(
        Answer.of(
            Intent.NAVIGATE,
            "Opening " + place.title() + ".",
            List.of(),
            List.of(new Action("Open " + place.title(), AskLinks.section(place.path())))));
  }
}
