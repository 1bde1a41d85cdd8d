package dev.bobbin.model.inventory;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.common.Validator;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A stock-keeping unit. Its on-hand quantity is not a field: it is the sum of its {@link
 * StockMovement}s (see {@link StockLedger}).
 *
 * @param colourHex {@code #RRGGBB}, or {@code null} when colour does not apply
 * @param size free text such as {@code M} or {@code 150 cm wide}; may be {@code null}
 * @param barcode EAN/UPC/Code-128 text; may be {@code null}
 */
public record Item(
    UUID id,
    String sku,
    String name,
    Category category,
    String colourName,
    String colourHex,
    String size,
    Unit unit,
    String location,
    Money unitCost,
    String barcode,
    BigDecimal reorderPoint,
    BigDecimal reorderQuantity,
    boolean archived) {

  public static final int MAX_SKU = 40;
  public static final int MAX_NAME = 120;
  public static final int MAX_TEXT = 80;

  public Item {
    sku = sku == null ? null : sku.trim();
    name = name == null ? null : name.trim();
    Validator.of("Item")
        .notNull("id", id)
        .notBlank("sku", sku, MAX_SKU)
        .check(sku == null || !sku.contains(" "), "sku", "must not contain spaces")
        .notBlank("name", name, MAX_NAME)
        .notNull("category", category)
        .maxLength("colourName", colourName, MAX_TEXT)
        .colourHex("colourHex", colourHex)
        .maxLength("size", size, MAX_TEXT)
        .notNull("unit", unit)
        .maxLength("location", location, MAX_TEXT)
        .notNull("unitCost", unitCost)
        .check(unitCost == null || !unitCost.isNegative(), "unitCost", "must not be negative")
        .maxLength("barcode", barcode, MAX_TEXT)
        .nonNegative("reorderPoint", reorderPoint)
        .fitsUnit("reorderPoint", reorderPoint, unit)
        .nonNegative("reorderQuantity", reorderQuantity)
        .fitsUnit("reorderQuantity", reorderQuantity, unit)
        .validate();
  }

  public Item withArchived(boolean value) {
    return new Item(
        id,
        sku,
        name,
        category,
        colourName,
        colourHex,
        size,
        unit,
        location,
        unitCost,
        barcode,
        reorderPoint,
        reorderQuantity,
        value);
  }

  public Item withUnitCost(Money value) {
    return new Item(
        id,
        sku,
        name,
        category,
        colourName,
        colourHex,
        size,
        unit,
        location,
        value,
        barcode,
        reorderPoint,
        reorderQuantity,
        archived);
  }

  public Item withName(String value) {
    return new Item(
        id,
        sku,
        value,
        category,
        colourName,
        colourHex,
        size,
        unit,
        location,
        unitCost,
        barcode,
        reorderPoint,
        reorderQuantity,
        archived);
  }
}
