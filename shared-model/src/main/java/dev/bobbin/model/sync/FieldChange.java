package dev.bobbin.model.sync;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One field of an {@link MutationKind#UPDATE}: the value the editor saw and the value they wrote.
 * Knowing what the editor saw lets the server tell a clash (someone else changed the same field
 * meanwhile) from a plain edit. Values are JSON-compatible (strings, numbers, booleans, lists,
 * maps, or {@code null}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FieldChange(Object from, Object to) {}
