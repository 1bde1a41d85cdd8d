package dev.bobbin.model.insights;

import java.util.List;
import java.util.UUID;

/**
 * Open orders waiting for the same stage and sharing materials, which could run that stage as one
 * batch: one setup instead of several.
 *
 * @param sharedItems the materials they have in common
 * @param minutesSaved the repeated setups avoided: (orders − 1) × the stage's fitted setup time
 */
public record BatchSuggestion(
    String stageName,
    List<UUID> orderIds,
    List<String> orderNumbers,
    List<UUID> sharedItems,
    int totalQuantity,
    long minutesSaved) {
  public BatchSuggestion {
    orderIds = List.copyOf(orderIds);
    orderNumbers = List.copyOf(orderNumbers);
    sharedItems = List.copyOf(sharedItems);
  }
}
