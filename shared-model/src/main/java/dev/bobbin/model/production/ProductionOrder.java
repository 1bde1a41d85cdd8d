package dev.bobbin.model.production;

import dev.bobbin.model.common.Validator;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An order to make a quantity of one design.
 *
 * @param number human-readable, made on the device without a round trip (see {@link
 *     dev.bobbin.model.common.DocumentNumbers})
 * @param customerId {@code null} for stock production
 */
public record ProductionOrder(
    UUID id,
    String number,
    UUID designId,
    UUID customerId,
    UUID workflowTemplateId,
    int quantity,
    LocalDate dueDate,
    Priority priority,
    OrderStatus status,
    String notes) {

  public ProductionOrder {
    Validator.of("ProductionOrder")
        .notNull("id", id)
        .notBlank("number", number, 40)
        .notNull("designId", designId)
        .notNull("workflowTemplateId", workflowTemplateId)
        .positive("quantity", quantity)
        .notNull("dueDate", dueDate)
        .notNull("priority", priority)
        .notNull("status", status)
        .maxLength("notes", notes, 4000)
        .validate();
  }

  public ProductionOrder withStatus(OrderStatus target) {
    return new ProductionOrder(
        id,
        number,
        designId,
        customerId,
        workflowTemplateId,
        quantity,
        dueDate,
        priority,
        status.moveTo(target),
        notes);
  }

  public boolean isOverdue(LocalDate today) {
    return !status.isFinal() && dueDate.isBefore(today);
  }
}
