package dev.bobbin.server.sync;

import dev.bobbin.model.auth.User;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.Reservation;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.WorkflowTemplate;
import dev.bobbin.model.purchasing.Supplier;
import dev.bobbin.model.quotes.PricingSettings;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.sync.EntityType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The table of every {@link EntityType}. */
final class EntityTables {
  private final Map<EntityType, EntityTable> tables = new EnumMap<>(EntityType.class);

  EntityTables(RecordCodec codec) {
    add(codec, EntityType.ITEM, Item.class);
    add(codec, EntityType.STOCK_MOVEMENT, StockMovement.class);
    add(codec, EntityType.RESERVATION, Reservation.class);
    add(
        codec,
        EntityType.DESIGN,
        Design.class,
        new EntityTable.Child("bom", "design_bom_line", "design_id", "position"));
    add(
        codec,
        EntityType.WORKFLOW_TEMPLATE,
        WorkflowTemplate.class,
        new EntityTable.Child(
            "stages", "workflow_stage_template", "workflow_template_id", "sequence"));
    add(codec, EntityType.PRODUCTION_ORDER, ProductionOrder.class);
    add(codec, EntityType.PRODUCTION_STAGE, ProductionStage.class);
    add(codec, EntityType.CUSTOMER, Customer.class);
    add(codec, EntityType.SUPPLIER, Supplier.class);
    add(codec, EntityType.QUOTE, Quote.class);
    add(
        codec,
        EntityType.INVOICE,
        Invoice.class,
        new EntityTable.Child("lines", "invoice_line", "invoice_id", "position"));
    add(codec, EntityType.USER, User.class);
    add(codec, EntityType.PRICING_SETTINGS, PricingSettings.class);
    for (EntityType entity : EntityType.values()) {
      if (!tables.containsKey(entity)) {
        throw new IllegalStateException("No table mapping for " + entity);
      }
    }
  }

  private void add(
      RecordCodec codec,
      EntityType entity,
      Class<? extends Record> type,
      EntityTable.Child... children) {
    tables.put(entity, new EntityTable(entity, type, List.of(children), codec));
  }

  EntityTable of(EntityType entity) {
    return tables.get(entity);
  }

  Collection<EntityTable> all() {
    return tables.values();
  }
}
