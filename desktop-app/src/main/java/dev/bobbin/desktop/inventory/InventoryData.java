package dev.bobbin.desktop.inventory;

import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.PreferenceRepository;

/** What the inventory screens read and write: the stock side of the local store. */
public record InventoryData(
    LocalStore store,
    ItemRepository items,
    StockMovementRepository movements,
    InventoryService inventory,
    CurrentUser currentUser,
    PreferenceRepository preferences) {}
