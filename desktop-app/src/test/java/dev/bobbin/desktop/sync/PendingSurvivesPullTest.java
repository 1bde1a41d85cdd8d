package dev.bobbin.desktop.sync;

import static dev.bobbin.desktop.sync.PushPullRoundTripTest.withNotes;
import static dev.bobbin.desktop.sync.PushPullRoundTripTest.withPhone;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.sync.ProtocolVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariant 4: a pull never erases local work the server has not acknowledged. */
class PendingSurvivesPullTest {
  static SyncServers.Running server;

  @BeforeAll
  static void startServer() {
    server = SyncServers.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @Test
  void aPendingEditStaysVisibleWhenAPullBringsTheSameRecord(@TempDir Path a, @TempDir Path b) {
    try (TestDevice offline = TestDevice.admin(a, server.uri());
        TestDevice online = TestDevice.admin(b, server.uri())) {
      Customer customer = online.data.customers().create(TestData.customer("Pending Ltd"));
      online.sync();
      offline.sync();

      offline.data.customers().update(customer, withNotes(customer, "Typed offline"));
      online.data.customers().update(customer, withPhone(customer, "+880 9"));
      online.sync();
      offline.engine.pullOnly();

      assertThat(offline.data.customers().findById(customer.id()))
          .contains(withNotes(withPhone(customer, "+880 9"), "Typed offline"));
      assertThat(offline.data.outbox().pendingCount()).isEqualTo(1);
      assertThat(offline.engine.status().synced()).isFalse();

      offline.sync();
      online.sync();
      assertThat(online.data.customers().findById(customer.id()))
          .contains(withNotes(withPhone(customer, "+880 9"), "Typed offline"));
    }
  }

  @Test
  void aPendingStockMovementCountsOnceWhenItsOwnLineArrivesByPull(
      @TempDir Path a, @TempDir Path b) {
    try (TestDevice device = TestDevice.admin(a, server.uri());
        TestDevice other = TestDevice.admin(b, server.uri())) {
      Item item = other.data.items().create(TestData.item("PEND-1", Unit.PCS));
      other.sync();
      device.sync();

      device
          .data
          .inventory()
          .recordNew(item.id(), new BigDecimal("-4"), MovementReason.CONSUME, null, null);
      other
          .data
          .inventory()
          .recordNew(item.id(), new BigDecimal("10"), MovementReason.RECEIVE, null, null);
      other.sync();
      device.engine.pullOnly();

      assertThat(device.data.inventory().onHand(item.id())).isEqualByComparingTo("6");
      device.sync();
      other.sync();
      assertThat(device.data.inventory().onHand(item.id())).isEqualByComparingTo("6");
      assertThat(other.data.inventory().onHand(item.id())).isEqualByComparingTo("6");
    }
  }

  @Test
  void anEditWhoseAnswerWasLostDoesNotHideALaterEditOfAnotherDevice(
      @TempDir Path a, @TempDir Path b) {
    AtomicBoolean loseNextPushAnswer = new AtomicBoolean();
    AtomicBoolean failNextPush = new AtomicBoolean();
    OkHttpClient flaky =
        SyncClient.defaultHttp()
            .newBuilder()
            .addInterceptor(
                chain -> {
                  boolean push = chain.request().url().encodedPath().endsWith("/sync/push");
                  if (push && failNextPush.getAndSet(false)) {
                    throw new IOException("the connection broke before the server got it");
                  }
                  Response response = chain.proceed(chain.request());
                  if (push && loseNextPushAnswer.getAndSet(false)) {
                    response.close();
                    throw new IOException("the answer was lost on the way back");
                  }
                  return response;
                })
            .build();
    try (TestDevice first =
            new TestDevice(
                a,
                server.uri(),
                DemoSignIn.DEMO_ADMIN_EMAIL,
                SyncEngine.Settings.defaults().withoutLiveSocket(),
                flaky,
                ProtocolVersion.CURRENT);
        TestDevice second = TestDevice.admin(b, server.uri())) {
      Customer customer = second.data.customers().create(TestData.customer("Lost Answer Ltd"));
      second.sync();
      first.sync();

      first.data.customers().update(customer, withPhone(customer, "+880 1"));
      loseNextPushAnswer.set(true);
      syncThroughABrokenConnection(first); // the server applied the edit; the device never heard
      second.sync();
      second.data.customers().update(withPhone(customer, "+880 1"), withPhone(customer, "+880 2"));
      second.sync();
      failNextPush.set(true);
      syncThroughABrokenConnection(first); // the pull brings the later edit; the push did not go

      first.sync();

      assertThat(first.data.outbox().pendingCount()).isZero();
      assertThat(first.data.customers().findById(customer.id()))
          .contains(withPhone(customer, "+880 2"));
    }
  }

  private static void syncThroughABrokenConnection(TestDevice device) {
    try {
      device.sync();
    } catch (SyncException e) {
      // expected: the push failed, the pull still ran
    }
  }
}
