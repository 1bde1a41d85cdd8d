package dev.bobbin.desktop.labels;

import dev.bobbin.desktop.inventory.ItemLinks;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one label shows: the item's name, SKU, colour and size, location, the roll's figures for a
 * fabric roll, and what its two codes encode.
 *
 * @param code128 the Code 128 text: the item's barcode, or its SKU when it has none; empty when
 *     neither is plain ASCII (Code 128 cannot hold other characters; the QR code still works)
 * @param qr the QR code's text: the item's link, {@code bobbin://inventory/items/{id}}
 */
record LabelContent(
    String name,
    String sku,
    String details,
    String location,
    Optional<FabricRoll> roll,
    String code128,
    String qr) {

  /** The label of {@code item}; {@code roll} is printed on fabric items only. */
  static LabelContent of(Item item, Optional<FabricRoll> roll) {
    List<String> details = new ArrayList<>();
    if (item.colourName() != null && !item.colourName().isBlank()) {
      details.add(item.colourName().trim());
    }
    if (item.size() != null && !item.size().isBlank()) {
      details.add(item.size().trim());
    }
    return new LabelContent(
        item.name(),
        item.sku(),
        String.join(" · ", details),
        item.location() == null ? "" : item.location().trim(),
        item.category() == Category.FABRIC ? roll : Optional.empty(),
        code128(item),
        ItemLinks.of(item.id()));
  }

  /** The item's barcode, else its SKU, if Code 128 can hold it. */
  static String code128(Item item) {
    if (item.barcode() != null && printableAscii(item.barcode().trim())) {
      return item.barcode().trim();
    }
    return printableAscii(item.sku()) ? item.sku() : "";
  }

  private static boolean printableAscii(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= 32 && c <= 126);
  }
}
