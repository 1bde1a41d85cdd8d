package dev.bobbin.desktop.store;

import dev.bobbin.model.sync.EntityType;
import java.util.UUID;
import java.util.function.Function;

/**
 * How one shared record maps onto its Hibernate entity. Entities stay package-private in their
 * feature; only the records cross the repository boundary.
 */
public record RowMapping<R extends Record, E>(
    EntityType type,
    Class<R> recordType,
    Class<E> entityType,
    Function<R, E> toEntity,
    Function<E, R> toRecord,
    Function<R, UUID> idOf) {

  /** A short noun for messages, e.g. {@code production order}. */
  String label() {
    return type == EntityType.USER ? "user" : type.wireName().replace('_', ' ');
  }
}
