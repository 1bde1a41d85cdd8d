package dev.bobbin.desktop.store;

import dev.bobbin.model.common.DocumentNumbers;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
}
