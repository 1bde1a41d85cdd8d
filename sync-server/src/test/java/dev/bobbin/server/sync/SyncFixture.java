package dev.bobbin.server.sync;

import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One server shared by a test class, with an organisation and users of each role. */
final class SyncFixture implements AutoCloseable {
  final TestServer test = new TestServer();
  final TestServer.Session admin;
  final TestServer.Session manager;
  final TestServer.Session floor;

  SyncFixture(String organisation) throws Exception {
    admin =
        test.bootstrap(
            organisation,
            "admin@" + organisation.toLowerCase(java.util.Locale.ROOT) + ".example.com");
    manager = test.createUser(admin, Role.MANAGER);
    floor = test.createUser(admin, Role.FLOOR);
  }

  SyncHttp device(TestServer.Session session) {
    return new SyncHttp(test.http, session);
  }

  long count(String sql, Object... params) throws SQLException {
    try (Connection owner = test.ownerConnection();
        PreparedStatement query = owner.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        query.setObject(i + 1, params[i]);
      }
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  static Map<String, Object> customer(UUID id, String name) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", id.toString());
    values.put("name", name);
    return values;
  }

  static Map<String, Object> order(UUID id, String number, String status) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", id.toString());
    values.put("number", number);
    values.put("designId", UUID.randomUUID().toString());
    values.put("workflowTemplateId", UUID.randomUUID().toString());
    values.put("quantity", 10);
    values.put("dueDate", "2026-12-24");
    values.put("priority", "NORMAL");
    values.put("status", status);
    return values;
  }

  static Map<String, Object> stage(UUID id, UUID orderId, String status) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", id.toString());
    values.put("orderId", orderId.toString());
    values.put("sequence", 0);
    values.put("name", "Cutting");
    values.put("consumesMaterials", false);
    values.put("status", status);
    values.put("quantityDone", 0);
    values.put("quantityRejected", 0);
    return values;
  }

  @Override
  public void close() throws java.io.IOException {
    test.close();
  }
}
