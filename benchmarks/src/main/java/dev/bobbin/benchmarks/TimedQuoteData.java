package dev.bobbin.benchmarks;

import dev.bobbin.model.designs.Design;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.WorkflowTemplate;
import dev.bobbin.model.quotes.PricingSettings;
import dev.bobbin.model.quotes.QuoteData;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/** A {@link QuoteData} that adds up the time spent in each of its calls, for the breakdown. */
final class TimedQuoteData implements QuoteData {
  private static final Map<String, long[]> TOTALS = new TreeMap<>();

  private final QuoteData data;

  TimedQuoteData(QuoteData data) {
    this.data = data;
  }

  static void reset() {
    TOTALS.clear();
  }

  /** Milliseconds per quote spent in each call, over {@code quotes} quotes. */
  static void print(int quotes) {
    TOTALS.forEach(
        (name, t) ->
            System.out.printf(
                Locale.ROOT,
                "  %-14s %6.2f ms per quote (%d calls)%n",
                name,
                t[0] / 1e6 / quotes,
                t[1]));
  }

  private static <T> T timed(String name, Supplier<T> call) {
    long s = System.nanoTime();
    try {
      return call.get();
    } finally {
      long[] t = TOTALS.computeIfAbsent(name, k -> new long[2]);
      t[0] += System.nanoTime() - s;
      t[1]++;
    }
  }

  @Override
  public PricingSettings pricing() {
    return timed("pricing", data::pricing);
  }

  @Override
  public Optional<Item> item(UUID id) {
    return timed("item", () -> data.item(id));
  }

  @Override
  public Optional<Design> design(UUID id) {
    return timed("design", () -> data.design(id));
  }

  @Override
  public Map<UUID, BigDecimal> available(Collection<UUID> itemIds) {
    return timed("available", () -> data.available(itemIds));
  }

  @Override
  public List<StockedItem> inStock(Item like, BigDecimal atLeast) {
    return timed("inStock", () -> data.inStock(like, atLeast));
  }

  @Override
  public Optional<WorkflowTemplate> workflow() {
    return timed("workflow", data::workflow);
  }

  @Override
  public Map<String, StageHistory> stageHistories(List<String> stageNames) {
    return timed("stageHistories", () -> data.stageHistories(stageNames));
  }
}
