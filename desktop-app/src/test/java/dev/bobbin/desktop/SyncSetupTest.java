package dev.bobbin.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.inventory.ItemFilter;
import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.desktop.sync.SyncEngine;
import dev.bobbin.desktop.sync.SyncServers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code ./bobbin} does: two desktops on a fresh demo server share one demo factory. */
class SyncSetupTest {

  @Test
  void twoDesktopsOfAFreshDemoServerSyncOneDemoFactory(
      @TempDir Path home, @TempDir Path a, @TempDir Path b) throws Exception {
    try (SyncServers.Running server = SyncServers.start();
        Workspace first = open(home, a, server);
        Workspace second = open(home, b, server)) {
      SyncEngine one = SyncSetup.start(first, true).orElseThrow();
      try {
        waitFor(() -> one.status().synced());
        SyncEngine two = SyncSetup.start(second, true).orElseThrow();
        try {
          waitFor(() -> two.status().synced());
          long items = first.data().items().count("", ItemFilter.all().withArchived());
          assertThat(items).isGreaterThan(10);
          assertThat(second.data().items().count("", ItemFilter.all().withArchived()))
              .isEqualTo(items);
          assertThat(second.data().orders().all()).hasSameSizeAs(first.data().orders().all());
          assertThat(first.data().outbox().all()).isEmpty();
          assertThat(one.status().setAside()).isZero();
        } finally {
          two.close();
        }
      } finally {
        one.close();
      }
    }
  }

  private static Workspace open(Path home, Path dir, SyncServers.Running server) {
    return Workspace.open(
        new DesktopOptions(Optional.of(dir), Optional.of(server.uri()), true),
        new DataDirectory(Map.of(), "Linux", home),
        Clock.systemUTC());
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for sync");
      }
      Thread.sleep(50);
    }
  }
}
