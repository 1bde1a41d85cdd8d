package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.store.PreferenceRepository;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Theme, start screen and column layouts follow a person to their other PC; window places do not.
 */
class PreferenceSyncTest {
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
  void preferencesFollowThePersonAndTheLaterChangeWins(@TempDir Path dir) throws Exception {
    try (TestDevice office = TestDevice.admin(dir.resolve("office"), server.uri());
        TestDevice floor = TestDevice.admin(dir.resolve("floor"), server.uri())) {
      UUID me = office.data.currentUser().get().orElseThrow().id();
      PreferenceRepository atOffice = office.data.preferences();
      PreferenceRepository onFloor = floor.data.preferences();
      atOffice.put(me, PreferenceRepository.DARK_THEME, "true");
      atOffice.put(me, PreferenceRepository.START_SECTION, "DESIGNS");
      atOffice.put(me, PreferenceRepository.WINDOW, "10,10,800,600");
      assertThat(atOffice.unsent(me)).hasSize(2);

      office.sync();
      floor.sync();

      assertThat(atOffice.unsent(me)).isEmpty();
      assertThat(onFloor.get(me, PreferenceRepository.DARK_THEME)).contains("true");
      assertThat(onFloor.get(me, PreferenceRepository.START_SECTION)).contains("DESIGNS");
      assertThat(onFloor.get(me, PreferenceRepository.WINDOW)).isEmpty();

      // Both PCs change something while apart; each change survives, the later one of a name wins.
      onFloor.put(me, PreferenceRepository.DARK_THEME, "false");
      Thread.sleep(5);
      atOffice.put(me, PreferenceRepository.START_SECTION, "REPORTS");
      Thread.sleep(5);
      onFloor.put(me, PreferenceRepository.START_SECTION, "PRODUCTION");
      office.sync();
      floor.sync();
      office.sync();

      for (PreferenceRepository pc : new PreferenceRepository[] {atOffice, onFloor}) {
        assertThat(pc.get(me, PreferenceRepository.DARK_THEME)).contains("false");
        assertThat(pc.get(me, PreferenceRepository.START_SECTION)).contains("PRODUCTION");
        assertThat(pc.unsent(me)).isEmpty();
      }
      assertThat(atOffice.get(me, PreferenceRepository.WINDOW)).contains("10,10,800,600");
    }
  }

  @Test
  void anotherPersonsPreferencesOnTheSameDeviceAreNotSentUnderTheSessionsName(@TempDir Path dir) {
    try (TestDevice shared = TestDevice.admin(dir.resolve("shared"), server.uri());
        TestDevice other = TestDevice.admin(dir.resolve("other"), server.uri())) {
      UUID admin = shared.data.currentUser().get().orElseThrow().id();
      var floorWorker =
          DemoSignIn.login(server.uri(), "floor@demo.bobbin.dev", DemoSignIn.DEMO_PASSWORD);
      shared.data.currentUser().signIn(floorWorker.user());
      UUID worker = floorWorker.user().id();
      shared.data.preferences().put(worker, PreferenceRepository.INVENTORY_COLUMNS, "sku:90");

      shared.sync();
      other.sync();

      assertThat(other.data.preferences().get(admin, PreferenceRepository.INVENTORY_COLUMNS))
          .isNotEqualTo(Optional.of("sku:90"));
      assertThat(shared.data.preferences().unsent(worker))
          .as("kept until the worker's own session sends it")
          .hasSize(1);
    }
  }
}
