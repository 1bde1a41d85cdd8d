package dev.bobbin.desktop.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The item and user columns of ledger lines, looked up by id the first time an id turns up and kept
 * for the rest of the report. H2 joining the item and user to each of a million ledger lines cost
 * four index lookups per line; a ledger has far fewer items and users than lines, so this reads
 * each of them once. A line whose item or user is not (yet) on this device gets empty cells, as the
 * left join gave.
 */
final class LedgerNames implements AutoCloseable {
  /** What the ledger shows of an item. */
  private record ItemColumns(String sku, String name, String category, String unit) {}

  private static final ItemColumns NO_ITEM = new ItemColumns(null, null, null, null);

  private final Connection connection;
  private final Map<String, ItemColumns> items = new HashMap<>();
  private final Map<String, Optional<String>> users = new HashMap<>();
  private PreparedStatement itemQuery;
  private PreparedStatement userQuery;

  /** Thrown out of a report's reader when a lookup fails; {@link #rethrow} unwraps it. */
  static final class LookupFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LookupFailure(SQLException cause) {
      super(cause);
    }

    SQLException rethrow() {
      return (SQLException) getCause();
    }
  }

  LedgerNames(Connection connection) {
    this.connection = connection;
  }

  /**
   * The ledger row {@code at, sku, name, category, reason, quantity, unit, counted_quantity,
   * reference, note, email, device_id} of a line read as {@code at, item_id, reason, quantity,
   * counted_quantity, reference, note, user_id, device_id}.
   *
   * @throws LookupFailure when the local store cannot be read
   */
  Object[] ledgerRow(Object[] line) {
    ItemColumns item = item((String) line[1]);
    return new Object[] {
      line[0],
      item.sku(),
      item.name(),
      item.category(),
      line[2],
      line[3],
      item.unit(),
      line[4],
      line[5],
      line[6],
      email((String) line[7]),
      line[8]
    };
  }

  private ItemColumns item(String id) {
    if (id == null) {
      return NO_ITEM;
    }
    ItemColumns known = items.get(id);
    if (known != null) {
      return known;
    }
    try {
      if (itemQuery == null) {
        itemQuery =
            connection.prepareStatement("SELECT sku, name, category, unit FROM item WHERE id = ?");
      }
      itemQuery.setObject(1, UUID.fromString(id));
      ItemColumns found = NO_ITEM;
      try (ResultSet rs = itemQuery.executeQuery()) {
        if (rs.next()) {
          found =
              new ItemColumns(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
        }
      }
      items.put(id, found);
      return found;
    } catch (SQLException e) {
      throw new LookupFailure(e);
    }
  }

  private String email(String id) {
    if (id == null) {
      return null;
    }
    Optional<String> known = users.get(id);
    if (known == null) {
      try {
        if (userQuery == null) {
          userQuery = connection.prepareStatement("SELECT email FROM app_user WHERE id = ?");
        }
        userQuery.setObject(1, UUID.fromString(id));
        try (ResultSet rs = userQuery.executeQuery()) {
          known = rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
        users.put(id, known);
      } catch (SQLException e) {
        throw new LookupFailure(e);
      }
    }
    return known.orElse(null);
  }

  @Override
  public void close() throws SQLException {
    try {
      if (itemQuery != null) {
        itemQuery.close();
      }
    } finally {
      if (userQuery != null) {
        userQuery.close();
      }
    }
  }
}
