package dev.bobbin.server.sync;

import dev.bobbin.model.sync.Conflict;
import dev.bobbin.model.sync.FieldChange;
import dev.bobbin.model.sync.Mutation;
import dev.bobbin.model.sync.MutationKind;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Sync wired together: its routes, its conflict entries and their resolution. */
public final class SyncModule {
  private final Clock clock;
  private final RecordCodec codec = new RecordCodec();
  private final EntityTables tables = new EntityTables(codec);
  private final ConflictStore conflicts = new ConflictStore(codec);
  private final SyncedRecords records = new SyncedRecords(tables);
  private final MutationApplier applier = new MutationApplier(tables, codec, conflicts);
  private final SyncController controller =
      new SyncController(
          codec, new PushService(applier, new LedgerPush(tables)), new PullService(tables));

  public SyncModule(Clock clock) {
    this.clock = clock;
  }

  public List<Route> routes() {
    List<Route> routes = new java.util.ArrayList<>(controller.routes());
    routes.addAll(new DeviceController().routes());
    return routes;
  }

  public ConflictStore conflicts() {
    return conflicts;
  }

  public RecordCodec codec() {
    return codec;
  }

  /** Server-side reads and writes of synced records, versioned like a push. */
  public SyncedRecords records() {
    return records;
  }

  /**
   * Closes a conflict: {@code keep} leaves the record as it is; {@code restore} writes the
   * overwritten value back (or re-creates the deleted record with the edit) as a normal change,
   * with a new version that pokes every device.
   *
   * @throws ProblemException 404 for an unknown conflict, 409 when it cannot be restored
   */
  public Conflict resolve(Connection c, Author author, UUID conflictId, boolean restore)
      throws SQLException {
    Conflict conflict =
        conflicts
            .find(c, conflictId)
            .orElseThrow(() -> ProblemException.notFound("No such conflict."));
    if (conflict.resolved()) {
      return conflict;
    }
    VersionCounter versions = VersionCounter.lock(c, author.orgId());
    if (restore) {
      try {
        restore(c, author, versions, conflict);
      } catch (Rejection rejection) {
        throw cannotRestore(rejection.reason());
      }
    }
    conflicts.markResolved(c, conflictId, author.userId(), versions.next());
    versions.finish(c);
    return conflicts.find(c, conflictId).orElseThrow();
  }

  private void restore(Connection c, Author author, VersionCounter versions, Conflict conflict)
      throws SQLException, Rejection {
    EntityTable table = tables.of(conflict.entity());
    if (conflict.kind() == Conflict.Kind.SAME_FIELD) {
      Map<String, Object> current =
          table
              .find(c, conflict.entityId())
              .orElseThrow(
                  () -> cannotRestore("The record has been deleted since, so nothing to restore."));
      Mutation mutation =
          new Mutation(
              1,
              conflict.entity(),
              conflict.entityId(),
              MutationKind.UPDATE,
              null,
              Map.of(
                  conflict.field(),
                  new FieldChange(current.get(conflict.field()), conflict.overwrittenValue())),
              author.userId(),
              clock.instant());
      applier.apply(c, author, versions, mutation);
      return;
    }
    Optional<Tombstones.Tombstone> tombstone =
        Tombstones.find(c, conflict.entity(), conflict.entityId());
    if (tombstone.isEmpty() || tombstone.get().lastRecordJson() == null) {
      throw cannotRestore("The deleted record's last state is not known, so it cannot come back.");
    }
    Map<String, Object> values =
        new LinkedHashMap<>(codec.parseMap(tombstone.get().lastRecordJson()));
    if (conflict.overwrittenValue() instanceof Map<?, ?> edit) {
      edit.forEach((field, value) -> values.put(String.valueOf(field), value));
    }
    Mutation mutation =
        new Mutation(
            1,
            conflict.entity(),
            conflict.entityId(),
            MutationKind.CREATE,
            values,
            null,
            author.userId(),
            clock.instant());
    applier.resurrect(c, author, versions, mutation, values);
  }

  private static ProblemException cannotRestore(String reason) {
    return new ProblemException(409, "cannot-restore", "Cannot restore", reason);
  }
}
