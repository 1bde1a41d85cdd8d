package dev.bobbin.desktop;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.inventory.InventoryViewModel;
import dev.bobbin.desktop.production.DueFilter;
import dev.bobbin.desktop.production.OrdersViewModel;
import dev.bobbin.desktop.shell.Section;
import dev.bobbin.desktop.shell.ShellModel;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.ask.AskLinks;
import dev.bobbin.model.inventory.Item;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Follows {@code bobbin://} links (see {@link AskLinks}) in this window: opens the section and,
 * where its screen can, applies the filter or opens the record. A link whose part this window
 * cannot honour (a new quote, a design's editor) opens its section.
 */
final class DeepLinks {
  private final ShellModel shell;
  private final InventoryViewModel inventory;
  private final OrdersViewModel orders;
  private final LocalData data;
  private final BackgroundTasks tasks;

  DeepLinks(
      ShellModel shell,
      InventoryViewModel inventory,
      OrdersViewModel orders,
      LocalData data,
      BackgroundTasks tasks) {
    this.shell = shell;
    this.inventory = inventory;
    this.orders = orders;
    this.data = data;
    this.tasks = tasks;
  }

  void follow(String link) {
    Optional<AskLinks.Link> parsed = AskLinks.parse(link);
    if (parsed.isEmpty()) {
      return;
    }
    AskLinks.Link l = parsed.get();
    switch (l.section()) {
      case "inventory" -> inventory(l);
      case "production" -> production(l);
      default -> sectionNamed(l.section()).ifPresent(shell::open);
    }
  }

  private void inventory(AskLinks.Link l) {
    if (l.parameter("filter").filter("low"::equals).isPresent()) {
      inventory.showLowStock();
    } else if (l.parameter("search").isPresent()) {
      inventory.showSearch(l.parameter("search").get());
    } else if (l.id(1).isPresent()) {
      UUID id = l.id(1).get();
      tasks.run(
          () -> data.items().findById(id),
          item -> item.map(Item::sku).ifPresent(inventory::showSearch),
          failure -> {});
    }
    shell.open(Section.INVENTORY);
  }

  private void production(AskLinks.Link l) {
    String part = l.segment(0).orElse("");
    if (part.equals("board")) {
      orders.showBoard();
    } else {
      orders.showOrders(due(l.parameter("due").orElse("")));
      l.id(1).ifPresent(orders::open);
    }
    shell.open(Section.PRODUCTION);
  }

  private static DueFilter due(String value) {
    return switch (value) {
      case "overdue" -> DueFilter.OVERDUE;
      case "this-week" -> DueFilter.THIS_WEEK;
      case "next-30-days" -> DueFilter.NEXT_30_DAYS;
      default -> DueFilter.ANY;
    };
  }

  private static Optional<Section> sectionNamed(String name) {
    try {
      return Optional.of(Section.valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
