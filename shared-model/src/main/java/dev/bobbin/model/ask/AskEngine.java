package dev.bobbin.model.ask;

import dev.bobbin.model.ask.AskData.Stock;
import dev.bobbin.model.quotes.QuoteRequest;
import dev.bobbin.model.quotes.QuoteResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers plain-language questions over the organisation's own data, without any external service:
 * rules over the question's words, numbers, sizes, colours and dates decide what it asks (stock,
 * low stock, late or blocked orders, an order's status, whether an order can be made, a quick
 * quote, or where to go); the answer is computed from {@link AskData}. A question it does not
 * recognise gets example questions close to it, never a guess.
 */
public final class AskEngine {
  /** The longest question answered. */
  public static final int MAX_QUESTION_LENGTH = Question.MAX_LENGTH;

  private static final Set<String> ORDER_WORDS =
      Set.of(
          "late",
          "overdue",
          "behind",
          "delayed",
          "past",
          "due",
          "blocked",
          "stuck",
          "hold",
          "stalled",
          "customer",
          "client",
          "which",
          "ones",
          "schedule");

  private final AskData data;
  private final Optional<Quoter> quoter;

  /** An engine whose quick quotes give the materials' cost and the delivery estimate only. */
  public AskEngine(AskData data) {
    this.data = data;
    this.quoter = Optional.empty();
  }

  /** An engine whose quick quotes are priced by {@code quoter} (the organisation's QuoteEngine). */
  public AskEngine(AskData data, Quoter quoter) {
    this.data = data;
    this.quoter = Optional.of(quoter);
  }

  /** Prices a quote request, e.g. {@code new QuoteEngine(quoteData)::quote}. */
  @FunctionalInterface
  public interface Quoter {
    QuoteResult quote(QuoteRequest request);
  }

  /** The answer to {@code question}, with relative dates counted from {@code today}. */
  public Answer answer(String question, LocalDate today) {
    Question q = Question.parse(question, today);
    if (q.words().isEmpty() && q.orderNumber().isEmpty() && q.numbers().isEmpty()) {
      return Suggestions.unknown(q, data);
    }
    if (q.orderNumber().isPresent() || q.orderDigits().isPresent()) {
      return OrderAnswers.status(q, OrderAnswers.find(q, data), today);
    }
    Optional<Answer> place = Navigation.answer(q);
    if (place.isPresent()) {
      return place.get();
    }
    if (q.has("quote", "quotation", "price", "pricing") || q.hasPhrase("how much would")) {
      return PlanAnswers.quote(q, data, quoter, today);
    }
    if (asksFeasibility(q)) {
      return PlanAnswers.feasibility(q, data, quoter, today);
    }
    if (q.has("late", "overdue", "behind", "delayed") || q.hasPhrase("past due")) {
      return OrderAnswers.late(data.openOrders(), customer(q), today);
    }
    if (q.has("blocked", "stuck", "stalled") || q.hasPhrase("on hold")) {
      return OrderAnswers.blocked(data.openOrders(), customer(q));
    }
    if (q.has("low", "reorder", "short", "shortage")
        || q.hasPhrase("run out")
        || q.hasPhrase("running out")) {
      return lowStock(q);
    }
    boolean aboutStock =
        q.hasPhrase("how many")
            || q.hasPhrase("how much")
            || q.hasPhrase("do we have")
            || q.hasPhrase("is there")
            || q.hasPhrase("are there")
            || q.has("stock", "left", "got", "available", "onhand");
    return StockAnswers.lookup(q, data.stock(), aboutStock)
        .orElseGet(() -> Suggestions.unknown(q, data));
  }

  private static boolean asksFeasibility(Question q) {
    return q.hasPhrase("can we make")
        || q.hasPhrase("could we make")
        || q.hasPhrase("can we produce")
        || q.hasPhrase("can we do")
        || q.hasPhrase("can we deliver")
        || q.hasPhrase("can we sew")
        || q.hasPhrase("able to make")
        || q.has("feasible", "feasibility", "possible");
  }

  private Optional<AskData.CustomerRef> customer(Question q) {
    List<String> words = Matching.content(q, ORDER_WORDS);
    return words.isEmpty() ? Optional.empty() : Matching.customer(data.customers(), words);
  }

  private Answer lowStock(Question q) {
    List<Stock> stock = data.stock();
    Optional<Answer> named = StockAnswers.lookup(q, stock, false);
    if (named.isPresent() && !named.get().figures().isEmpty()) {
      List<String> content =
          Matching.content(
              q, Set.of("low", "running", "out", "short", "reorder", "run", "shortage"));
      Set<String> colours = Matching.colourWords(stock);
      List<String> rest = content.stream().filter(w -> !colours.contains(w)).toList();
      List<String> asked = content.stream().filter(colours::contains).toList();
      List<Stock> scope =
          Matching.items(stock, rest, asked, q.sizes()).stream()
              .map(Matching.ItemMatch::stock)
              .toList();
      if (scope.size() == 1) {
        return named.get();
      }
      return StockAnswers.low(scope);
    }
    return StockAnswers.low(stock);
  }
}
