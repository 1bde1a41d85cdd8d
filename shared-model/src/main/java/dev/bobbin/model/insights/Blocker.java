package dev.bobbin.model.insights;

import dev.bobbin.model.production.Priority;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Something holding production up, with its severity (higher is worse; see {@link
 * ProductionInsights} for the formula).
 *
 * @param stageId the stage concerned; {@code null} for an overdue order
 * @param stageName its name; {@code null} for an overdue order
 * @param reason one sentence for people
 */
public record Blocker(
    Kind kind,
    UUID orderId,
    String orderNumber,
    UUID stageId,
    String stageName,
    LocalDate dueDate,
    Priority priority,
    int severity,
    String reason) {

  /** What kind of hold-up. */
  public enum Kind {
    /** An open order past its due date. */
    OVERDUE,
    /** A stage someone marked blocked. */
    BLOCKED_STAGE,
    /** A stage in progress for much longer than history says it takes. */
    OVERRUNNING_STAGE
  }
}
