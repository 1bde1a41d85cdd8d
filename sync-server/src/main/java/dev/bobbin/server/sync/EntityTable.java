package dev.bobbin.server.sync;

import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.sync.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One synced record type and its table (plus child tables for its lists of value records): reads
 * rows as wire maps and writes validated records as rows.
 */
final class EntityTable {
  private static final Logger log = LoggerFactory.getLogger(EntityTable.class);

  /** A list of value records kept in a child table, in list order. */
  record Child(String field, String table, String parentColumn, String orderColumn) {}

  private final EntityType entity;
  private final Class<? extends Record> type;
  private final List<Columns.Field> fields;
  private final Map<Child, List<Columns.Field>> children = new LinkedHashMap<>();
  private final RecordCodec codec;

  EntityTable(
      EntityType entity, Class<? extends Record> type, List<Child> childTables, RecordCodec codec) {
    this.entity = entity;
    this.type = type;
    this.codec = codec;
    Set<String> childFields = childTables.stream().map(Child::field).collect(Collectors.toSet());
    this.fields = Columns.of(type, childFields);
    for (Child child : childTables) {
      children.put(child, Columns.of(elementType(child), Set.of()));
    }
  }

  EntityType entity() {
    return entity;
  }

  Class<? extends Record> type() {
    return type;
  }

  String table() {
    return entity.wireName();
  }

  /** The validated record for wire values. */
  Record toRecord(Map<String, Object> values) {
    return codec.toRecord(type, values);
  }

  Optional<Map<String, Object>> find(Connection c, UUID id) throws SQLException {
    return Optional.ofNullable(load(c, List.of(id)).get(id));
  }

  /** The wire form of each of {@code ids} that exists. */
  Map<UUID, Map<String, Object>> load(Connection c, Collection<UUID> ids) throws SQLException {
    Map<UUID, Map<String, Object>> raw = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return raw;
    }
    UUID[] array = ids.toArray(UUID[]::new);
    try (PreparedStatement query =
        c.prepareStatement("select * from " + table() + " where id = any(?)")) {
      Columns.bind(c, query, List.of((Object) array));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          raw.put(rows.getObject("id", UUID.class), Columns.read(rows, fields));
        }
      }
    }
    for (Map.Entry<Child, List<Columns.Field>> child : children.entrySet()) {
      Map<UUID, List<Map<String, Object>>> lines = loadChildren(c, child.getKey(), child, array);
      for (Map.Entry<UUID, Map<String, Object>> row : raw.entrySet()) {
        row.getValue().put(child.getKey().field(), lines.getOrDefault(row.getKey(), List.of()));
      }
    }
    Map<UUID, Map<String, Object>> wire = new LinkedHashMap<>();
    for (Map.Entry<UUID, Map<String, Object>> row : raw.entrySet()) {
      wire.put(row.getKey(), wireForm(row.getValue()));
    }
    return wire;
  }

  void insert(Connection c, UUID orgId, Record record, long version) throws SQLException {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("org_id", orgId);
    columns.put("version", version);
    columns.putAll(Columns.values(record, fields));
    String names = String.join(", ", columns.keySet());
    String marks = columns.keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
    execute(
        c,
        "insert into " + table() + " (" + names + ") values (" + marks + ")",
        new ArrayList<>(columns.values()));
    writeChildren(c, orgId, record, version, false);
  }

  /**
   * Inserts many records of a table without child rows in one JDBC batch, each with its version:
   * the rows {@link #insert} would write one by one.
   */
  void insertAll(Connection c, UUID orgId, List<? extends Record> records, List<Long> versions)
      throws SQLException {
    if (!children.isEmpty()) {
      throw new IllegalStateException(table() + " has child rows; insert its records one by one");
    }
    if (records.isEmpty()) {
      return;
    }
    List<Map<String, Object>> rows = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      Map<String, Object> columns = new LinkedHashMap<>();
      columns.put("org_id", orgId);
      columns.put("version", versions.get(i));
      columns.putAll(Columns.values(records.get(i), fields));
      rows.add(columns);
    }
    // A non-null value of each column, to type the nulls of the others.
    Map<String, Object> examples = new HashMap<>();
    for (Map<String, Object> row : rows) {
      row.forEach(
          (column, value) -> {
            if (value != null) {
              examples.putIfAbsent(column, value);
            }
          });
    }
    PreparedStatement statement = null;
    List<String> names = List.of();
    try {
      for (Map<String, Object> row : rows) {
        // Same columns, same statement; a record that leaves some out (no money) starts another.
        if (statement == null || !names.equals(List.copyOf(row.keySet()))) {
          if (statement != null) {
            statement.executeBatch();
            statement.close();
          }
          names = List.copyOf(row.keySet());
          String marks = names.stream().map(k -> "?").collect(Collectors.joining(", "));
          statement =
              c.prepareStatement(
                  "insert into "
                      + table()
                      + " ("
                      + String.join(", ", names)
                      + ") values ("
                      + marks
                      + ")");
        }
        List<Object> typeOf = new ArrayList<>(names.size());
        for (String column : names) {
          typeOf.add(examples.get(column));
        }
        Columns.bindBatched(c, statement, new ArrayList<>(row.values()), typeOf);
        statement.addBatch();
      }
      statement.executeBatch();
    } finally {
      if (statement != null) {
        statement.close();
      }
    }
  }

  void update(Connection c, UUID orgId, Record record, long version) throws SQLException {
    Map<String, Object> columns = Columns.values(record, fields);
    UUID id = (UUID) columns.remove("id");
    String sets = columns.keySet().stream().map(k -> k + " = ?").collect(Collectors.joining(", "));
    List<Object> params = new ArrayList<>(columns.values());
    params.add(version);
    params.add(id);
    execute(
        c,
        "update " + table() + " set " + sets + ", version = ?, updated_at = now() where id = ?",
        params);
    writeChildren(c, orgId, record, version, true);
  }

  void delete(Connection c, UUID id) throws SQLException {
    execute(c, "delete from " + table() + " where id = ?", List.of(id));
  }

  private void writeChildren(Connection c, UUID orgId, Record record, long version, boolean replace)
      throws SQLException {
    UUID id = (UUID) Columns.component(record, "id");
    for (Map.Entry<Child, List<Columns.Field>> entry : children.entrySet()) {
      Child child = entry.getKey();
      if (replace) {
        execute(
            c,
            "delete from " + child.table() + " where " + child.parentColumn() + " = ?",
            List.of(id));
      }
      List<?> lines = (List<?>) Columns.component(record, child.field());
      for (int i = 0; i < lines.size(); i++) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("org_id", orgId);
        columns.put("version", version);
        columns.put(child.parentColumn(), id);
        columns.put(child.orderColumn(), i);
        columns.putAll(Columns.values((Record) lines.get(i), entry.getValue()));
        String names = String.join(", ", columns.keySet());
        String marks = columns.keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
        execute(
            c,
            "insert into " + child.table() + " (" + names + ") values (" + marks + ")",
            new ArrayList<>(columns.values()));
      }
    }
  }

  private static Map<UUID, List<Map<String, Object>>> loadChildren(
      Connection c, Child child, Map.Entry<Child, List<Columns.Field>> entry, UUID[] parents)
      throws SQLException {
    Map<UUID, List<Map<String, Object>>> lines = new HashMap<>();
    String sql =
        "select * from "
            + child.table()
            + " where "
            + child.parentColumn()
            + " = any(?) order by "
            + child.parentColumn()
            + ", "
            + child.orderColumn();
    try (PreparedStatement query = c.prepareStatement(sql)) {
      Columns.bind(c, query, List.of((Object) parents));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          lines
              .computeIfAbsent(
                  rows.getObject(child.parentColumn(), UUID.class), k -> new ArrayList<>())
              .add(Columns.read(rows, entry.getValue()));
        }
      }
    }
    return lines;
  }

  /**
   * The record's wire form, built through the shared record so that it is exactly what Jackson
   * writes. A stored row that no longer validates (rules tightened since it was written) is sent as
   * stored rather than hidden from devices.
   */
  private Map<String, Object> wireForm(Map<String, Object> raw) {
    try {
      return codec.toWire(codec.toRecord(type, raw));
    } catch (ValidationException e) {
      log.warn("Stored {} {} does not validate: {}", table(), raw.get("id"), e.getMessage());
      return codec.rawWire(raw);
    }
  }

  private Class<? extends Record> elementType(Child child) {
    for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals(child.field())) {
        @SuppressWarnings("unchecked")
        Class<? extends Record> element = (Class<? extends Record>) Columns.elementType(component);
        return element;
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " has no list " + child.field());
  }

  private static void execute(Connection c, String sql, List<Object> params) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      Columns.bind(c, statement, params);
      statement.executeUpdate();
    }
  }
}
