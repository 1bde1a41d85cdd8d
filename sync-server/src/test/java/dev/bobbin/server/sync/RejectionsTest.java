package dev.bobbin.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.MutationResult;
import dev.bobbin.model.sync.PushResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A refused mutation is answered with a code and a reason, and the rest of the batch goes on. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectionsTest {
  private SyncFixture fixture;

  @BeforeAll
  void start() throws Exception {
    fixture = new SyncFixture("Rejects");
  }

  @AfterAll
  void stop() throws Exception {
    fixture.close();
  }

  private static MutationResult.Rejected rejected(PushResponse response, int index) {
    assertThat(response.results().get(index)).isInstanceOf(MutationResult.Rejected.class);
    return (MutationResult.Rejected) response.results().get(index);
  }

  @Test
  void anInvalidRecordIsRejectedWithTheValidationReasonAndTheBatchGoesOn() throws Exception {
    SyncHttp device = fixture.device(fixture.manager);
    UUID bad = SyncHttp.newId();
    UUID good = SyncHttp.newId();

    PushResponse response =
        device.push(
            device.create(EntityType.ITEM, bad, SyncHttp.item(bad, "HAS SPACE", "1")),
            device.create(EntityType.CUSTOMER, good, SyncFixture.customer(good, "Fine")));

    assertThat(rejected(response, 0).code()).isEqualTo("validation");
    assertThat(rejected(response, 0).reason()).contains("sku").contains("spaces");
    assertThat(response.results().get(1)).isInstanceOf(MutationResult.Applied.class);
    assertThat(fixture.count("select count(*) from item where id = ?", bad)).isZero();
  }

  @Test
  void aFloorUsersPriceChangeIsForbidden() throws Exception {
    SyncHttp managerDevice = fixture.device(fixture.manager);
    UUID item = SyncHttp.newId();
    managerDevice.push(
        managerDevice.create(EntityType.ITEM, item, SyncHttp.item(item, "PRC-1", "3")));
    SyncHttp floorDevice = fixture.device(fixture.floor);

    PushResponse response =
        floorDevice.push(
            floorDevice.update(
                EntityType.ITEM,
                item,
                "unitCost",
                Map.of("amount", 3, "currency", "USD"),
                Map.of("amount", 1, "currency", "USD")),
            floorDevice.create(
                EntityType.STOCK_MOVEMENT,
                SyncHttp.newId(),
                SyncHttp.movement(item, "-1", "CONSUME", fixture.floor.userId())));

    assertThat(rejected(response, 0).code()).isEqualTo("forbidden");
    assertThat(rejected(response, 0).reason()).contains("edit prices");
    assertThat(response.results().get(1)).isInstanceOf(MutationResult.Applied.class);
    assertThat(fixture.count("select unit_cost::bigint from item where id = ?", item)).isEqualTo(3);
  }

  @Test
  void movingAStageOfACancelledOrderIsRejectedAsAnImpossibleTransition() throws Exception {
    SyncHttp device = fixture.device(fixture.manager);
    UUID order = SyncHttp.newId();
    UUID stage = SyncHttp.newId();
    device.push(
        device.create(
            EntityType.PRODUCTION_ORDER, order, SyncFixture.order(order, "PO-C1", "PLANNED")),
        device.create(
            EntityType.PRODUCTION_STAGE, stage, SyncFixture.stage(stage, order, "PENDING")),
        device.update(EntityType.PRODUCTION_ORDER, order, "status", "PLANNED", "CANCELLED"));
    SyncHttp floorDevice = fixture.device(fixture.floor);

    PushResponse response =
        floorDevice.push(
            floorDevice.update(
                EntityType.PRODUCTION_STAGE, stage, "status", "PENDING", "IN_PROGRESS"));

    assertThat(rejected(response, 0).code()).isEqualTo("transition");
    assertThat(rejected(response, 0).reason())
        .isEqualTo("The order is cancelled, so its stages cannot change.");
  }

  @Test
  void aStageMoveTheMachineDoesNotHaveIsRejected() throws Exception {
    SyncHttp device = fixture.device(fixture.manager);
    UUID order = SyncHttp.newId();
    UUID stage = SyncHttp.newId();
    device.push(
        device.create(
            EntityType.PRODUCTION_ORDER, order, SyncFixture.order(order, "PO-C2", "PLANNED")),
        device.create(
            EntityType.PRODUCTION_STAGE, stage, SyncFixture.stage(stage, order, "PENDING")));

    PushResponse response =
        device.push(device.update(EntityType.PRODUCTION_STAGE, stage, "status", "PENDING", "DONE"));

    assertThat(rejected(response, 0).code()).isEqualTo("transition");
    assertThat(rejected(response, 0).reason())
        .isEqualTo("A stage that is pending cannot become done.");
  }

  @Test
  void anEditOfARecordTheServerNeverHadIsRejectedAsNotFound() throws Exception {
    SyncHttp device = fixture.device(fixture.manager);

    PushResponse response =
        device.push(device.update(EntityType.CUSTOMER, UUID.randomUUID(), "name", "a", "b"));

    assertThat(rejected(response, 0).code()).isEqualTo("not-found");
  }

  @Test
  void aRejectionIsAnsweredAgainWordForWordWhenThePushIsRetried() throws Exception {
    SyncHttp device = fixture.device(fixture.manager);
    var mutation = device.update(EntityType.CUSTOMER, UUID.randomUUID(), "name", "a", "b");

    PushResponse first = device.push(mutation);
    PushResponse retry = device.push(mutation);

    assertThat(retry.results()).isEqualTo(first.results());
  }
}
