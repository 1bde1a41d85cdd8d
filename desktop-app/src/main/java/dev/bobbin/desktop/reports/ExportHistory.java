package dev.bobbin.desktop.reports;

import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.model.common.Ids;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** The local list of exports (table {@code export_history}): kept on this device, never synced. */
public final class ExportHistory {
  private final LocalStore store;

  public ExportHistory(LocalStore store) {
    this.store = store;
  }

  /** Remembers {@code export}; {@code userId} is null when nobody was signed in. */
  void record(ExportRecord export, UUID userId) {
    store.runInTransaction(
        s ->
            s.doWork(
                c -> {
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "INSERT INTO export_history (id, report, parameters, row_count, file,"
                              + " exported_at, user_id, user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setObject(1, Ids.newId());
                    ps.setString(2, export.report());
                    ps.setString(3, encode(export.parameters()));
                    ps.setLong(4, export.rows());
                    ps.setString(5, export.file());
                    ps.setObject(6, export.at().atOffset(ZoneOffset.UTC));
                    ps.setObject(7, userId);
                    ps.setString(8, export.who());
                    ps.executeUpdate();
                  }
                }));
  }

  /** The latest {@code limit} exports, newest first. */
  public List<ExportRecord> recent(int limit) {
    return store.inTransaction(
        s ->
            s.doReturningWork(
                c -> {
                  List<ExportRecord> list = new ArrayList<>();
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT report, parameters, row_count, file, exported_at, user_name"
                              + " FROM export_history ORDER BY exported_at DESC, id LIMIT ?")) {
                    ps.setInt(1, limit);
                    try (ResultSet rs = ps.executeQuery()) {
                      while (rs.next()) {
                        String who = rs.getString(6);
                        list.add(
                            new ExportRecord(
                                rs.getString(1),
                                decode(rs.getString(2)),
                                rs.getLong(3),
                                rs.getString(4),
                                rs.getObject(5, OffsetDateTime.class).toInstant(),
                                who == null ? "" : who));
                      }
                    }
                  }
                  return list;
                }));
  }

  /** Parameters as a query string, sorted by name: {@code from=2026-11-01&to=2026-11-25}. */
  static String encode(Map<String, String> parameters) {
    return new TreeMap<>(parameters)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  static Map<String, String> decode(String text) {
    Map<String, String> map = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return map;
    }
    for (String pair : text.split("&", -1)) {
      int eq = pair.indexOf('=');
      map.put(
          pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return map;
  }
}
