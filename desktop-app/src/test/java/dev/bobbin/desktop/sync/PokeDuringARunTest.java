package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.sync.ProtocolVersion;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 5: a poke that arrives while the device is already syncing — after that run's pull got
 * its answer — is not swallowed by the run in progress: another run follows and pulls the change.
 * (While the socket is up the device does not poll, so a swallowed poke left the change unseen
 * until the next one.)
 */
class PokeDuringARunTest {

  @Test
  void aPokeDuringARunBringsAnotherRun(@TempDir Path a, @TempDir Path b) throws Exception {
    AtomicBoolean armed = new AtomicBoolean();
    CountDownLatch inPull = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    OkHttpClient held =
        SyncClient.defaultHttp()
            .newBuilder()
            .addInterceptor(
                chain -> {
                  Response response = chain.proceed(chain.request());
                  if (chain.request().url().encodedPath().endsWith("/sync/pull")
                      && armed.compareAndSet(true, false)) {
                    // The server has answered this pull; the run waits here, still in progress.
                    inPull.countDown();
                    try {
                      release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                  return response;
                })
            .build();
    try (SyncServers.Running server = SyncServers.start();
        TestDevice writer = TestDevice.admin(a, server.uri());
        TestDevice reader =
            new TestDevice(
                b,
                server.uri(),
                DemoSignIn.DEMO_ADMIN_EMAIL,
                SyncEngine.Settings.defaults(),
                held,
                ProtocolVersion.CURRENT)) {
      reader.start();
      TwoInstancesPokeTest.waitFor(() -> reader.engine.status().synced(), "the first sync");
      Thread.sleep(300);
      Heard heard = new Heard();
      WebSocket watcher = watch(server, writer, heard);
      try {
        TwoInstancesPokeTest.waitFor(() -> heard.messages.getCount() < 1_000_000, "the socket");
        armed.set(true);
        Item first = writer.data.items().create(TestData.item("RUN-1", Unit.PCS));
        writer.sync();
        assertThat(inPull.await(15, TimeUnit.SECONDS)).as("the poked run's pull").isTrue();

        long before = heard.messages.getCount();
        Item second = writer.data.items().create(TestData.item("RUN-2", Unit.PCS));
        writer.sync();
        // The poke for the second change reaches every socket of the organisation, the reader's
        // too, while the reader's run still waits after its pull.
        TwoInstancesPokeTest.waitFor(
            () -> heard.messages.getCount() < before, "the second change's poke");
        Thread.sleep(200);
        release.countDown();

        TwoInstancesPokeTest.waitFor(
            () -> reader.data.items().findById(second.id()).isPresent(),
            "the second change on the reader");
        assertThat(reader.data.items().findById(first.id())).contains(first);
        assertThat(reader.data.items().findById(second.id())).contains(second);
      } finally {
        release.countDown();
        watcher.close(1000, null);
      }
    }
  }

  /** Counts down once per message (from a large number). */
  private static final class Heard extends WebSocketListener {
    final CountDownLatch messages = new CountDownLatch(1_000_000);

    @Override
    public void onMessage(WebSocket socket, String text) {
      messages.countDown();
    }
  }

  private static WebSocket watch(SyncServers.Running server, TestDevice device, Heard heard) {
    return SyncClient.defaultHttp()
        .newWebSocket(
            new Request.Builder()
                .url(server.uri().resolve("/api/v1/sync/live").toString())
                .header("Authorization", "Bearer " + device.signIn.current())
                .header(ProtocolVersion.HEADER, Integer.toString(ProtocolVersion.CURRENT))
                .build(),
            heard);
  }
}
