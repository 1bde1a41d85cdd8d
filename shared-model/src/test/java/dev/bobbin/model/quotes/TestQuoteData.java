package dev.bobbin.model.quotes;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.WorkflowTemplate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An organisation's data held in plain collections, for the engine's tests. */
final class TestQuoteData implements QuoteData {
  PricingSettings pricing =
      PricingSettings.defaults(Ids.newId(), java.util.Currency.getInstance("USD"));
  final Map<UUID, Item> items = new LinkedHashMap<>();
  final Map<UUID, BigDecimal> stock = new HashMap<>();
  final Map<UUID, Design> designs = new HashMap<>();
  final Map<String, StageHistory> history = new HashMap<>();
  WorkflowTemplate workflow;

  static Item item(String sku, Category category, String hex, Unit unit, String cost) {
    return new Item(
        Ids.newId(),
        sku,
        sku.toLowerCase(java.util.Locale.ROOT),
        category,
        null,
        hex,
        null,
        unit,
        null,
        Money.of(cost, "USD"),
        null,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        false);
  }

  Item add(Item item, String available) {
    items.put(item.id(), item);
    stock.put(item.id(), new BigDecimal(available));
    return item;
  }

  @Override
  public PricingSettings pricing() {
    return pricing;
  }

  @Override
  public Optional<Item> item(UUID id) {
    return Optional.ofNullable(items.get(id));
  }

  @Override
  public Optional<Design> design(UUID id) {
    return Optional.ofNullable(designs.get(id));
  }

  @Override
  public Map<UUID, BigDecimal> available(Collection<UUID> itemIds) {
    Map<UUID, BigDecimal> found = new HashMap<>();
    for (UUID id : itemIds) {
      found.put(id, stock.getOrDefault(id, BigDecimal.ZERO));
    }
    return found;
  }

  @Override
  public List<StockedItem> inStock(Category category, BigDecimal atLeast) {
    List<StockedItem> found = new ArrayList<>();
    for (Item item : items.values()) {
      BigDecimal available = stock.getOrDefault(item.id(), BigDecimal.ZERO);
      if (item.category() == category && !item.archived() && available.compareTo(atLeast) >= 0) {
        found.add(new StockedItem(item, available));
      }
    }
    return found;
  }

  @Override
  public Optional<WorkflowTemplate> workflow() {
    return Optional.ofNullable(workflow);
  }

  @Override
  public StageHistory stageHistory(String stageName) {
    return history.getOrDefault(stageName, new StageHistory(List.of(), 0, 0));
  }
}
