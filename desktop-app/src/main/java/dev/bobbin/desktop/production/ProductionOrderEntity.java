package dev.bobbin.desktop.production;

import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** The {@code production_order} row. */
@Entity
@Table(name = "production_order")
class ProductionOrderEntity {
  @Id UUID id;
  String number;
  UUID designId;
  UUID customerId;
  UUID workflowTemplateId;
  int quantity;
  LocalDate dueDate;
  String priority;
  String status;
  String notes;

  static ProductionOrderEntity of(ProductionOrder o) {
    ProductionOrderEntity e = new ProductionOrderEntity();
    e.id = o.id();
    e.number = o.number();
    e.designId = o.designId();
    e.customerId = o.customerId();
    e.workflowTemplateId = o.workflowTemplateId();
    e.quantity = o.quantity();
    e.dueDate = o.dueDate();
    e.priority = o.priority().name();
    e.status = o.status().name();
    e.notes = o.notes();
    return e;
  }

  ProductionOrder toRecord() {
    return new ProductionOrder(
        id,
        number,
        designId,
        customerId,
        workflowTemplateId,
        quantity,
        dueDate,
        Priority.valueOf(priority),
        OrderStatus.valueOf(status),
        notes);
  }
}
