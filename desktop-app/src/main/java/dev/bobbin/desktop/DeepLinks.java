package dev.bobbin.desktop;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.inventory.InventoryViewModel;
import dev.bobbin.desktop.production.DueFilter;
import dev.bobbin.desktop.production.OrdersViewModel;
import dev.bobbin.desktop.quotes.QuotesViewModel;
import dev.bobbin.desktop.shell.Section;
import dev.bobbin.desktop.shell.ShellModel;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.ask.AskLinks;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.quotes.Complexity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Follows {@code bobbin://} links (see {@link AskLinks}) in this window: opens the section and,
 * where its screen can, applies the filter, opens the record or fills in a new quote. A link whose
 * part this window cannot honour (a design's editor, the new-order dialog) opens its section.
 */
final class DeepLinks {
  private final ShellModel shell;
  private final InventoryViewModel inventory;
  private final OrdersViewModel orders;
  private final QuotesViewModel quotes;
  private final LocalData data;
  private final BackgroundTasks tasks;

  DeepLinks(
      ShellModel shell,
      InventoryViewModel inventory,
      OrdersViewModel orders,
      QuotesViewModel quotes,
      LocalData data,
      BackgroundTasks tasks) {
    this.shell = shell;
    this.inventory = inventory;
    this.orders = orders;
    this.quotes = quotes;
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
      case "quotes" -> quotes(l);
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

  /**
   * A new quote's form, filled in from the link: design, product, quantity, complexity, deadline.
   */
  private void quotes(AskLinks.Link l) {
    if (l.segment(0).filter("new"::equals).isPresent()) {
      Optional<UUID> designId = l.parameter("design").flatMap(DeepLinks::uuid);
      tasks.run(
          () -> designId.flatMap(data.designs()::findById),
          design -> {
            quotes.startNew();
            design.ifPresent(quotes.designProperty()::set);
            if (design.isEmpty()) {
              l.parameter("product").ifPresent(quotes.productTypeProperty()::set);
            }
            l.parameter("quantity").ifPresent(quotes.quantityProperty()::set);
            l.parameter("complexity")
                .flatMap(DeepLinks::complexity)
                .ifPresent(quotes.complexityProperty()::set);
            l.parameter("deadline")
                .flatMap(DeepLinks::date)
                .ifPresent(quotes.deadlineProperty()::set);
          },
          failure -> {});
    }
    shell.open(Section.QUOTES);
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  private static Optional<Complexity> complexity(String text) {
    try {
      return Optional.of(Complexity.valueOf(text.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
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
