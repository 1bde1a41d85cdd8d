package dev.bobbin.desktop.sync;

import static dev.bobbin.desktop.sync.PushPullRoundTripTest.withNotes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.desktop.store.OutboxEntry;
import dev.bobbin.desktop.store.OutboxStatus;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.customers.Customer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 8: a change the server keeps failing on (a 5xx, here for one record) is retried with
 * backoff, set aside after 8 attempts, and never blocks the changes behind it that do not touch the
 * same record.
 */
class PoisonPillTest {
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
  void aChangeThatKeepsFailingIsSetAsideAndTheOthersFlow(
      @TempDir Path a, @TempDir Path b, @TempDir Path export) throws Exception {
    Customer poison = TestData.customer("Poison Ltd");
    AtomicBoolean broken = new AtomicBoolean(true);
    // The server fails (500) on every push that carries this one record, as a server bug would.
    OkHttpClient failingOnOneRecord =
        SyncClient.defaultHttp()
            .newBuilder()
            .addInterceptor(
                chain -> {
                  Buffer body = new Buffer();
                  if (chain.request().body() != null) {
                    chain.request().body().writeTo(body);
                  }
                  if (broken.get() && body.readUtf8().contains(poison.id().toString())) {
                    return new Response.Builder()
                        .request(chain.request())
                        .protocol(Protocol.HTTP_1_1)
                        .code(500)
                        .message("Server Error")
                        .body(
                            ResponseBody.create(
                                "{\"title\":\"Internal error\"}",
                                MediaType.get("application/json")))
                        .build();
                  }
                  return chain.proceed(chain.request());
                })
            .build();
    try (TestDevice device =
            new TestDevice(
                a,
                server.uri(),
                DemoSignIn.DEMO_ADMIN_EMAIL,
                SyncEngine.Settings.defaults().withoutLiveSocket(),
                failingOnOneRecord,
                dev.bobbin.model.sync.ProtocolVersion.CURRENT);
        TestDevice other = TestDevice.admin(b, server.uri())) {
      device.data.customers().create(poison);
      Customer healthy = device.data.customers().create(TestData.customer("Healthy Ltd"));
      device.data.customers().update(poison, withNotes(poison, "Behind the poison"));

      for (int attempt = 1; attempt < OutboxPusher.MAX_ATTEMPTS; attempt++) {
        assertThatThrownBy(device::sync).isInstanceOf(SyncException.Failed.class);
      }
      device.sync();
      other.sync();

      assertThat(other.data.customers().findById(healthy.id())).contains(healthy);
      assertThat(other.data.customers().findById(poison.id())).isEmpty();
      List<OutboxEntry> waiting = device.data.outbox().all();
      assertThat(waiting).extracting(OutboxEntry::entityId).containsOnly(poison.id());
      assertThat(waiting.get(0).status()).isEqualTo(OutboxStatus.SET_ASIDE);
      assertThat(waiting.get(0).attempts()).isEqualTo(OutboxPusher.MAX_ATTEMPTS);
      assertThat(waiting.get(0).lastError()).contains("500");
      SyncStatus status = device.engine.status();
      assertThat(status.synced()).isFalse();
      assertThat(status.setAside()).isEqualTo(1);
      assertThat(status.summary()).contains("set aside");

      Path file = export.resolve("outbox.json");
      new OutboxExport().write(waiting, file);
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .contains(poison.id().toString())
          .contains("SET_ASIDE")
          .contains("Behind the poison");

      broken.set(false);
      device.data.outbox().retrySetAside();
      device.sync();
      other.sync();
      assertThat(device.data.outbox().isEmpty()).isTrue();
      assertThat(device.engine.status().synced()).isTrue();
      assertThat(other.data.customers().findById(poison.id()))
          .contains(withNotes(poison, "Behind the poison"));
    }
  }
}
