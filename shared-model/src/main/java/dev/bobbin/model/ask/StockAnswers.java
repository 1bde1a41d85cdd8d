package dev.bobbin.model.ask;

import dev.bobbin.model.ask.Answer.Action;
import dev.bobbin.model.ask.Answer.Figure;
import dev.bobbin.model.ask.AskData.Stock;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.StockLedger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** "How many red 11-inch balloons", "do we have white satin", "what is low". */
final class StockAnswers {
  static final int SHOWN = 5;
  private static final Set<String> STOCK_WORDS =
      Set.of("low", "running", "out", "short", "reorder");

  private StockAnswers() {}

  /** A lookup; empty when the question names no item and asks nothing about stock. */
  static Optional<Answer> lookup(Question q, List<Stock> stock, boolean askedAboutStock) {
    Set<String> colourWords = Matching.colourWords(stock);
    List<String> colours = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String w : Matching.content(q, STOCK_WORDS)) {
      if (colourWords.contains(w)) {
        colours.add(w);
      } else {
        rest.add(w);
      }
    }
    if (rest.isEmpty() && colours.isEmpty() && q.sizes().isEmpty()) {
      return Optional.empty();
    }
    List<Matching.ItemMatch> found = bySku(stock, q.codes());
    if (found.isEmpty()) {
      found = Matching.items(stock, rest, colours, q.sizes());
    }
    String asked = String.join(" ", described(colours, q.sizes(), rest));
    if (found.isEmpty()) {
      if (!askedAboutStock) {
        return Optional.empty();
      }
      List<Matching.ItemMatch> near =
          colours.isEmpty() && q.sizes().isEmpty()
              ? List.of()
              : Matching.items(stock, rest, List.of(), List.of());
      return Optional.of(nothing(asked, near));
    }
    int best = found.get(0).matched();
    List<Stock> items =
        found.stream().filter(m -> m.matched() == best).map(Matching.ItemMatch::stock).toList();
    return Optional.of(answer(items));
  }

  /** Items whose SKU the question names exactly. */
  private static List<Matching.ItemMatch> bySku(List<Stock> stock, List<String> codes) {
    return stock.stream()
        .filter(s -> codes.contains(s.item().sku().toLowerCase(java.util.Locale.ROOT)))
        .map(s -> new Matching.ItemMatch(s, Integer.MAX_VALUE))
        .toList();
  }

  private static List<String> described(
      List<String> colours, List<String> sizes, List<String> rest) {
    List<String> words = new ArrayList<>(colours);
    words.addAll(sizes);
    words.addAll(rest);
    return words;
  }

  private static Answer nothing(String asked, List<Matching.ItemMatch> near) {
    List<Action> actions = new ArrayList<>();
    if (near.isEmpty()) {
      actions.add(new Action("Search the inventory", AskLinks.inventorySearch(asked)));
      return Answer.of(
          Intent.STOCK, "No item in stock matches \"" + asked + "\".", List.of(), actions);
    }
    List<Stock> others = near.stream().map(Matching.ItemMatch::stock).limit(SHOWN).toList();
    List<Figure> figures = others.stream().map(StockAnswers::figure).toList();
    actions.add(
        new Action(
            "Open " + others.get(0).item().name(), AskLinks.item(others.get(0).item().id())));
    return Answer.of(
        Intent.STOCK,
        "No item matches \""
            + asked
            + "\" exactly; the nearest: "
            + Format.list(others.stream().map(s -> label(s.item())).toList(), 3)
            + ".",
        figures,
        actions);
  }

  private static Answer answer(List<Stock> items) {
    List<Figure> figures = items.stream().limit(SHOWN).map(StockAnswers::figure).toList();
    List<Action> actions = new ArrayList<>();
    Stock first = items.get(0);
    actions.add(new Action("Open " + first.item().name(), AskLinks.item(first.item().id())));
    if (items.size() == 1) {
      return Answer.of(Intent.STOCK, sentence(first), figures, actions);
    }
    BigDecimal total =
        items.stream().map(Stock::available).reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean sameUnit = items.stream().allMatch(s -> s.item().unit() == first.item().unit());
    String text =
        items.size()
            + " items match"
            + (sameUnit
                ? ", "
                    + Format.number(total)
                    + " "
                    + first.item().unit().symbol()
                    + " available in all"
                : "")
            + ": "
            + Format.list(items.stream().map(s -> label(s.item()) + " " + amount(s)).toList(), 3)
            + ".";
    return Answer.of(Intent.STOCK, text, figures, actions);
  }

  private static String sentence(Stock s) {
    Item item = s.item();
    String text;
    if (s.available().signum() <= 0) {
      text = "No: " + label(item) + " is out of stock (" + amount(s) + " available";
    } else {
      text =
          "Yes: "
              + amount(s)
              + " of "
              + label(item)
              + " available ("
              + Format.number(s.onHand())
              + " on hand";
    }
    if (s.reserved().signum() > 0) {
      text += ", " + Format.number(s.reserved()) + " reserved";
    }
    text += ")";
    if (s.low()) {
      text += "; below its reorder point of " + Format.number(item.reorderPoint());
    }
    return text
        + (item.location() == null || item.location().isBlank()
            ? "."
            : ", in " + item.location() + ".");
  }

  static String label(Item item) {
    return item.name() + " (" + item.sku() + ")";
  }

  private static String amount(Stock s) {
    return Format.number(s.available()) + " " + s.item().unit().symbol();
  }

  static Figure figure(Stock s) {
    return new Figure(label(s.item()), Format.number(s.available()), s.item().unit().symbol());
  }

  /** Everything below its reorder point, the furthest below first. */
  static Answer low(List<Stock> stock) {
    List<Stock> low =
        stock.stream()
            .filter(Stock::low)
            .sorted(Comparator.comparing(StockAnswers::fill).thenComparing(s -> s.item().name()))
            .toList();
    List<Action> actions = List.of(new Action("Show low stock", AskLinks.lowStock()));
    if (low.isEmpty()) {
      return Answer.of(Intent.LOW_STOCK, "Nothing is below its reorder point.", List.of(), actions);
    }
    List<Figure> figures = new ArrayList<>();
    for (Stock s : low.subList(0, Math.min(10, low.size()))) {
      figures.add(
          new Figure(
              label(s.item()),
              Format.number(s.available()),
              s.item().unit().symbol()
                  + " (reorder "
                  + Format.number(StockLedger.suggestedReorder(s.item(), s.available()))
                  + ")"));
    }
    Stock worst = low.get(0);
    String text =
        Format.plural(low.size(), "item is", "items are")
            + " below the reorder point; the furthest below: "
            + label(worst.item())
            + " with "
            + amount(worst)
            + " of "
            + Format.number(worst.item().reorderPoint())
            + ".";
    return Answer.of(Intent.LOW_STOCK, text, figures, actions);
  }

  private static BigDecimal fill(Stock s) {
    return s.available()
        .max(BigDecimal.ZERO)
        .divide(s.item().reorderPoint(), 6, java.math.RoundingMode.HALF_UP);
  }
}
