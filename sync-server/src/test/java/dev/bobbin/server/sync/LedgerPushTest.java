package dev.bobbin.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.auth.Role;
import dev.bobbin.model.sync.Change;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.Mutation;
import dev.bobbin.model.sync.MutationResult;
import dev.bobbin.model.sync.PushResponse;
import dev.bobbin.server.TestServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Ledger lines pushed in a row are applied together (LedgerPush), and every one of them is answered
 * as it would be alone: duplicates, rejections and clashes included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerPushTest {
  private SyncFixture fixture;
  private TestServer.Session designer;
  private TestServer.Session otherAdmin;

  @BeforeAll
  void start() throws Exception {
    fixture = new SyncFixture("Ledger");
    designer = fixture.test.createUser(fixture.admin, Role.DESIGNER);
    otherAdmin = fixture.test.addOrganisation("LedgerB", "admin@ledgerb.example.com");
  }

  @AfterAll
  void stop() throws Exception {
    fixture.close();
  }

  private UUID pieceItem(SyncHttp device, String sku) throws Exception {
    UUID item = SyncHttp.newId();
    Map<String, Object> values = new java.util.LinkedHashMap<>(SyncHttp.item(item, sku, "1"));
    values.put("unit", "PCS");
    assertThat(device.push(device.create(EntityType.ITEM, item, values)).results())
        .allMatch(SyncHttp::applied);
    return item;
  }

  private Mutation line(SyncHttp device, UUID id, UUID item, String quantity, String reason) {
    return device.create(
        EntityType.STOCK_MOVEMENT,
        id,
        SyncHttp.movement(item, quantity, reason, device.session.userId()));
  }

  private static MutationResult.Applied applied(PushResponse response, int index) {
    assertThat(response.results().get(index)).isInstanceOf(MutationResult.Applied.class);
    return (MutationResult.Applied) response.results().get(index);
  }

  private static MutationResult.Rejected rejected(PushResponse response, int index) {
    assertThat(response.results().get(index)).isInstanceOf(MutationResult.Rejected.class);
    return (MutationResult.Rejected) response.results().get(index);
  }

  @Test
  void aRunOfLinesIsAnsweredLineByLineAsAlone() throws Exception {
    SyncHttp device = fixture.device(fixture.manager);
    UUID item = pieceItem(device, "LED-1");
    UUID earlier = SyncHttp.newId();
    device.push(line(device, earlier, item, "10", "RECEIVE"));
    long cursor = device.pull(0, 2000).cursor();
    UUID received = SyncHttp.newId();
    UUID unknownItem = SyncHttp.newId();
    UUID onUnknownItem = SyncHttp.newId();
    UUID consumed = SyncHttp.newId();
    List<Mutation> batch =
        List.of(
            line(device, received, item, "5", "RECEIVE"),
            line(device, earlier, item, "10", "RECEIVE"), // sent before: the same create
            line(device, received, item, "5", "RECEIVE"), // twice in this batch
            line(device, SyncHttp.newId(), item, "1.5", "RECEIVE"), // half a piece
            line(device, SyncHttp.newId(), item, "3", "CONSUME"), // consumption must be negative
            line(device, onUnknownItem, unknownItem, "7", "RECEIVE"), // item not here yet
            line(device, consumed, item, "-2", "CONSUME"));

    PushResponse response = device.push(batch.toArray(Mutation[]::new));

    assertThat(applied(response, 0).duplicate()).isFalse();
    assertThat(applied(response, 1).duplicate()).isTrue();
    assertThat(applied(response, 2).duplicate()).isTrue();
    assertThat(rejected(response, 3).code()).isEqualTo("validation");
    assertThat(rejected(response, 4).code()).isEqualTo("validation");
    assertThat(applied(response, 5).duplicate()).isFalse();
    assertThat(applied(response, 6).duplicate()).isFalse();
    assertThat(fixture.count("select count(*) from stock_movement where item_id = ?", item))
        .isEqualTo(3);
    assertThat(fixture.count("select on_hand::bigint from item_balance where item_id = ?", item))
        .isEqualTo(13);
    assertThat(
            fixture.count(
                "select on_hand::bigint from item_balance where item_id = ?", unknownItem))
        .isEqualTo(7);
    assertThat(
            fixture.count(
                "select count(*) from sync_rejection where client_id = ?", device.clientId))
        .isEqualTo(2);
    // Each new line has a version of its own, in push order, and pull brings them in that order.
    List<Change> pulled = device.pullAll(cursor);
    assertThat(pulled).extracting(Change::id).containsExactly(received, onUnknownItem, consumed);
    assertThat(pulled).extracting(Change::version).isSorted().doesNotHaveDuplicates();

    // The same push again: the same answers, nothing written.
    PushResponse again = device.push(batch.toArray(Mutation[]::new));

    assertThat(again.results().get(0))
        .isEqualTo(new MutationResult.Applied(batch.get(0).mutationId(), true, 0));
    assertThat(rejected(again, 3)).isEqualTo(rejected(response, 3));
    assertThat(rejected(again, 4)).isEqualTo(rejected(response, 4));
    assertThat(device.pullAll(cursor)).hasSize(3);
    assertThat(fixture.count("select on_hand::bigint from item_balance where item_id = ?", item))
        .isEqualTo(13);
  }

  @Test
  void linesOfSomeoneWithoutThePermissionAreForbiddenOneByOne() throws Exception {
    SyncHttp manager = fixture.device(fixture.manager);
    UUID item = pieceItem(manager, "LED-2");
    SyncHttp device = fixture.device(designer);

    PushResponse response =
        device.push(
            line(device, SyncHttp.newId(), item, "1", "RECEIVE"),
            line(device, SyncHttp.newId(), item, "-1", "CONSUME"));

    assertThat(rejected(response, 0).code()).isEqualTo("forbidden");
    assertThat(rejected(response, 1).code()).isEqualTo("forbidden");
    assertThat(fixture.count("select count(*) from stock_movement where item_id = ?", item))
        .isZero();
  }

  @Test
  void aLineIdAnotherOrganisationUsesIsRejectedAndTheOthersStillApply() throws Exception {
    SyncHttp other = fixture.device(otherAdmin);
    UUID otherItem = pieceItem(other, "LED-B");
    UUID taken = SyncHttp.newId();
    other.push(line(other, taken, otherItem, "1", "RECEIVE"));
    SyncHttp device = fixture.device(fixture.manager);
    UUID item = pieceItem(device, "LED-3");

    PushResponse response =
        device.push(
            line(device, SyncHttp.newId(), item, "4", "RECEIVE"),
            line(device, taken, item, "100", "RECEIVE"),
            line(device, SyncHttp.newId(), item, "-1", "CONSUME"));

    assertThat(applied(response, 0).duplicate()).isFalse();
    assertThat(rejected(response, 1).code()).isEqualTo("validation");
    assertThat(applied(response, 2).duplicate()).isFalse();
    assertThat(fixture.count("select count(*) from stock_movement where item_id = ?", item))
        .isEqualTo(2);
    assertThat(fixture.count("select on_hand::bigint from item_balance where item_id = ?", item))
        .isEqualTo(3);
    assertThat(
            fixture.count("select on_hand::bigint from item_balance where item_id = ?", otherItem))
        .isEqualTo(1);
  }
}
