package dev.bobbin.server.db;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.util.PGobject;

/** A row as a column → value map, for exports that show whatever the tables hold. */
public final class Rows {
  private Rows() {}

  public static Map<String, Object> toMap(ResultSet row) throws SQLException {
    ResultSetMetaData meta = row.getMetaData();
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      Object value = row.getObject(i);
      if (value instanceof java.sql.Timestamp) {
        value = row.getObject(i, OffsetDateTime.class);
      } else if (value instanceof PGobject json) {
        value = json.getValue();
      } else if (value instanceof byte[]) {
        // Hashes of secrets: nothing a person can use, and nothing to hand out.
        continue;
      }
      values.put(meta.getColumnLabel(i), value);
    }
    return values;
  }
}
