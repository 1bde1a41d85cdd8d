package dev.bobbin.desktop.store;

import dev.bobbin.model.common.DocumentNumbers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hands out the numbers people read (e.g. {@code PO-K7M-0042}) without a round trip: this device's
 * prefix plus the next value of a per-kind counter in {@code document_sequence}.
 */
public final class DocumentNumberService {
  private static final Pattern KIND = Pattern.compile("[A-Z]{1,8}");

  private final LocalStore store;

  public DocumentNumberService(LocalStore store) {
    this.store = store;
  }

  /**
   * The next number of {@code kind} (e.g. {@code PO}), taken in the caller's transaction: if that
   * rolls back, the number is given out again.
   */
  public String next(String kind) {
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("A document kind is 1-8 capital letters, got " + kind);
    }
    long number =
        store.inTransaction(
            s ->
                s.doReturningWork(
                    c -> {
                      long next = 1;
                      // FOR UPDATE: two windows of work on this device never get the same number.
                      try (PreparedStatement ps =
                          c.prepareStatement(
                              "SELECT next_number FROM document_sequence WHERE kind = ? FOR UPDATE")) {
                        ps.setString(1, kind);
                        try (ResultSet rs = ps.executeQuery()) {
                          if (rs.next()) {
                            next = rs.getLong(1);
                          }
                        }
                      }
                      try (PreparedStatement ps =
                          c.prepareStatement(
                              "MERGE INTO document_sequence (kind, next_number) KEY (kind)"
                                  + " VALUES (?, ?)")) {
                        ps.setString(1, kind);
                        ps.setLong(2, next + 1);
                        ps.executeUpdate();
                      }
                      return next;
                    }));
    return DocumentNumbers.format(kind, store.devicePrefix(), number);
  }

  /**
   * Takes {@code prefix}, which the server gave this device because another device of the
   * organisation already holds the one it made up. The documents this device numbered under the old
   * prefix that have not reached the server yet are renumbered, with every mention of their numbers
   * (movement references, pending changes), in one transaction: {@code PO-ABC-0001} becomes {@code
   * PO-XYZ-0001}. Numbers of the other device that holds the old prefix stay as they are.
   */
  public void adopt(String prefix) {
    String old = store.devicePrefix();
    if (old.equals(prefix)) {
      return;
    }
    if (!DocumentNumbers.isDevicePrefix(prefix)) {
      throw new IllegalArgumentException("Not a device prefix: " + prefix);
    }
    Pattern number = Pattern.compile("\\b[A-Z]{1,8}-" + Pattern.quote(old) + "-\\d{4,}\\b");
    store.runInTransaction(
        s ->
            s.doWork(
                c -> {
                  Set<String> mine = unsentNumbers(c);
                  Function<String, String> renumber =
                      text ->
                          number
                              .matcher(text)
                              .replaceAll(
                                  m ->
                                      Matcher.quoteReplacement(
                                          mine.contains(m.group())
                                              ? m.group()
                                                  .replace("-" + old + "-", "-" + prefix + "-")
                                              : m.group()));
                  rename(c, "outbox", "mutation_id", "payload", old, renumber);
                  rename(c, "production_order", "id", "number", old, renumber);
                  rename(c, "quote", "id", "number", old, renumber);
                  rename(c, "stock_movement", "id", "reference", old, renumber);
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "UPDATE sync_state SET state_value = ? WHERE state_key = ?")) {
                    ps.setString(1, prefix);
                    ps.setString(2, DeviceIdentity.DEVICE_PREFIX);
                    ps.executeUpdate();
                  }
                }));
    store.devicePrefixChanged(prefix);
  }

  /** The numbers of documents made here whose creation has not been pushed yet. */
  private static Set<String> unsentNumbers(Connection c) throws SQLException {
    Set<String> numbers = new HashSet<>();
    for (String table : new String[] {"production_order", "quote"}) {
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT number FROM "
                      + table
                      + " WHERE number IS NOT NULL AND id IN"
                      + " (SELECT entity_id FROM outbox WHERE kind = 'CREATE')");
          ResultSet rows = ps.executeQuery()) {
        while (rows.next()) {
          numbers.add(rows.getString(1));
        }
      }
    }
    return numbers;
  }

  private static void rename(
      Connection c,
      String table,
      String key,
      String column,
      String old,
      Function<String, String> renumber)
      throws SQLException {
    try (PreparedStatement read =
            c.prepareStatement(
                "SELECT " + key + ", " + column + " FROM " + table + " WHERE " + column
                    + " LIKE ?");
        PreparedStatement write =
            c.prepareStatement(
                "UPDATE " + table + " SET " + column + " = ? WHERE " + key + " = ?");
        ResultSet rows = query(read, "%-" + old + "-%")) {
      while (rows.next()) {
        String text = rows.getString(2);
        String renamed = text == null ? null : renumber.apply(text);
        if (renamed != null && !renamed.equals(text)) {
          write.setString(1, renamed);
          write.setObject(2, rows.getObject(1));
          write.executeUpdate();
        }
      }
    }
  }

  private static ResultSet query(PreparedStatement ps, String like) throws SQLException {
    ps.setString(1, like);
    return ps.executeQuery();
  }
}
