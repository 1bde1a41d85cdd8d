package dev.bobbin.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Organisation isolation by row-level security, probed through the real request path: a route
 * guarded like every other (token → transaction of the caller's organisation) runs deliberately
 * unscoped SQL, with no {@code WHERE org_id = ?}, on every org-scoped table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityTest {
  private final AtomicReference<OrgRows> schema = new AtomicReference<>();
  private TestServer test;
  private TestServer.Session a;
  private TestServer.Session b;

  @BeforeAll
  void twoOrganisationsWithARowInEveryTable() throws Exception {
    test = new TestServer(security -> security, probes());
    a = test.bootstrap("Atelier A", "admin@a.example.com");
    b = test.addOrganisation("Atelier B", "admin@b.example.com");
    try (Connection owner = test.ownerConnection()) {
      OrgRows rows = new OrgRows(owner);
      schema.set(rows);
      rows.fill(owner, a.orgId());
      rows.fill(owner, b.orgId());
    }
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  @TestFactory
  Stream<DynamicTest> unscopedSelectOfEveryOrgTableReturnsOnlyTheCallersRows() {
    return tables()
        .map(
            table ->
                DynamicTest.dynamicTest(
                    table,
                    () -> {
                      JsonNode orgIds = probe("GET", table, "select", a);
                      assertThat(orgIds.size()).as("rows of A in %s", table).isPositive();
                      for (JsonNode id : orgIds) {
                        assertThat(id.asText()).isEqualTo(a.orgId().toString());
                      }
                      assertThat(ownerCount(table, b.orgId())).as("B has rows").isPositive();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> insertingARowWithAnotherOrganisationsIdIsRefused() {
    return tables()
        .map(
            table ->
                DynamicTest.dynamicTest(
                    table,
                    () -> {
                      JsonNode result = probe("POST", table, "insert-foreign", a);
                      assertThat(result.path("sqlState").asText())
                          .as("insert into %s with B's id", table)
                          .isEqualTo("42501");
                      assertThat(result.path("message").asText()).contains("row-level security");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> movingOwnRowsToAnotherOrganisationIsRefused() {
    return tables()
        .filter(table -> !table.equals("organisation"))
        .map(
            table ->
                DynamicTest.dynamicTest(
                    table,
                    () -> {
                      JsonNode result = probe("POST", table, "move-to-foreign", a);
                      assertThat(result.path("sqlState").asText())
                          .as("update %s set org_id = B", table)
                          .isIn("42501", "23503");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> anotherOrganisationsRowsCannotBeUpdatedOrDeleted() {
    return tables()
        .map(
            table ->
                DynamicTest.dynamicTest(
                    table,
                    () -> {
                      JsonNode result = probe("POST", table, "touch-foreign", a);
                      assertThat(result.path("updated").asText()).isIn("0", "denied");
                      assertThat(result.path("deleted").asText()).isIn("0", "denied");
                      assertThat(ownerCount(table, b.orgId())).isPositive();
                    }));
  }

  @Test
  void aTransactionWithNoOrganisationSeesNoOrgRowAtAll() throws SQLException {
    for (String table : schema.get().orgTables()) {
      long visible =
          test.server.database().transactions().withoutOrganisation(c -> countAll(c, table));
      assertThat(visible).as(table).isZero();
    }
  }

  @Test
  void everyOrgTableHasRowLevelSecurityEnabledAndForced() throws SQLException {
    try (Connection owner = test.ownerConnection();
        PreparedStatement query =
            owner.prepareStatement(
                "select relrowsecurity, relforcerowsecurity from pg_class where relname = ?")) {
      for (String table : schema.get().orgTables()) {
        query.setString(1, table);
        try (ResultSet row = query.executeQuery()) {
          assertThat(row.next()).isTrue();
          assertThat(row.getBoolean(1)).as("%s RLS enabled", table).isTrue();
          assertThat(row.getBoolean(2)).as("%s RLS forced", table).isTrue();
        }
      }
    }
  }

  @Test
  void theAppRoleCanNeitherUpdateNorDeleteTheAuditLog() throws SQLException {
    for (String sql : List.of("update audit_log set action = 'forged'", "delete from audit_log")) {
      String state = sqlStateOf(sql);
      assertThat(state).as(sql).isEqualTo("42501");
    }
  }

  @Test
  void theAppRoleCannotReadTheEmailDirectoryExceptThroughItsLookupFunction() throws SQLException {
    assertThat(sqlStateOf("select * from user_email_directory")).isEqualTo("42501");
    UUID found =
        test.server
            .database()
            .transactions()
            .withoutOrganisation(
                c -> {
                  try (PreparedStatement q = c.prepareStatement("select bobbin_org_of_email(?)")) {
                    q.setString(1, "ADMIN@b.example.com");
                    try (ResultSet row = q.executeQuery()) {
                      row.next();
                      return row.getObject(1, UUID.class);
                    }
                  }
                });
    assertThat(found).isEqualTo(b.orgId());
  }

  @Test
  void usersListedOverHttpAreOnlyTheCallersOrganisation() throws Exception {
    JsonNode users = test.body(test.http.get("/api/v1/admin/users", a.accessToken()));

    assertThat(users.path("users")).hasSize(1);
    assertThat(users.path("users").get(0).path("email").asText()).isEqualTo("admin@a.example.com");
  }

  private String sqlStateOf(String sql) throws SQLException {
    try (OrgTransaction tx = test.server.database().transactions().begin(a.orgId());
        Statement statement = tx.connection().createStatement()) {
      statement.execute(sql);
      return "none";
    } catch (SQLException e) {
      return e.getSQLState();
    }
  }

  private Stream<String> tables() {
    return schema.get().orgTables().stream();
  }

  private JsonNode probe(String method, String table, String action, TestServer.Session caller)
      throws Exception {
    String path = "/test/rls/" + table + "/" + action;
    TestHttp.Reply reply =
        method.equals("GET")
            ? test.http.get(path, caller.accessToken())
            : test.http.postJson(path, "{}", caller.accessToken());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return test.body(reply);
  }

  private long ownerCount(String table, UUID orgId) throws SQLException {
    try (Connection owner = test.ownerConnection()) {
      return OrgRows.count(owner, table, orgId);
    }
  }

  private static long countAll(Connection c, String table) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet row = statement.executeQuery("select count(*) from " + table)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Routes that run unscoped SQL on the request's own connection, guarded like all routes. */
  private List<Route> probes() {
    return List.of(
        Route.get("/test/rls/{table}/select", Access.ANY_PRINCIPAL, this::selectAll),
        Route.post("/test/rls/{table}/insert-foreign", Access.ANY_PRINCIPAL, this::insertForeign),
        Route.post("/test/rls/{table}/move-to-foreign", Access.ANY_PRINCIPAL, this::moveToForeign),
        Route.post("/test/rls/{table}/touch-foreign", Access.ANY_PRINCIPAL, this::touchForeign));
  }

  private String table(Context ctx) {
    String table = ctx.pathParam("table");
    if (!schema.get().orgTables().contains(table)) {
      throw new IllegalArgumentException("Not an org table: " + table);
    }
    return table;
  }

  private void selectAll(Context ctx) throws SQLException {
    String table = table(ctx);
    List<String> orgIds = new ArrayList<>();
    try (Statement statement = RequestContext.connection(ctx).createStatement();
        ResultSet rows = statement.executeQuery("select * from " + table)) {
      while (rows.next()) {
        orgIds.add(rows.getString(OrgRows.orgColumn(table)));
      }
    }
    ctx.json(orgIds);
  }

  private void insertForeign(Context ctx) throws SQLException {
    String table = table(ctx);
    Map<String, Object> parents;
    try (Connection owner = test.ownerConnection()) {
      parents = schema.get().parentsOf(owner, table, b.orgId());
    }
    ctx.json(failureOf(ctx, c -> schema.get().insert(c, table, b.orgId(), parents)));
  }

  private void moveToForeign(Context ctx) throws SQLException {
    String table = table(ctx);
    ctx.json(
        failureOf(
            ctx,
            c -> {
              try (PreparedStatement update =
                  c.prepareStatement("update " + table + " set org_id = ?")) {
                update.setObject(1, b.orgId());
                update.execute();
              }
            }));
  }

  private void touchForeign(Context ctx) throws SQLException {
    String table = table(ctx);
    String column = OrgRows.orgColumn(table);
    String update =
        "update " + table + " set " + column + " = " + column + " where " + column + " = ?";
    String delete = "delete from " + table + " where " + column + " = ?";
    ctx.json(
        Map.of(
            "updated", affected(RequestContext.connection(ctx), update),
            "deleted", affected(RequestContext.connection(ctx), delete)));
  }

  /** Rows {@code sql} changed for B's id, or "denied" if the role may not run it at all. */
  private String affected(Connection c, String sql) throws SQLException {
    try (Statement savepoint = c.createStatement()) {
      savepoint.execute("savepoint probe");
    }
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setObject(1, b.orgId());
      return Integer.toString(statement.executeUpdate());
    } catch (SQLException e) {
      if ("42501".equals(e.getSQLState())) {
        return "denied";
      }
      throw e;
    } finally {
      try (Statement rollback = c.createStatement()) {
        rollback.execute("rollback to savepoint probe");
      }
    }
  }

  @FunctionalInterface
  private interface SqlAction {
    void run(Connection c) throws SQLException;
  }

  /** Runs {@code action} in a savepoint of the request's transaction and reports its failure. */
  private static Map<String, String> failureOf(Context ctx, SqlAction action) throws SQLException {
    Connection c = RequestContext.connection(ctx);
    try (Statement savepoint = c.createStatement()) {
      savepoint.execute("savepoint probe");
    }
    try {
      action.run(c);
      return Map.of("sqlState", "none", "message", "");
    } catch (SQLException e) {
      return Map.of("sqlState", e.getSQLState(), "message", String.valueOf(e.getMessage()));
    } finally {
      try (Statement rollback = c.createStatement()) {
        rollback.execute("rollback to savepoint probe");
      }
    }
  }
}
