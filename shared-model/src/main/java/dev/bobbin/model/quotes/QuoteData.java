package dev.bobbin.model.quotes;

import dev.bobbin.model.designs.Design;
import dev.bobbin.model.inventory.Category;
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

  /**
   * The items of {@code category} that are not archived and have at least {@code atLeast}
   * available, with their availability: the candidates for an alternative material.
   */
  List<StockedItem> inStock(Category category, BigDecimal atLeast);

  /** The workflow a new order would follow, if the organisation has one. */
  Optional<WorkflowTemplate> workflow();

  /** What the organisation's own production says about the stage {@code stageName}. */
  StageHistory stageHistory(String stageName);

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
    public StageHistory {
      recentSeconds = List.copyOf(recentSeconds);
    }
  }
}
