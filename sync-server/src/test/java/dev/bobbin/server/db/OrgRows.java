package dev.bobbin.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the schema to find every org-scoped table and makes a plausible row for any of them, so
 * that the isolation tests cover tables added by later migrations without being edited.
 */
final class OrgRows {
  private record Column(String name, String type, boolean nullable, boolean hasDefault) {}

  private final Map<String, List<Column>> columns = new HashMap<>();
  // table -> column -> referenced table
  private final Map<String, Map<String, String>> foreignKeys = new HashMap<>();
  private final List<String> orgTables;

  OrgRows(Connection c) throws SQLException {
    try (PreparedStatement query =
            c.prepareStatement(
                "select c.table_name, c.column_name, c.data_type, c.is_nullable = 'YES',"
                    + " c.column_default is not null or c.is_identity = 'YES'"
                    + " from information_schema.columns c join information_schema.tables t"
                    + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                    + " where c.table_schema = 'public' and t.table_type = 'BASE TABLE'"
                    + " order by c.ordinal_position");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        columns
            .computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
            .add(
                new Column(
                    rows.getString(2), rows.getString(3), rows.getBoolean(4), rows.getBoolean(5)));
      }
    }
    try (PreparedStatement query =
            c.prepareStatement(
                "select cl.relname, a.attname, ref.relname from pg_constraint k"
                    + " join pg_class cl on cl.oid = k.conrelid"
                    + " join pg_class ref on ref.oid = k.confrelid"
                    + " join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]"
                    + " where k.contype = 'f'");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        foreignKeys
            .computeIfAbsent(rows.getString(1), t -> new HashMap<>())
            .put(rows.getString(2), rows.getString(3));
      }
    }
    List<String> tables = new ArrayList<>();
    tables.add("organisation");
    columns.forEach(
        (table, cols) -> {
          if (!table.equals("user_email_directory")
              && cols.stream().anyMatch(col -> col.name().equals("org_id"))) {
            tables.add(table);
          }
        });
    this.orgTables = dependencyOrder(tables);
  }

  /** Every table whose rows belong to one organisation, parents before children. */
  List<String> orgTables() {
    return orgTables;
  }

  /** The column holding a row's organisation. */
  static String orgColumn(String table) {
    return table.equals("organisation") ? "id" : "org_id";
  }

  /** Gives {@code orgId} at least one row in every org table (run as a superuser). */
  void fill(Connection owner, UUID orgId) throws SQLException {
    for (String table : orgTables) {
      if (table.equals("organisation") || count(owner, table, orgId) > 0) {
        continue;
      }
      insert(owner, table, orgId, parentsOf(owner, table, orgId));
    }
  }

  /** For each foreign key of {@code table}, the id of a row of {@code orgId} it may point to. */
  Map<String, Object> parentsOf(Connection owner, String table, UUID orgId) throws SQLException {
    Map<String, Object> parents = new HashMap<>();
    for (Map.Entry<String, String> fk : foreignKeys.getOrDefault(table, Map.of()).entrySet()) {
      String parent = fk.getValue();
      String sql =
          parent.equals("organisation")
              ? "select id from organisation where id = ?"
              : "select " + keyOf(parent) + " from " + parent + " where org_id = ? limit 1";
      try (PreparedStatement query = owner.prepareStatement(sql)) {
        query.setObject(1, orgId);
        try (ResultSet row = query.executeQuery()) {
          if (row.next()) {
            parents.put(fk.getKey(), row.getObject(1));
          }
        }
      }
    }
    return parents;
  }

  /** Inserts one row of {@code orgId} into {@code table}; may be refused by row-level security. */
  void insert(Connection c, String table, UUID orgId, Map<String, Object> parents)
      throws SQLException {
    List<String> names = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (Column column : columns.get(table)) {
      Object value;
      if (column.name().equals(orgColumn(table))) {
        value = orgId;
      } else if (parents.containsKey(column.name())) {
        value = parents.get(column.name());
      } else if (column.nullable() || column.hasDefault()) {
        continue;
      } else {
        value = sample(table, column);
      }
      names.add(column.name());
      values.add(value);
    }
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", names)
            + ") values ("
            + String.join(", ", names.stream().map(n -> "?").toList())
            + ")";
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        insert.setObject(i + 1, values.get(i));
      }
      insert.execute();
    }
  }

  static long count(Connection c, String table, UUID orgId) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "select count(*) from " + table + " where " + orgColumn(table) + " = ?")) {
      query.setObject(1, orgId);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private String keyOf(String table) {
    return columns.get(table).stream().anyMatch(c -> c.name().equals("id")) ? "id" : "org_id";
  }

  private static Object sample(String table, Column column) {
    if (table.equals("api_key") && column.name().equals("scope")) {
      return "READ";
    }
    if (table.equals("invoice_payment") && column.name().equals("source")) {
      return "manual";
    }
    return switch (column.type()) {
      case "uuid" -> UUID.randomUUID();
      case "text" -> "sample " + column.name();
      case "character" -> "EUR";
      case "numeric", "integer", "bigint" -> 1;
      case "boolean" -> false;
      case "date" -> java.time.LocalDate.of(2026, 11, 25);
      case "timestamp with time zone" -> java.time.OffsetDateTime.parse("2026-11-25T09:00:00Z");
      case "bytea" ->
          UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      case "jsonb" -> "{}";
      default ->
          throw new IllegalStateException(
              "No sample value for " + table + "." + column.name() + " of type " + column.type());
    };
  }

  private List<String> dependencyOrder(List<String> tables) {
    Set<String> ordered = new LinkedHashSet<>();
    while (ordered.size() < tables.size()) {
      int before = ordered.size();
      for (String table : tables) {
        boolean parentsDone =
            foreignKeys.getOrDefault(table, Map.of()).values().stream()
                .allMatch(parent -> parent.equals(table) || ordered.contains(parent));
        if (!ordered.contains(table) && parentsDone) {
          ordered.add(table);
        }
      }
      if (ordered.size() == before) {
        throw new IllegalStateException("Foreign keys form a cycle among " + tables);
      }
    }
    return List.copyOf(ordered);
  }
}
