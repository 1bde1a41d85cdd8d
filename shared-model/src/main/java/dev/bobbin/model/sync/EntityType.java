package dev.bobbin.model.sync;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of record that syncs. The wire name is also the table name on both sides, so a pulled
 * row maps 1:1 onto the local table.
 */
public enum EntityType {
  ITEM("item"),
  STOCK_MOVEMENT("stock_movement"),
  RESERVATION("reservation"),
  DESIGN("design"),
  WORKFLOW_TEMPLATE("workflow_template"),
  PRODUCTION_ORDER("production_order"),
  PRODUCTION_STAGE("production_stage"),
  CUSTOMER("customer"),
  SUPPLIER("supplier"),
  QUOTE("quote"),
  INVOICE("invoice"),
  USER("app_user"),
  PRICING_SETTINGS("pricing_settings");

  private final String wireName;

  EntityType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The type with this wire name, if there is one. */
  public static Optional<EntityType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }

  /** Ledger-like records are only ever inserted: they merge by union, never by field. */
  public boolean isAppendOnly() {
    return this == STOCK_MOVEMENT;
  }
}
