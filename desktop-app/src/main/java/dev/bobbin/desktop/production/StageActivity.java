package dev.bobbin.desktop.production;

import dev.bobbin.model.production.StageEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing a person did to a stage: a line of the order's timeline.
 *
 * @param userId who did it; {@code null} when nobody was signed in
 * @param note the reason of a block; may be {@code null}
 */
public record StageActivity(
    UUID id,
    UUID stageId,
    UUID orderId,
    String stageName,
    StageEvent event,
    UUID userId,
    Instant at,
    int quantityDone,
    int quantityRejected,
    String note) {}
