package dev.bobbin.desktop.store;

import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.MutationKind;
import java.time.Instant;
import java.util.UUID;

/**
 * One local change waiting for the server.
 *
 * @param mutationId increasing per client, in commit order: the sync contract's {@code mutationId}
 * @param payload JSON: the whole record for CREATE and DELETE, {@code {field: {from, to}}} for
 *     UPDATE
 * @param userId who made the change; {@code null} when nobody was signed in
 * @param lastError why the last push failed; {@code null} if none did
 */
public record OutboxEntry(
    long mutationId,
    EntityType entity,
    UUID entityId,
    MutationKind kind,
    String payload,
    Instant createdAt,
    UUID userId,
    int attempts,
    String lastError,
    OutboxStatus status) {}
