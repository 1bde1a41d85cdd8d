package dev.bobbin.model.sync;

import static dev.bobbin.model.auth.Permission.*;

import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.designs.DesignStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which permissions a pushed mutation needs. The server refuses a mutation whose author lacks any
 * of them, whatever the device allowed; the desktop uses the same rules to decide what to offer.
 */
public final class SyncPermissions {
  private SyncPermissions() {}

  /** Every permission {@code mutation} needs (all of them). */
  public static Set<Permission> required(Mutation mutation) {
    Set<String> fields =
        mutation.kind() == MutationKind.CREATE
            ? mutation.values().keySet()
            : mutation.changes().keySet();
    Set<Permission> needed = EnumSet.noneOf(Permission.class);
    switch (mutation.entity()) {
      case ITEM -> {
        needed.add(EDIT_ITEMS);
        if (fields.contains("unitCost")) {
          needed.add(EDIT_PRICES);
        }
      }
      case STOCK_MOVEMENT ->
          needed.add(
              "COUNT".equals(mutation.values().get("reason"))
                  ? COUNT_STOCK
                  : RECORD_STOCK_MOVEMENTS);
      case RESERVATION -> needed.add(UPDATE_STAGES);
      case DESIGN -> {
        needed.add(EDIT_DESIGNS);
        if (writes(mutation, "status", DesignStatus.APPROVED.name())) {
          needed.add(APPROVE_DESIGNS);
        }
      }
      case WORKFLOW_TEMPLATE -> needed.add(PLAN_PRODUCTION);
      case PRODUCTION_ORDER ->
          // Moving a stage moves its order's status too (started, done): floor work.
          needed.add(
              mutation.kind() == MutationKind.UPDATE && fields.equals(Set.of("status"))
                  ? UPDATE_STAGES
                  : PLAN_PRODUCTION);
      case PRODUCTION_STAGE ->
          needed.add(mutation.kind() == MutationKind.UPDATE ? UPDATE_STAGES : PLAN_PRODUCTION);
      case CUSTOMER -> needed.add(MANAGE_CUSTOMERS);
      case SUPPLIER -> needed.add(MANAGE_SUPPLIERS);
      case QUOTE -> needed.add(MANAGE_QUOTES);
      case INVOICE -> needed.add(MANAGE_INVOICES);
      case USER -> needed.add(MANAGE_USERS);
      case PRICING_SETTINGS -> needed.add(EDIT_PRICES);
    }
    return needed;
  }

  private static boolean writes(Mutation mutation, String field, String value) {
    if (mutation.kind() == MutationKind.CREATE) {
      return value.equals(mutation.values().get(field));
    }
    FieldChange change = mutation.changes().get(field);
    return change != null && value.equals(change.to());
  }
}
