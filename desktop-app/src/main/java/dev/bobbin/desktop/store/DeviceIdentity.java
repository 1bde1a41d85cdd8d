package dev.bobbin.desktop.store;

import dev.bobbin.model.common.DocumentNumbers;
import dev.bobbin.model.common.Ids;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;

/**
 * Who this installation is to the sync server: a client id (the {@code clientId} of every push) and
 * a short prefix for the document numbers it makes offline. Both are made on first open and kept in
 * {@code sync_state} for good.
 */
record DeviceIdentity(UUID clientId, String devicePrefix) {
  static final String CLIENT_ID = "client_id";
  static final String DEVICE_PREFIX = "device_prefix";

  private static final int PREFIX_LENGTH = 3;

  static DeviceIdentity loadOrCreate(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      String clientId = read(c, CLIENT_ID).orElse(null);
      if (clientId == null) {
        clientId = Ids.newId().toString();
        write(c, CLIENT_ID, clientId);
      }
      String prefix = read(c, DEVICE_PREFIX).orElse(null);
      if (prefix == null) {
        prefix = newPrefix(new SecureRandom());
        write(c, DEVICE_PREFIX, prefix);
      }
      c.commit();
      return new DeviceIdentity(UUID.fromString(clientId), prefix);
    } catch (SQLException e) {
      throw new StoreException("Bobbin cannot read its device identity: " + e.getMessage(), e);
    }
  }

  static String newPrefix(RandomGenerator random) {
    return DocumentNumbers.newDevicePrefix(random, PREFIX_LENGTH);
  }

  private static Optional<String> read(Connection c, String key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT state_value FROM sync_state WHERE state_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static void write(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO sync_state (state_key, state_value) VALUES (?, ?)")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }
}
