package dev.bobbin.desktop.inventory;

import static dev.bobbin.desktop.store.Decimals.canonical;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;

/** The {@code item} row. Enums and money are plain columns, converted at this boundary only. */
@Entity
@Table(name = "item")
class ItemEntity {
  @Id UUID id;
  String sku;
  String name;
  String category;
  String colourName;
  String colourHex;
  String size;
  String unit;
  String location;
  BigDecimal unitCostAmount;
  String unitCostCurrency;
  String barcode;
  BigDecimal reorderPoint;
  BigDecimal reorderQuantity;
  boolean archived;

  // Kept by the database (generated columns); only ever used in queries.
  @Column(insertable = false, updatable = false)
  String skuKey;

  @Column(insertable = false, updatable = false)
  String nameKey;

  @Column(insertable = false, updatable = false)
  String searchText;

  static ItemEntity of(Item item) {
    ItemEntity e = new ItemEntity();
    e.id = item.id();
    e.sku = item.sku();
    e.name = item.name();
    e.category = item.category().name();
    e.colourName = item.colourName();
    e.colourHex = item.colourHex();
    e.size = item.size();
    e.unit = item.unit().name();
    e.location = item.location();
    e.unitCostAmount = item.unitCost().amount();
    e.unitCostCurrency = item.unitCost().currency().getCurrencyCode();
    e.barcode = item.barcode();
    e.reorderPoint = item.reorderPoint();
    e.reorderQuantity = item.reorderQuantity();
    e.archived = item.archived();
    return e;
  }

  Item toRecord() {
    return new Item(
        id,
        sku,
        name,
        Category.valueOf(category),
        colourName,
        colourHex,
        size,
        Unit.valueOf(unit),
        location,
        new Money(canonical(unitCostAmount), Currency.getInstance(unitCostCurrency)),
        barcode,
        canonical(reorderPoint),
        canonical(reorderQuantity),
        archived);
  }
}
