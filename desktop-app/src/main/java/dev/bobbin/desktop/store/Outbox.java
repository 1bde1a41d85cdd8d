package dev.bobbin.desktop.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.MutationKind;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.Transaction;

/**
 * The local outbox: one entry per change, written in the change's own transaction (invariant 1,
 * "local first"). Only the repositories write here; the sync client reads, pushes and removes.
 *
 * <p>Writers take the single row of {@code outbox_writer} first and keep it until they commit, so
 * mutation ids are handed out in commit order: a push can never see mutation 6 committed while 5 is
 * still open and later skip 5 as "already applied".
 */
public final class Outbox {
  private static final String INSERT =
      "INSERT INTO outbox (entity, entity_id, kind, payload, created_at, user_id)"
          + " VALUES (?, ?, ?, ?, ?, ?)";
  private static final String SELECT =
      "SELECT mutation_id, entity, entity_id, kind, payload, created_at, user_id, attempts,"
          + " last_error, status FROM outbox ";

  private final LocalStore store;
  private final CurrentUser user;
  private final Clock clock;
  private final ObjectMapper mapper = StoreJson.newMapper();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  // Transactions that will notify on commit: once each, however many entries they write.
  private final Set<Transaction> notified =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  public Outbox(LocalStore store, CurrentUser user, Clock clock) {
    this.store = store;
    this.user = user;
    this.clock = clock;
  }

  /**
   * Calls {@code listener} after each commit that wrote entries (on the committing thread); the
   * sync engine uses it to push soon after a local change.
   */
  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public void removeListener(Runnable listener) {
    listeners.remove(listener);
  }

  /** Writes one entry in {@code session}'s transaction; {@code payload} is serialised to JSON. */
  public void record(
      Session session, EntityType entity, UUID entityId, MutationKind kind, Object payload) {
    String json = json(payload);
    notifyAfterCommit(session);
    session.doWork(
        c -> {
          lockWriter(c);
          try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bind(ps, entity, entityId, kind, json);
            ps.executeUpdate();
          }
        });
  }

  /** Writes one entry per payload with JDBC batches: the bulk form of {@link #record}. */
  public <T> void recordAll(
      Session session,
      EntityType entity,
      MutationKind kind,
      List<T> payloads,
      Function<T, UUID> idOf) {
    List<String> jsons = payloads.stream().map(this::json).toList();
    notifyAfterCommit(session);
    session.doWork(
        c -> {
          lockWriter(c);
          try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (int i = 0; i < payloads.size(); i++) {
              bind(ps, entity, idOf.apply(payloads.get(i)), kind, jsons.get(i));
              ps.addBatch();
              if (i % 1000 == 999) {
                ps.executeBatch();
              }
            }
            ps.executeBatch();
          }
        });
  }

  // The queries below order by (status, mutation_id), which is mutation order since the status is
  // fixed, because that is the outbox_status index: H2 then reads the first rows in index order and
  // stops, instead of sorting every pending entry (0.7 s per batch with 100,000 waiting).

  /** The oldest pending entries first, at most {@code limit}. */
  public List<OutboxEntry> pending(int limit) {
    return query(
        SELECT + "WHERE status = 'PENDING' ORDER BY status, mutation_id FETCH FIRST ? ROWS ONLY",
        ps -> ps.setInt(1, limit));
  }

  /**
   * The oldest pending entries that may be pushed now, at most {@code limit}: entries of a record
   * with a set-aside entry wait behind it, every other record's entries flow (invariant 8).
   */
  public List<OutboxEntry> pushable(int limit) {
    return query(
        SELECT
            + "WHERE status = 'PENDING' AND entity_id NOT IN"
            + " (SELECT entity_id FROM outbox WHERE status = 'SET_ASIDE')"
            + " ORDER BY status, mutation_id FETCH FIRST ? ROWS ONLY",
        ps -> ps.setInt(1, limit));
  }

  /** Every entry, pending or set aside, oldest first: the outbox view. */
  public List<OutboxEntry> all() {
    return query(SELECT + "ORDER BY mutation_id", ps -> {});
  }

  /** Removes entries the server has answered, in the caller's transaction (or one of its own). */
  public void remove(Collection<Long> mutationIds) {
    if (mutationIds.isEmpty()) {
      return;
    }
    update("DELETE FROM outbox WHERE mutation_id = ?", mutationIds, (ps, id) -> ps.setLong(1, id));
  }

  /**
   * Counts a failed attempt to push an entry (a 5xx or a timeout, not a rejection); after {@code
   * maxAttempts} the entry is set aside.
   *
   * @return whether the entry is now set aside
   */
  public boolean recordFailure(long mutationId, String error, int maxAttempts) {
    String reason = error.length() > 4000 ? error.substring(0, 4000) : error;
    update(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?,"
            + " status = CASE WHEN attempts + 1 >= ? THEN 'SET_ASIDE' ELSE status END"
            + " WHERE mutation_id = ?",
        List.of(mutationId),
        (ps, id) -> {
          ps.setString(1, reason);
          ps.setInt(2, maxAttempts);
          ps.setLong(3, id);
        });
    return query(SELECT + "WHERE mutation_id = ?", ps -> ps.setLong(1, mutationId)).stream()
        .anyMatch(e -> e.status() == OutboxStatus.SET_ASIDE);
  }

  /**
   * Puts every set-aside entry back in line, with a fresh count of attempts. They and the entries
   * of their records that waited behind them get new mutation ids, after every other entry: the
   * server has since acknowledged higher ids of this device, so the old ids would read as "already
   * applied" (its idempotency is a high-water mark per device). Re-sending a change the server may
   * have applied before is harmless: creates and deletes are matched by record id, and an update
   * that is already there changes nothing.
   */
  public void retrySetAside() {
    store.runInTransaction(
        s ->
            s.doWork(
                c -> {
                  lockWriter(c);
                  try (PreparedStatement copy =
                          c.prepareStatement(
                              "INSERT INTO outbox (entity, entity_id, kind, payload, created_at,"
                                  + " user_id) SELECT entity, entity_id, kind, payload, created_at,"
                                  + " user_id FROM outbox WHERE mutation_id = ?");
                      PreparedStatement drop =
                          c.prepareStatement("DELETE FROM outbox WHERE mutation_id = ?");
                      PreparedStatement blocked =
                          c.prepareStatement(
                              "SELECT mutation_id FROM outbox WHERE entity_id IN (SELECT entity_id"
                                  + " FROM outbox WHERE status = 'SET_ASIDE') ORDER BY mutation_id");
                      ResultSet rs = blocked.executeQuery()) {
                    while (rs.next()) {
                      long id = rs.getLong(1);
                      copy.setLong(1, id);
                      copy.executeUpdate();
                      drop.setLong(1, id);
                      drop.executeUpdate();
                    }
                  }
                }));
    listeners.forEach(Runnable::run);
  }

  public long setAsideCount() {
    return count("SELECT COUNT(*) FROM outbox WHERE status = 'SET_ASIDE'");
  }

  /** Whether any entry waits at all (pending or set aside). */
  public boolean isEmpty() {
    return count("SELECT COUNT(*) FROM outbox") == 0;
  }

  /** Every entry about one record, oldest first. */
  public List<OutboxEntry> entriesFor(UUID entityId) {
    return query(
        SELECT + "WHERE entity_id = ? ORDER BY mutation_id", ps -> ps.setObject(1, entityId));
  }

  public long pendingCount() {
    return count("SELECT COUNT(*) FROM outbox WHERE status = 'PENDING'");
  }

  private long count(String sql) {
    return store.inTransaction(
        s ->
            s.doReturningWork(
                c -> {
                  try (PreparedStatement ps = c.prepareStatement(sql);
                      ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                  }
                }));
  }

  private interface RowBinder<T> {
    void bind(PreparedStatement ps, T value) throws SQLException;
  }

  private <T> void update(String sql, Collection<T> values, RowBinder<T> binder) {
    store.runInTransaction(
        s ->
            s.doWork(
                c -> {
                  try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (T value : values) {
                      binder.bind(ps, value);
                      ps.addBatch();
                    }
                    ps.executeBatch();
                  }
                }));
  }

  private void notifyAfterCommit(Session session) {
    Transaction tx = session.getTransaction();
    if (listeners.isEmpty() || !notified.add(tx)) {
      return;
    }
    tx.registerSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            notified.remove(tx);
            if (status == Status.STATUS_COMMITTED) {
              listeners.forEach(Runnable::run);
            }
          }
        });
  }

  String json(Object payload) {
    try {
      return mapper.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new StoreException("Bobbin could not record a change: " + e.getOriginalMessage(), e);
    }
  }

  ObjectMapper mapper() {
    return mapper;
  }

  private void bind(
      PreparedStatement ps, EntityType entity, UUID entityId, MutationKind kind, String json)
      throws SQLException {
    ps.setString(1, entity.wireName());
    ps.setObject(2, entityId);
    ps.setString(3, kind.name());
    ps.setString(4, json);
    ps.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    ps.setObject(6, user.get().map(u -> u.id()).orElse(null));
  }

  private static void lockWriter(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT id FROM outbox_writer WHERE id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new StoreException("The outbox of this database is damaged (no writer row).");
      }
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private List<OutboxEntry> query(String sql, Binder binder) {
    return store.inTransaction(
        s ->
            s.doReturningWork(
                c -> {
                  try (PreparedStatement ps = c.prepareStatement(sql)) {
                    binder.bind(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                      List<OutboxEntry> entries = new ArrayList<>();
                      while (rs.next()) {
                        entries.add(read(rs));
                      }
                      return entries;
                    }
                  }
                }));
  }

  private static OutboxEntry read(ResultSet rs) throws SQLException {
    return new OutboxEntry(
        rs.getLong(1),
        entityType(rs.getString(2)),
        rs.getObject(3, UUID.class),
        MutationKind.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getObject(6, OffsetDateTime.class).toInstant(),
        rs.getObject(7, UUID.class),
        rs.getInt(8),
        rs.getString(9),
        OutboxStatus.valueOf(rs.getString(10)));
  }

  private static EntityType entityType(String wireName) {
    return Arrays.stream(EntityType.values())
        .filter(t -> t.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new StoreException("Unknown entity in the outbox: " + wireName));
  }
}
