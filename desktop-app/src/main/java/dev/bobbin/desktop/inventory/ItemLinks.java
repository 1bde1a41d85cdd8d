package dev.bobbin.desktop.inventory;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The link that names one item for ever, {@code bobbin://inventory/items/{id}}: what the QR code of
 * a printed label holds. Unlike a SKU or a barcode it survives renames and is never shared by two
 * items, so a scan of it finds exactly the item the label was printed for.
 */
public final class ItemLinks {
  /** Every item link starts with this. */
  public static final String PREFIX = "bobbin://inventory/items/";

  private ItemLinks() {}

  /** The link to the item with {@code id}. */
  public static String of(UUID id) {
    return PREFIX + id;
  }

  /** The item id in {@code text}, when it is an item link (scanners may change the case). */
  public static Optional<UUID> parse(String text) {
    String trimmed = text.trim();
    if (!trimmed.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(trimmed.substring(PREFIX.length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
