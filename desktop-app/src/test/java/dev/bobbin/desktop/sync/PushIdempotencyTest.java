package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariant 2 from the device's side: a push whose answer was lost is re-sent and counts once. */
class PushIdempotencyTest {
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
  void theSameBatchResentAfterALostResponseAppliesOnce(@TempDir Path a, @TempDir Path b) {
    AtomicInteger pushesToLose = new AtomicInteger(1);
    OkHttpClient losing =
        SyncClient.defaultHttp()
            .newBuilder()
            .addInterceptor(
                chain -> {
                  Response response = chain.proceed(chain.request());
                  if (chain.request().url().encodedPath().endsWith("/sync/push")
                      && pushesToLose.getAndDecrement() > 0) {
                    response.close();
                    throw new IOException("connection reset after the server answered");
                  }
                  return response;
                })
            .build();
    try (TestDevice device =
            new TestDevice(
                a,
                server.uri(),
                DemoSignIn.DEMO_ADMIN_EMAIL,
                SyncEngine.Settings.defaults().withoutLiveSocket(),
                losing,
                dev.bobbin.model.sync.ProtocolVersion.CURRENT);
        TestDevice other = TestDevice.admin(b, server.uri())) {
      Item item = device.data.items().create(TestData.item("IDEM-1", Unit.PCS));
      device
          .data
          .inventory()
          .recordNew(item.id(), new BigDecimal("7"), MovementReason.RECEIVE, null, null);

      assertThatThrownBy(device::sync).isInstanceOf(SyncException.Failed.class);
      assertThat(device.data.outbox().pendingCount()).isEqualTo(2);
      device.sync();
      other.sync();

      assertThat(device.data.outbox().isEmpty()).isTrue();
      assertThat(other.data.movements().forItem(item.id())).hasSize(1);
      assertThat(other.data.inventory().onHand(item.id())).isEqualByComparingTo("7");
      assertThat(device.data.inventory().onHand(item.id())).isEqualByComparingTo("7");
    }
  }
}
