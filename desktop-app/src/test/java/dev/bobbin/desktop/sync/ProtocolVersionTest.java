package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Unit;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariant 7: an incompatible app is told to update, and nothing is read or written. */
class ProtocolVersionTest {
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
  void aClientOfAnotherProtocolGetsTheUpdateBobbinStateAndKeepsItsOutbox(@TempDir Path dir) {
    try (TestDevice future =
        new TestDevice(
            dir,
            server.uri(),
            DemoSignIn.DEMO_ADMIN_EMAIL,
            SyncEngine.Settings.defaults().withoutLiveSocket(),
            SyncClient.defaultHttp(),
            99)) {
      future.data.items().create(TestData.item("SKEW-1", Unit.PCS));

      assertThatThrownBy(future::sync).isInstanceOf(SyncException.UpdateRequired.class);

      SyncStatus status = future.engine.status();
      assertThat(status.state()).isEqualTo(SyncStatus.State.UPDATE_REQUIRED);
      assertThat(status.summary()).isEqualTo("Update Bobbin to sync");
      assertThat(status.synced()).isFalse();
      assertThat(future.data.outbox().pendingCount()).isEqualTo(1);
    }
  }
}
