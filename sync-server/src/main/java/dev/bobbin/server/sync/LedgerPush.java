package dev.bobbin.server.sync;

import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.Mutation;
import dev.bobbin.model.sync.MutationKind;
import dev.bobbin.model.sync.MutationResult;
import dev.bobbin.server.db.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Creates of stock movements that follow one another in a push (a device's scans and consumption:
 * most of what is ever pushed), applied together: a fixed number of statements for the whole run
 * instead of several round trips per line. Every mutation is answered exactly as {@link
 * MutationApplier} would answer it alone, in the same order of checks — permission, validation,
 * "already here" (a row or tombstone with its id, or an earlier line of the same run), the unit of
 * its item — and the rows written are the same, with one version each. If the batch insert clashes
 * (a line id another organisation already uses), the whole run is rolled back to its savepoint and
 * applied one by one, so each mutation gets its own answer.
 */
final class LedgerPush {
  private static final String INTEGRITY_CLASS = "23";

  private final EntityTable table;

  /** Applies one mutation alone, in its own savepoint (the push's usual path). */
  @FunctionalInterface
  interface OneByOne {
    MutationResult apply(Mutation mutation) throws SQLException;
  }

  /** Answers and stores a rejection (nothing was written for the mutation). */
  @FunctionalInterface
  interface Rejecter {
    MutationResult.Rejected reject(Mutation mutation, Rejection rejection) throws SQLException;
  }

  LedgerPush(EntityTables tables) {
    this.table = tables.of(EntityType.STOCK_MOVEMENT);
  }

  /** Whether {@code mutation} can go in a run. */
  static boolean fits(Mutation mutation) {
    return mutation.entity() == EntityType.STOCK_MOVEMENT && mutation.kind() == MutationKind.CREATE;
  }

  /** The answers to {@code run} (every mutation {@link #fits}, none handled before), in order. */
  List<MutationResult> apply(
      Connection c,
      Author author,
      VersionCounter versions,
      List<Mutation> run,
      Rejecter rejecter,
      OneByOne oneByOne)
      throws SQLException {
    MutationResult[] results = new MutationResult[run.size()];
    StockMovement[] lines = new StockMovement[run.size()];
    for (int i = 0; i < run.size(); i++) {
      Mutation mutation = run.get(i);
      try {
        MutationApplier.authorise(author, mutation);
        lines[i] = (StockMovement) MutationApplier.created(table, mutation, mutation.values());
      } catch (Rejection rejection) {
        results[i] = rejecter.reject(mutation, rejection);
      }
    }
    Set<UUID> ids = new LinkedHashSet<>();
    Set<UUID> itemIds = new LinkedHashSet<>();
    for (StockMovement line : lines) {
      if (line != null) {
        ids.add(line.id());
        itemIds.add(line.itemId());
      }
    }
    Set<UUID> known = known(c, ids);
    Map<UUID, String> units = units(c, itemIds);

    List<Integer> accepted = new ArrayList<>();
    List<StockMovement> rows = new ArrayList<>();
    List<Long> rowVersions = new ArrayList<>();
    Set<UUID> inserted = new HashSet<>();
    for (int i = 0; i < run.size(); i++) {
      StockMovement line = lines[i];
      if (line == null) {
        continue;
      }
      Mutation mutation = run.get(i);
      // The same create sent twice (a doubled send, a scan retried under a new mutation id).
      if (known.contains(line.id()) || inserted.contains(line.id())) {
        results[i] = new MutationResult.Applied(mutation.mutationId(), true, 0);
        continue;
      }
      try {
        MutationApplier.checkUnit(line, Optional.ofNullable(units.get(line.itemId())));
      } catch (Rejection rejection) {
        results[i] = rejecter.reject(mutation, rejection);
        continue;
      }
      inserted.add(line.id());
      accepted.add(i);
      rows.add(line);
      rowVersions.add(versions.next());
    }
    if (accepted.isEmpty()) {
      return Arrays.asList(results);
    }
    Savepoint savepoint = c.setSavepoint();
    try {
      table.insertAll(c, author.orgId(), rows, rowVersions);
      addToBalances(c, author.orgId(), rows, rowVersions);
      c.releaseSavepoint(savepoint);
      for (int i : accepted) {
        results[i] = new MutationResult.Applied(run.get(i).mutationId(), false, 0);
      }
    } catch (SQLException e) {
      if (!integrity(e)) {
        throw e;
      }
      c.rollback(savepoint);
      // Every mutation that was not refused on its own goes again, alone: the clashing one is
      // rejected, and one answered "already here" because of it is tried for real.
      for (int i = 0; i < run.size(); i++) {
        if (!(results[i] instanceof MutationResult.Rejected)) {
          results[i] = oneByOne.apply(run.get(i));
        }
      }
    }
    return Arrays.asList(results);
  }

  /** Which of {@code ids} the organisation has as lines or as tombstones. */
  private static Set<UUID> known(Connection c, Set<UUID> ids) throws SQLException {
    if (ids.isEmpty()) {
      return Set.of();
    }
    UUID[] array = ids.toArray(UUID[]::new);
    try (PreparedStatement query =
        c.prepareStatement(
            "select id from stock_movement where id = any(?)"
                + " union all select id from tombstone where entity = ? and id = any(?)")) {
      query.setArray(1, c.createArrayOf("uuid", array));
      query.setString(2, EntityType.STOCK_MOVEMENT.wireName());
      query.setArray(3, c.createArrayOf("uuid", array));
      Set<UUID> known = new HashSet<>();
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          known.add(rows.getObject(1, UUID.class));
        }
      }
      return known;
    }
  }

  /** The unit of each of {@code itemIds} the server has. */
  private static Map<UUID, String> units(Connection c, Set<UUID> itemIds) throws SQLException {
    Map<UUID, String> units = new HashMap<>();
    if (itemIds.isEmpty()) {
      return units;
    }
    for (Map.Entry<UUID, String> unit :
        Sql.list(
            c,
            "select id, unit from item where id = any(?)",
            row -> Map.entry(row.getObject(1, UUID.class), row.getString(2)),
            c.createArrayOf("uuid", itemIds.toArray(UUID[]::new)))) {
      units.put(unit.getKey(), unit.getValue());
    }
    return units;
  }

  /** Each item's balance moved once by the sum of its lines, at the version of its last one. */
  private static void addToBalances(
      Connection c, UUID orgId, List<StockMovement> rows, List<Long> rowVersions)
      throws SQLException {
    Map<UUID, BigDecimal> sums = new LinkedHashMap<>();
    Map<UUID, Long> last = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      StockMovement line = rows.get(i);
      sums.merge(line.itemId(), line.quantity(), BigDecimal::add);
      last.merge(line.itemId(), rowVersions.get(i), Math::max);
    }
    try (PreparedStatement balance = c.prepareStatement(MutationApplier.ADD_TO_BALANCE)) {
      for (Map.Entry<UUID, BigDecimal> sum : sums.entrySet()) {
        balance.setObject(1, sum.getKey());
        balance.setObject(2, orgId);
        balance.setBigDecimal(3, sum.getValue());
        balance.setLong(4, last.get(sum.getKey()));
        balance.addBatch();
      }
      balance.executeBatch();
    }
  }

  private static boolean integrity(SQLException e) {
    Throwable t = e;
    while (t != null) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(INTEGRITY_CLASS)) {
        return true;
      }
      t =
          t instanceof SQLException sql && sql.getNextException() != null
              ? sql.getNextException()
              : t.getCause();
    }
    return false;
  }
}
