package dev.bobbin.model.sync;

import dev.bobbin.model.common.Validator;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One local change, as pushed from a device's outbox.
 *
 * @param mutationId increases per client; the server's idempotency key with the client id
 * @param values for {@link MutationKind#CREATE}: every field of the record, as JSON values; for
 *     {@link MutationKind#DELETE}, optionally, the record as its deleter last saw it (so the server
 *     can keep edits the deleter never saw as a conflict)
 * @param changes for {@link MutationKind#UPDATE}: the changed fields, each with the value the
 *     editor saw and the value they wrote
 * @param userId who made the change on the device
 * @param madeAt when, in UTC
 */
public record Mutation(
    long mutationId,
    EntityType entity,
    UUID entityId,
    MutationKind kind,
    Map<String, Object> values,
    Map<String, FieldChange> changes,
    UUID userId,
    Instant madeAt) {

  public Mutation {
    values = values == null ? Map.of() : JsonValues.copyOf(values);
    changes = changes == null ? Map.of() : Map.copyOf(changes);
    Validator.of("Mutation")
        .check(mutationId > 0, "mutationId", "must be greater than zero")
        .notNull("entity", entity)
        .notNull("entityId", entityId)
        .notNull("kind", kind)
        .check(kind != MutationKind.CREATE || !values.isEmpty(), "values", "a create needs values")
        .check(
            kind != MutationKind.UPDATE || values.isEmpty(),
            "values",
            "an update has changes, not values")
        .check(
            kind != MutationKind.UPDATE || !changes.isEmpty(), "changes", "an update needs changes")
        .check(
            kind == MutationKind.UPDATE || changes.isEmpty(),
            "changes",
            "only an update has changes")
        .check(
            entity == null || !entity.isAppendOnly() || kind == MutationKind.CREATE,
            "kind",
            "ledger lines are never edited or deleted; record a compensating line instead")
        .notNull("userId", userId)
        .notNull("madeAt", madeAt)
        .validate();
  }
}
