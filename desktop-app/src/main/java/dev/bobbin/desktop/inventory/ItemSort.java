package dev.bobbin.desktop.inventory;

/** Orders of the item list that come straight from an index. */
public enum ItemSort {
  SKU,
  NAME
}
