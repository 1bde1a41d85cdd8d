package dev.bobbin.server.sync;

import dev.bobbin.model.auth.RolePermissions;
import dev.bobbin.model.common.IllegalTransitionException;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceStatus;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageEvent;
import dev.bobbin.model.production.StageStateMachine;
import dev.bobbin.model.production.StageStatus;
import dev.bobbin.model.sync.Conflict;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.FieldChange;
import dev.bobbin.model.sync.FieldMerge;
import dev.bobbin.model.sync.Mutation;
import dev.bobbin.model.sync.MutationResult;
import dev.bobbin.model.sync.SyncPermissions;
import dev.bobbin.server.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies one mutation: authorise, build and validate the shared record, check state machines,
 * merge per field, write rows with new versions, and keep what a merge overwrote as conflicts.
 */
final class MutationApplier {
  private static final String ISSUED_ON_SERVER =
      "Invoices are numbered and issued by the server: save the invoice as a draft and use Issue.";

  /** Moves an item's cached balance by a line's quantity (the item's first line creates it). */
  static final String ADD_TO_BALANCE =
      "insert into item_balance (item_id, org_id, on_hand, version) values (?, ?, ?, ?)"
          + " on conflict (item_id) do update"
          + " set on_hand = item_balance.on_hand + excluded.on_hand,"
          + " version = excluded.version, updated_at = now()";

  private final EntityTables tables;
  private final RecordCodec codec;
  private final ConflictStore conflicts;

  MutationApplier(EntityTables tables, RecordCodec codec, ConflictStore conflicts) {
    this.tables = tables;
    this.codec = codec;
    this.conflicts = conflicts;
  }

  MutationResult.Applied apply(
      Connection c, Author author, VersionCounter versions, Mutation mutation)
      throws SQLException, Rejection {
    authorise(author, mutation);
    return switch (mutation.kind()) {
      case CREATE -> create(c, author, versions, mutation, mutation.values(), false);
      case UPDATE -> update(c, author, versions, mutation);
      case DELETE -> delete(c, author, versions, mutation);
    };
  }

  /** Re-creates a deleted record from its last state (restoring an edit-after-delete conflict). */
  MutationResult.Applied resurrect(
      Connection c,
      Author author,
      VersionCounter versions,
      Mutation mutation,
      Map<String, Object> values)
      throws SQLException, Rejection {
    authorise(author, mutation);
    return create(c, author, versions, mutation, values, true);
  }

  static void authorise(Author author, Mutation mutation) throws Rejection {
    List<String> missing =
        SyncPermissions.required(mutation).stream()
            .filter(needed -> !RolePermissions.allows(author.role(), needed))
            .map(needed -> needed.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .toList();
    if (!missing.isEmpty()) {
      throw new Rejection(
          Rejection.FORBIDDEN,
          "Your role ("
              + author.role().name().toLowerCase(Locale.ROOT)
              + ") may not make this change: it needs the "
              + String.join(" and ", missing)
              + (missing.size() == 1 ? " permission." : " permissions."));
    }
  }

  private MutationResult.Applied create(
      Connection c,
      Author author,
      VersionCounter versions,
      Mutation mutation,
      Map<String, Object> given,
      boolean resurrect)
      throws SQLException, Rejection {
    EntityTable table = tables.of(mutation.entity());
    Record record = created(table, mutation, given);
    boolean deleted = Tombstones.find(c, mutation.entity(), mutation.entityId()).isPresent();
    // A create the server already has (a doubled send, a scan retried under a new mutation id) is
    // the same create: it changes nothing.
    if (table.find(c, mutation.entityId()).isPresent() || (deleted && !resurrect)) {
      return new MutationResult.Applied(mutation.mutationId(), true, 0);
    }
    if (record instanceof Invoice invoice && invoice.status() != InvoiceStatus.DRAFT) {
      throw new Rejection(Rejection.VALIDATION, ISSUED_ON_SERVER);
    }
    long version = versions.next();
    if (record instanceof StockMovement movement) {
      checkUnit(c, movement);
    }
    table.insert(c, author.orgId(), record, version);
    if (record instanceof StockMovement movement) {
      Sql.update(
          c, ADD_TO_BALANCE, movement.itemId(), author.orgId(), movement.quantity(), version);
    }
    if (resurrect) {
      Tombstones.remove(c, mutation.entity(), mutation.entityId());
    }
    if (!mutation.entity().isAppendOnly()) {
      FieldAuthors.wrote(
          c,
          author.orgId(),
          mutation.entity(),
          mutation.entityId(),
          Set.of(FieldAuthors.EVERY_FIELD),
          author.userId(),
          mutation.madeAt());
    }
    return new MutationResult.Applied(mutation.mutationId(), false, 0);
  }

  private MutationResult.Applied update(
      Connection c, Author author, VersionCounter versions, Mutation mutation)
      throws SQLException, Rejection {
    EntityTable table = tables.of(mutation.entity());
    Optional<Map<String, Object>> found = table.find(c, mutation.entityId());
    if (found.isEmpty()) {
      return editOfMissing(c, author, versions, mutation);
    }
    Map<String, Object> current = found.get();
    checkInvoiceIsDraft(mutation.entity(), current);
    for (String field : mutation.changes().keySet()) {
      if (!current.containsKey(field) || field.equals("id")) {
        throw new Rejection(
            Rejection.VALIDATION,
            field.equals("id")
                ? "A record's id cannot change."
                : "A " + table.type().getSimpleName() + " has no field \"" + field + "\".");
      }
    }
    FieldMerge.Result merge = FieldMerge.apply(current, mutation.changes());
    if (!merge.changes(current)) {
      return new MutationResult.Applied(mutation.mutationId(), false, 0);
    }
    Record record = validated(table, merge.merged());
    if (record instanceof Invoice invoice && invoice.status() != InvoiceStatus.DRAFT) {
      throw new Rejection(Rejection.VALIDATION, ISSUED_ON_SERVER);
    }
    checkTransitions(c, current, record);
    long version = versions.next();
    table.update(c, author.orgId(), record, version);
    for (FieldMerge.Clash clash : merge.clashes()) {
      UUID overwrittenBy =
          FieldAuthors.author(c, mutation.entity(), mutation.entityId(), clash.field())
              .orElse(null);
      conflicts.add(
          c,
          author.orgId(),
          versions.next(),
          new Conflict(
              ConflictStore.newId(),
              mutation.entity(),
              mutation.entityId(),
              Conflict.Kind.SAME_FIELD,
              clash.field(),
              clash.written(),
              clash.overwritten(),
              author.userId(),
              overwrittenBy,
              mutation.madeAt(),
              false));
    }
    FieldAuthors.wrote(
        c,
        author.orgId(),
        mutation.entity(),
        mutation.entityId(),
        mutation.changes().keySet(),
        author.userId(),
        mutation.madeAt());
    return new MutationResult.Applied(mutation.mutationId(), false, merge.clashes().size());
  }

  /**
   * An edit of a deleted record is kept as a conflict (the delete wins); of an unknown one,
   * refused.
   */
  private MutationResult.Applied editOfMissing(
      Connection c, Author author, VersionCounter versions, Mutation mutation)
      throws SQLException, Rejection {
    Optional<Tombstones.Tombstone> tombstone =
        Tombstones.find(c, mutation.entity(), mutation.entityId());
    if (tombstone.isEmpty()) {
      throw new Rejection(
          Rejection.NOT_FOUND,
          "This record does not exist on the server, so it cannot be changed.");
    }
    Map<String, Object> edit = new LinkedHashMap<>();
    mutation.changes().forEach((field, change) -> edit.put(field, change.to()));
    return editKept(
        c, author, versions, mutation, edit, tombstone.get().deletedBy(), author.userId());
  }

  /** The delete won over {@code edit}; the edit is kept as a conflict a manager can restore. */
  private MutationResult.Applied editKept(
      Connection c,
      Author author,
      VersionCounter versions,
      Mutation mutation,
      Map<String, Object> edit,
      UUID deletedBy,
      UUID editedBy)
      throws SQLException {
    conflicts.add(
        c,
        author.orgId(),
        versions.next(),
        new Conflict(
            ConflictStore.newId(),
            mutation.entity(),
            mutation.entityId(),
            Conflict.Kind.EDIT_AFTER_DELETE,
            null,
            null,
            edit,
            deletedBy,
            editedBy,
            mutation.madeAt(),
            false));
    return new MutationResult.Applied(mutation.mutationId(), false, 1);
  }

  private MutationResult.Applied delete(
      Connection c, Author author, VersionCounter versions, Mutation mutation)
      throws SQLException, Rejection {
    if (mutation.entity() == EntityType.USER) {
      throw new Rejection(
          Rejection.VALIDATION, "People are deactivated, not deleted: their history stays theirs.");
    }
    EntityTable table = tables.of(mutation.entity());
    Optional<Map<String, Object>> current = table.find(c, mutation.entityId());
    if (current.isEmpty()) {
      if (Tombstones.find(c, mutation.entity(), mutation.entityId()).isPresent()) {
        return new MutationResult.Applied(mutation.mutationId(), true, 0);
      }
      throw new Rejection(
          Rejection.NOT_FOUND,
          "This record does not exist on the server, so it cannot be deleted.");
    }
    checkInvoiceIsDraft(mutation.entity(), current.get());
    long version = versions.next();
    table.delete(c, mutation.entityId());
    Tombstones.write(
        c,
        author.orgId(),
        mutation.entity(),
        mutation.entityId(),
        version,
        author.userId(),
        current.get(),
        codec);
    Map<String, Object> unseen = FieldMerge.unseenEdits(mutation.values(), current.get());
    if (unseen.isEmpty()) {
      return new MutationResult.Applied(mutation.mutationId(), false, 0);
    }
    // The delete wins over edits its author never saw; they are kept as a conflict, exactly like
    // an edit that arrives after the delete.
    String field = unseen.keySet().iterator().next();
    UUID editedBy =
        FieldAuthors.author(c, mutation.entity(), mutation.entityId(), field).orElse(null);
    return editKept(c, author, versions, mutation, unseen, author.userId(), editedBy);
  }

  /** Only drafts change through sync; issuing, payments and voiding go through the server. */
  private static void checkInvoiceIsDraft(EntityType entity, Map<String, Object> current)
      throws Rejection {
    if (entity == EntityType.INVOICE
        && !InvoiceStatus.DRAFT.name().equals(String.valueOf(current.get("status")))) {
      throw new Rejection(
          Rejection.VALIDATION,
          "This invoice has been issued, so it cannot change any more; make a credit note to"
              + " correct it.");
    }
  }

  /** The validated record a create carries; its id must be the mutation's. */
  static Record created(EntityTable table, Mutation mutation, Map<String, Object> given)
      throws Rejection {
    Map<String, Object> values = new LinkedHashMap<>(given);
    Object id = values.putIfAbsent("id", mutation.entityId().toString());
    if (id != null && !mutation.entityId().toString().equals(String.valueOf(id))) {
      throw new Rejection(Rejection.VALIDATION, "The record's id does not match the mutation's.");
    }
    return validated(table, values);
  }

  private static Record validated(EntityTable table, Map<String, Object> values) throws Rejection {
    try {
      return table.toRecord(values);
    } catch (ValidationException e) {
      throw new Rejection(Rejection.VALIDATION, sentence(e));
    }
  }

  private static void checkUnit(Connection c, StockMovement movement)
      throws SQLException, Rejection {
    checkUnit(
        movement,
        Sql.one(
            c, "select unit from item where id = ?", row -> row.getString(1), movement.itemId()));
  }

  /**
   * A line's quantity must fit its item's unit (whole pieces…); an item not here yet is not
   * checked.
   */
  static void checkUnit(StockMovement movement, Optional<String> unit) throws Rejection {
    if (unit.isPresent()) {
      try {
        movement.checkUnit(Unit.valueOf(unit.get()));
      } catch (ValidationException e) {
        throw new Rejection(Rejection.VALIDATION, sentence(e));
      }
    }
  }

  /** Status moves are checked against the server's current status, with the shared machines. */
  private void checkTransitions(Connection c, Map<String, Object> current, Record record)
      throws SQLException, Rejection {
    try {
      if (record instanceof ProductionStage stage) {
        StageStatus from = StageStatus.valueOf((String) current.get("status"));
        if (from != stage.status()) {
          checkStageMove(c, stage, from);
        }
      } else if (record instanceof Design design) {
        DesignStatus from = DesignStatus.valueOf((String) current.get("status"));
        if (from != design.status()) {
          from.moveTo(design.status());
        }
      } else if (record instanceof ProductionOrder order) {
        OrderStatus from = OrderStatus.valueOf((String) current.get("status"));
        if (from != order.status()) {
          from.moveTo(order.status());
        }
      }
    } catch (IllegalTransitionException e) {
      throw new Rejection(Rejection.TRANSITION, e.getMessage());
    }
  }

  private static void checkStageMove(Connection c, ProductionStage stage, StageStatus from)
      throws SQLException, Rejection {
    StageEvent event =
        StageStateMachine.eventFor(from, stage.status())
            .orElseThrow(
                () ->
                    new Rejection(
                        Rejection.TRANSITION,
                        "A stage that is "
                            + from.label()
                            + " cannot become "
                            + stage.status().label()
                            + "."));
    OrderStatus orderStatus =
        Sql.one(
                c,
                "select status from production_order where id = ?",
                row -> OrderStatus.valueOf(row.getString(1)),
                stage.orderId())
            .orElseThrow(
                () ->
                    new Rejection(
                        Rejection.NOT_FOUND, "The stage's production order is not on the server."));
    StageStateMachine.apply(from, event, orderStatus);
  }

  private static String sentence(ValidationException e) {
    StringBuilder text = new StringBuilder(e.subject()).append(": ");
    for (int i = 0; i < e.violations().size(); i++) {
      if (i > 0) {
        text.append("; ");
      }
      text.append(e.violations().get(i).field())
          .append(' ')
          .append(e.violations().get(i).message());
    }
    return text.append('.').toString();
  }

  /** A field change as the restore of a conflict writes it. */
  static FieldChange restoring(Object current, Object restored) {
    return new FieldChange(current, restored);
  }
}
