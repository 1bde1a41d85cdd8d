package dev.bobbin.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.Mutation;
import dev.bobbin.model.sync.MutationResult;
import dev.bobbin.model.sync.PullResponse;
import dev.bobbin.model.sync.PushResponse;
import dev.bobbin.server.TestHttp;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Invariant 2: a retried or duplicated push changes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushIdempotencyTest {
  private SyncFixture fixture;

  @BeforeAll
  void start() throws Exception {
    fixture = new SyncFixture("Idem");
  }

  @AfterAll
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void theSamePushSentTwiceAppliesOnce() throws Exception {
    SyncHttp device = fixture.device(fixture.manager);
    UUID item = SyncHttp.newId();
    List<Mutation> batch =
        List.of(
            device.create(EntityType.ITEM, item, SyncHttp.item(item, "IDEM-1", "1.00")),
            device.create(
                EntityType.STOCK_MOVEMENT,
                SyncHttp.newId(),
                SyncHttp.movement(item, "4", "RECEIVE", fixture.manager.userId())));

    PushResponse first = device.push(batch.toArray(Mutation[]::new));
    PushResponse second = device.push(batch.toArray(Mutation[]::new));

    assertThat(first.results()).allMatch(r -> !((MutationResult.Applied) r).duplicate());
    assertThat(second.results()).allMatch(r -> ((MutationResult.Applied) r).duplicate());
    assertThat(fixture.count("select count(*) from stock_movement where item_id = ?", item))
        .isEqualTo(1);
    assertThat(fixture.count("select on_hand::bigint from item_balance where item_id = ?", item))
        .isEqualTo(4);
  }

  @Test
  void aPushWhoseResponseWasLostIsReportedAsDuplicatesAndChangesNothing() throws Exception {
    SyncHttp device = fixture.device(fixture.manager);
    UUID customer = SyncHttp.newId();
    List<Mutation> batch =
        List.of(
            device.create(EntityType.CUSTOMER, customer, SyncFixture.customer(customer, "Lost")),
            device.update(EntityType.CUSTOMER, SyncHttp.newId(), "name", "a", "b"));
    TestHttp.Reply lost = device.pushReply(batch); // the device never reads this answer
    assertThat(lost.status()).isEqualTo(200);
    long cursorAfterFirst = device.pull(0, 2000).cursor();
    PullResponse beforeRetry = device.pull(0, 1);

    PushResponse retry = device.push(batch.toArray(Mutation[]::new));

    assertThat(retry.results().get(0))
        .isEqualTo(new MutationResult.Applied(batch.get(0).mutationId(), true, 0));
    assertThat(retry.results().get(1)).isInstanceOf(MutationResult.Rejected.class);
    assertThat(((MutationResult.Rejected) retry.results().get(1)).code()).isEqualTo("not-found");
    assertThat(retry.lastAppliedMutationId()).isEqualTo(batch.get(1).mutationId());
    assertThat(device.pull(0, 2000).cursor()).isEqualTo(cursorAfterFirst);
    assertThat(beforeRetry.lastAppliedMutationId()).isEqualTo(batch.get(1).mutationId());
    assertThat(fixture.count("select count(*) from customer where id = ?", customer)).isEqualTo(1);
  }
}
