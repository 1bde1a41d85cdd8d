package dev.bobbin.desktop.production;

import dev.bobbin.model.production.Priority;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a planner fills in for a new order; the number, id and status are made by {@link
 * ProductionService#plan}.
 *
 * @param customerId {@code null} for stock production
 * @param notes may be {@code null}
 */
public record OrderRequest(
    UUID designId,
    UUID customerId,
    UUID workflowTemplateId,
    int quantity,
    LocalDate dueDate,
    Priority priority,
    String notes) {}
