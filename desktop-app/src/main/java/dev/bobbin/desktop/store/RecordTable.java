package dev.bobbin.desktop.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.FieldChange;
import dev.bobbin.model.sync.MutationKind;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write path of one table: every create, update and delete writes its row and its outbox entry
 * in the same transaction (joining the caller's, if any). Feature repositories hold one of these
 * and keep their entities package-private, so no record can change without its outbox entry.
 */
public final class RecordTable<R extends Record, E> implements RemoteTable {
  private static final Logger log = LoggerFactory.getLogger(RecordTable.class);
  private static final TypeReference<Map<String, FieldChange>> CHANGES = new TypeReference<>() {};

  private final LocalStore store;
  private final Outbox outbox;
  private final RowMapping<R, E> mapping;
  private final RecordDiff diff;

  public RecordTable(LocalStore store, Outbox outbox, RowMapping<R, E> mapping) {
    this.store = store;
    this.outbox = outbox;
    this.mapping = mapping;
    this.diff = new RecordDiff(outbox.mapper());
  }

  /** Inserts {@code record} and a CREATE entry holding all its fields. */
  public R create(R record) {
    return store.inTransaction(
        s -> {
          s.persist(mapping.toEntity().apply(record));
          s.flush();
          outbox.record(s, mapping.type(), id(record), MutationKind.CREATE, record);
          return record;
        });
  }

  /**
   * Applies the fields that differ between {@code before} (what the editor saw) and {@code after}
   * onto the stored row, and writes an UPDATE entry {@code {field: {from, to}}} of just those.
   * Other fields keep their stored values, even if they changed since {@code before} was read
   * (per-field merge). Writes nothing when nothing changed.
   *
   * @return the stored record after the update
   * @throws ValidationException when the merged record breaks a rule
   * @throws StoreException when the record no longer exists
   */
  public R update(R before, R after) {
    UUID id = id(before);
    if (!id.equals(id(after))) {
      throw new IllegalArgumentException("before and after are different records");
    }
    return store.inTransaction(
        s -> {
          E row = lockedRow(s, id);
          R current = mapping.toRecord().apply(row);
          Map<String, FieldChange> changes = diff.changes(before, after);
          if (changes.isEmpty()) {
            return current;
          }
          R merged = diff.apply(current, changes, mapping.recordType());
          s.merge(mapping.toEntity().apply(merged));
          s.flush();
          outbox.record(s, mapping.type(), id, MutationKind.UPDATE, changes);
          return merged;
        });
  }

  /**
   * Deletes the record and writes a DELETE entry holding its last values (for the outbox view and a
   * possible restore).
   *
   * @return whether there was such a record
   */
  public boolean delete(UUID id) {
    return store.inTransaction(
        s -> {
          E row = s.find(mapping.entityType(), id, LockModeType.PESSIMISTIC_WRITE);
          if (row == null) {
            return false;
          }
          R last = mapping.toRecord().apply(row);
          s.remove(row);
          s.flush();
          outbox.record(s, mapping.type(), id, MutationKind.DELETE, last);
          return true;
        });
  }

  @Override
  public EntityType type() {
    return mapping.type();
  }

  @Override
  public void applyRemote(Session session, Map<String, Object> record) {
    write(session, recordOf(record));
  }

  @Override
  public void deleteRemote(Session session, UUID id) {
    E row = session.find(mapping.entityType(), id);
    if (row != null) {
      session.remove(row);
      session.flush();
    }
  }

  @Override
  public void reapply(Session session, OutboxEntry pending) {
    try {
      switch (pending.kind()) {
        case CREATE ->
            write(session, outbox.mapper().readValue(pending.payload(), mapping.recordType()));
        case UPDATE -> {
          E row = session.find(mapping.entityType(), pending.entityId());
          if (row != null) {
            Map<String, FieldChange> changes =
                outbox.mapper().readValue(pending.payload(), CHANGES);
            write(
                session, diff.apply(mapping.toRecord().apply(row), changes, mapping.recordType()));
          }
        }
        case DELETE -> deleteRemote(session, pending.entityId());
      }
    } catch (ValidationException | JsonProcessingException e) {
      // The server will answer this change when it is pushed; locally the pulled row stands.
      log.debug("Pending change {} no longer applies locally", pending.mutationId(), e);
    }
  }

  /** The current row as a record, inside the caller's transaction. */
  public Optional<R> find(Session session, UUID id) {
    return Optional.ofNullable(session.find(mapping.entityType(), id)).map(mapping.toRecord());
  }

  private void write(Session session, R record) {
    session.merge(mapping.toEntity().apply(record));
    session.flush();
  }

  private R recordOf(Map<String, Object> values) {
    try {
      return outbox.mapper().convertValue(values, mapping.recordType());
    } catch (IllegalArgumentException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ValidationException invalid) {
          throw invalid;
        }
      }
      throw new StoreException(
          "Bobbin could not read a " + mapping.label() + " from the server: " + e.getMessage(), e);
    }
  }

  public Optional<R> findById(UUID id) {
    return store.inTransaction(
        s -> Optional.ofNullable(s.find(mapping.entityType(), id)).map(mapping.toRecord()));
  }

  /** Runs a query for entities and maps them to records inside the same transaction. */
  public List<R> find(Function<Session, List<E>> query) {
    return store.inTransaction(s -> query.apply(s).stream().map(mapping.toRecord()).toList());
  }

  private E lockedRow(Session s, UUID id) {
    E row = s.find(mapping.entityType(), id, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      throw new StoreException(
          "This "
              + mapping.label()
              + " no longer exists; it may have been deleted on another device.");
    }
    return row;
  }

  private UUID id(R record) {
    return mapping.idOf().apply(record);
  }
}
