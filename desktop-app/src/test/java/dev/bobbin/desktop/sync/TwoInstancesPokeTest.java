package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Item;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariant 5: a change pushed through one server instance reaches a device on another. */
class TwoInstancesPokeTest {

  @Test
  void aChangeViaInstanceAReachesADeviceOnInstanceBThroughAPoke(@TempDir Path a, @TempDir Path b)
      throws Exception {
    try (SyncServers.Running first = SyncServers.start();
        SyncServers.Running second = SyncServers.start(first.owner());
        TestDevice writer = TestDevice.admin(a, first.uri());
        TestDevice reader =
            new TestDevice(
                b,
                second.uri(),
                DemoSignIn.DEMO_ADMIN_EMAIL,
                SyncEngine.Settings.defaults(),
                SyncClient.defaultHttp(),
                dev.bobbin.model.sync.ProtocolVersion.CURRENT)) {
      reader.start();
      waitFor(() -> reader.engine.status().synced(), "the reader's first sync");

      Item item = writer.data.items().create(TestData.item("POKE-1", Unit.PCS));
      writer.sync();

      // No timer would pull this soon: only a poke through Postgres NOTIFY from instance A.
      waitFor(() -> reader.data.items().findById(item.id()).isPresent(), "the poked pull");
      assertThat(reader.data.items().findById(item.id())).contains(item);
    }
  }

  static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }
}
