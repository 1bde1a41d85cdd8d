package dev.bobbin.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.auth.Role;
import dev.bobbin.model.sync.Change;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.MutationResult;
import dev.bobbin.model.sync.PushResponse;
import dev.bobbin.server.TestServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushPullTest {
  private TestServer test;
  private TestServer.Session manager;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    TestServer.Session admin = test.bootstrap("Atelier", "admin@push.example.com");
    manager = test.createUser(admin, Role.MANAGER);
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  private SyncHttp device() {
    return new SyncHttp(test.http, manager);
  }

  @Test
  void pushAppliesEachMutationAndAnswersInOrder() throws Exception {
    SyncHttp device = device();
    UUID item = SyncHttp.newId();
    PushResponse response =
        device.push(
            device.create(EntityType.ITEM, item, SyncHttp.item(item, "LIN-1", "2.40")),
            device.update(EntityType.ITEM, item, "name", "Item LIN-1", "Linen, natural"),
            device.create(
                EntityType.STOCK_MOVEMENT,
                SyncHttp.newId(),
                SyncHttp.movement(item, "12.5", "RECEIVE", manager.userId())));

    assertThat(response.results()).hasSize(3).allMatch(SyncHttp::applied);
    assertThat(response.results())
        .extracting(MutationResult::mutationId)
        .containsExactly(1L, 2L, 3L);
    assertThat(response.lastAppliedMutationId()).isEqualTo(3);
    List<Change> changes = device.pullAll(0);
    Change itemChange = changes.stream().filter(c -> c.id().equals(item)).findFirst().orElseThrow();
    assertThat(itemChange.record()).containsEntry("name", "Linen, natural");
    assertThat(itemChange.record().get("unitCost"))
        .isEqualTo(Map.of("amount", new BigDecimal("2.4"), "currency", "USD"));
  }

  @Test
  void stockMovementsAddUpInTheCachedBalance() throws Exception {
    SyncHttp a = device();
    SyncHttp b = device();
    UUID item = SyncHttp.newId();
    a.push(a.create(EntityType.ITEM, item, SyncHttp.item(item, "THR-9", "0.05")));
    a.push(
        a.create(
            EntityType.STOCK_MOVEMENT,
            SyncHttp.newId(),
            SyncHttp.movement(item, "-5", "CONSUME", manager.userId())));
    b.push(
        b.create(
            EntityType.STOCK_MOVEMENT,
            SyncHttp.newId(),
            SyncHttp.movement(item, "-5", "CONSUME", manager.userId())));

    try (Connection owner = test.ownerConnection();
        Statement statement = owner.createStatement();
        ResultSet row =
            statement.executeQuery(
                "select on_hand from item_balance where item_id = '" + item + "'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getBigDecimal(1)).isEqualByComparingTo("-10");
    }
  }

  @Test
  void pullReturnsATombstoneForADeletedRecord() throws Exception {
    SyncHttp device = device();
    long cursor = device.pull(0, 2000).cursor();
    UUID customer = SyncHttp.newId();
    device.push(
        device.create(
            EntityType.CUSTOMER, customer, Map.of("id", customer.toString(), "name", "Aarong")),
        device.delete(EntityType.CUSTOMER, customer));

    List<Change> changes = device.pullAll(cursor);

    assertThat(changes)
        .filteredOn(c -> c.id().equals(customer))
        .singleElement()
        .satisfies(c -> assertThat(c.deleted()).isTrue());
  }
}
