package dev.bobbin.model.ask;

import dev.bobbin.model.ask.AskData.CustomerRef;
import dev.bobbin.model.ask.AskData.DesignRef;
import dev.bobbin.model.ask.AskData.Stock;
import dev.bobbin.model.inventory.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Finds the items, designs and customers a question names, forgiving plurals and typos. */
final class Matching {
  /** Words that carry no name: question words, verbs, fillers. */
  static final Set<String> STOP =
      Set.of(
          "how",
          "many",
          "much",
          "do",
          "does",
          "did",
          "we",
          "us",
          "our",
          "ours",
          "have",
          "has",
          "got",
          "is",
          "are",
          "was",
          "were",
          "the",
          "a",
          "an",
          "of",
          "in",
          "on",
          "at",
          "for",
          "to",
          "any",
          "some",
          "there",
          "what",
          "whats",
          "which",
          "where",
          "who",
          "when",
          "can",
          "could",
          "would",
          "will",
          "be",
          "left",
          "stock",
          "stocked",
          "inventory",
          "item",
          "items",
          "available",
          "enough",
          "please",
          "show",
          "me",
          "tell",
          "find",
          "check",
          "look",
          "up",
          "i",
          "you",
          "it",
          "its",
          "with",
          "and",
          "or",
          "from",
          "need",
          "qty",
          "quantity",
          "total",
          "count",
          "more",
          "than",
          "still",
          "currently",
          "right",
          "now",
          "s",
          "unit",
          "units",
          "pcs",
          "piece",
          "pieces",
          "by",
          "make",
          "made",
          "produce",
          "manufacture",
          "sew",
          "build",
          "deliver",
          "design",
          "designs",
          "order",
          "orders",
          "all",
          "list",
          "about",
          "get",
          "give",
          "hey",
          "bobbin",
          "that",
          "this",
          "these",
          "those",
          "hand",
          "m",
          "metre",
          "metres",
          "meter",
          "meters",
          "yard",
          "yards",
          "kg",
          "let",
          "know",
          "current");

  private Matching() {}

  /** The question's words that may be part of a name: not stop words, in stemmed form. */
  static List<String> content(Question q, Set<String> alsoIgnore) {
    List<String> out = new ArrayList<>();
    for (String w : q.words()) {
      if (!STOP.contains(w) && !alsoIgnore.contains(w)) {
        out.add(Words.stem(w));
      }
    }
    return out;
  }

  /** Every colour word of the stock: the usual ones and those in items' colour names. */
  static Set<String> colourWords(List<Stock> stock) {
    Set<String> colours = new HashSet<>(Words.COLOURS);
    for (Stock s : stock) {
      colours.addAll(Words.tokens(s.item().colourName()));
    }
    return colours;
  }

  /** Items that match, best first. */
  record ItemMatch(Stock stock, int matched) {}

  /**
   * Items whose words cover {@code content} (all of it, or all but one of three or more words) and
   * that have every colour and size asked for.
   */
  static List<ItemMatch> items(
      List<Stock> stock, List<String> content, List<String> colours, List<String> sizes) {
    List<ItemMatch> out = new ArrayList<>();
    for (Stock s : stock) {
      Item item = s.item();
      List<String> words = itemWords(item);
      if (!colours.stream().allMatch(c -> hasColour(item, c))) {
        continue;
      }
      Set<String> itemSizes = Question.sizeKeys(join(item.size(), item.name()));
      if (!itemSizes.containsAll(sizes)) {
        continue;
      }
      int matched = Words.matches(content, words);
      boolean enough =
          content.isEmpty()
              ? !colours.isEmpty() || !sizes.isEmpty()
              : matched == content.size() || (content.size() >= 3 && matched >= content.size() - 1);
      if (enough) {
        out.add(new ItemMatch(s, matched));
      }
    }
    out.sort(
        Comparator.comparingInt(ItemMatch::matched)
            .reversed()
            .thenComparing(m -> m.stock().item().name().toLowerCase(Locale.ROOT)));
    return out;
  }

  static List<String> itemWords(Item item) {
    List<String> words = new ArrayList<>(Words.stems(item.name()));
    words.addAll(Words.stems(item.sku()));
    words.add(item.sku().toLowerCase(Locale.ROOT));
    words.addAll(Words.stems(item.colourName()));
    words.addAll(Words.stems(item.size()));
    words.addAll(Words.stems(item.category().name().replace('_', ' ')));
    return words;
  }

  private static boolean hasColour(Item item, String colour) {
    List<String> words = new ArrayList<>(Words.tokens(item.colourName()));
    words.addAll(Words.tokens(item.name()));
    String c = colour.equals("gray") ? "grey" : colour;
    return words.stream().map(w -> w.equals("gray") ? "grey" : w).anyMatch(w -> w.equals(c));
  }

  private static String join(String a, String b) {
    return (a == null ? "" : a) + " " + (b == null ? "" : b);
  }

  /** The design the words name best: by code, else by most name words; empty when none fits. */
  static Optional<DesignRef> design(
      List<DesignRef> designs, List<String> codes, List<String> content) {
    for (DesignRef d : designs) {
      String code = d.code().toLowerCase(Locale.ROOT);
      if (codes.contains(code) || content.contains(code)) {
        return Optional.of(d);
      }
    }
    if (content.isEmpty()) {
      return Optional.empty();
    }
    DesignRef best = null;
    int bestScore = 0;
    for (DesignRef d : designs) {
      List<String> words = Words.stems(d.name() + " " + d.code());
      int matched = Words.matches(content, words);
      int named = Words.matches(words, content);
      // At least half of the design's name must be in the question, and one word at the least.
      if (matched > 0 && named * 2 >= Words.stems(d.name()).size() && matched > bestScore) {
        best = d;
        bestScore = matched;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The customer all of whose name's first word is among {@code content}, when there is one. */
  static Optional<CustomerRef> customer(List<CustomerRef> customers, List<String> content) {
    CustomerRef best = null;
    int bestScore = 0;
    for (CustomerRef c : customers) {
      List<String> words = Words.stems(c.name());
      int matched = Words.matches(words, content);
      if (matched > bestScore
          && !words.isEmpty()
          && Words.matches(words.subList(0, 1), content) > 0) {
        best = c;
        bestScore = matched;
      }
    }
    return Optional.ofNullable(best);
  }
}
