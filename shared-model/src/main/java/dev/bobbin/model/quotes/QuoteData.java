package dev.bobbin.model.quotes;

import dev.bobbin.model.designs.Design;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.WorkflowTemplate;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the {@link QuoteEngine} reads of an organisation. The server implements it over Postgres,
 * the desktop over its local H2 store; tests over plain collections.
 */
public interface QuoteData {
  /** The organisation's pricing rules, or {@link PricingSettings#defaults} when none are set. */
  PricingSettings pricing();

  Optional<Item> item(UUID id);

  Optional<Design> design(UUID id);

  /** Available stock (on hand minus reserved) of each of {@code itemIds}; missing ones are 0. */
  Map<UUID, BigDecimal> available(Collection<UUID> itemIds);

  /** How many alternatives {@link #inStock} needs to return at most. */
  int CANDIDATES = 50;

  /**
   * Candidates for an alternative to {@code like}: items of its category, not archived, with at
   * least {@code atLeast} available, with their availability. An implementation may return only the
   * {@link #CANDIDATES} nearest to {@code like}'s unit cost (the engine then picks the closest in
   * colour and price among them).
   */
  List<StockedItem> inStock(Item like, BigDecimal atLeast);

  /** The workflow a new order would follow, if the organisation has one. */
  Optional<WorkflowTemplate> workflow();

  /**
   * What the organisation's own production says about each of {@code stageNames} (one read for all
   * of them: a workflow's stages are asked together); a name without history maps to an empty
   * {@link StageHistory} or is left out.
   */
  Map<String, StageHistory> stageHistories(List<String> stageNames);

  /** An item with its available quantity. */
  record StockedItem(Item item, BigDecimal available) {}

  /**
   * One stage's record.
   *
   * @param recentSeconds durations (started to finished) of recently finished stages of this name,
   *     e.g. the last 200 of the past year; any order
   * @param finishedLast30Days how many stages of this name finished in the last 30 days: the
   *     stage's throughput
   * @param openAhead stages of this name not yet done on open orders: the queue a new order joins
   */
  record StageHistory(List<Long> recentSeconds, int finishedLast30Days, int openAhead) {
    /** No history at all. */
    public static final StageHistory NONE = new StageHistory(List.of(), 0, 0);

    public StageHistory {
      recentSeconds = List.copyOf(recentSeconds);
    }
  }
}
