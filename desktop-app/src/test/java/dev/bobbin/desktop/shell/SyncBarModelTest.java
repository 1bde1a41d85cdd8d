package dev.bobbin.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.sync.RejectedChange;
import dev.bobbin.desktop.sync.SyncServers;
import dev.bobbin.desktop.sync.TestDevice;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.common.Unit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncBarModelTest {
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
  void saysSyncedOnlyWhenNothingWaits(@TempDir Path dir) {
    try (TestDevice device = TestDevice.admin(dir, server.uri())) {
      SyncBarModel model = new SyncBarModel(BackgroundTasks.sameThread());
      assertThat(model.summaryProperty().get()).isEqualTo("Working offline · sync not set up");
      model.attach(device.engine);
      device.data.items().create(TestData.item("BAR-1", Unit.PCS));

      device.sync();

      assertThat(model.summaryProperty().get()).isEqualTo("Synced");
      assertThat(model.detailsProperty().get())
          .startsWith("Online · last synced")
          .contains("0 pending");
      assertThat(model.availableProperty().get()).isTrue();
    }
  }

  @Test
  void thePulledVersionMovesWhenAnotherDevicesChangeArrives(@TempDir Path dir) throws Exception {
    try (TestDevice here = TestDevice.admin(dir.resolve("here"), server.uri());
        TestDevice there = TestDevice.admin(dir.resolve("there"), server.uri())) {
      SyncBarModel model = new SyncBarModel(BackgroundTasks.sameThread());
      model.attach(here.engine);
      here.sync();
      long before = model.pulledProperty().get();
      List<Long> seen = new ArrayList<>();
      model.pulledProperty().addListener((obs, old, now) -> seen.add(now.longValue()));

      here.sync();
      assertThat(seen).as("nothing new: no change event").isEmpty();

      there.data.items().create(TestData.item("BAR-THERE", Unit.PCS));
      there.sync();
      here.sync();

      assertThat(seen).hasSize(1);
      assertThat(model.pulledProperty().get()).isGreaterThan(before);
      assertThat(here.data.items().findBySku("BAR-THERE")).isPresent();
    }
  }

  @Test
  void passesRejectedChangesOnForTheToast(@TempDir Path dir) {
    try (TestDevice floor = TestDevice.as("floor", dir, server.uri())) {
      SyncBarModel model = new SyncBarModel(BackgroundTasks.sameThread());
      List<RejectedChange> toasts = new ArrayList<>();
      model.onRejected(toasts::add);
      model.attach(floor.engine);

      floor.data.items().create(TestData.item("BAR-FLOOR", Unit.PCS));
      floor.sync();

      assertThat(toasts).hasSize(1);
      assertThat(toasts.get(0).message()).startsWith("Your change to an item was undone: ");
    }
  }
}
