package dev.bobbin.desktop.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.sync.AccessTokens;
import dev.bobbin.desktop.sync.ConflictCache;
import dev.bobbin.desktop.sync.SyncClient;
import dev.bobbin.desktop.sync.SyncServers;
import dev.bobbin.desktop.sync.TestDevice;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.customers.Customer;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictsViewModelTest {
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
  void aSameFieldClashIsListedWithBothValuesAndRestoredInOneClick(
      @TempDir Path a, @TempDir Path b) {
    try (TestDevice first = TestDevice.admin(a, server.uri());
        TestDevice second = TestDevice.admin(b, server.uri())) {
      Customer customer = first.data.customers().create(TestData.customer("Clash Ltd"));
      first.sync();
      second.sync();
      first.data.customers().update(customer, phone(customer, "+880 111"));
      second.data.customers().update(customer, phone(customer, "+880 222"));
      first.sync();
      second.sync();
      ConflictsViewModel model =
          new ConflictsViewModel(
              () -> Optional.of(first.client),
              cacheOf(first),
              id -> "Demo admin",
              BackgroundTasks.sameThread());

      model.refresh();

      assertThat(model.rows()).hasSize(1);
      ConflictsViewModel.Row row = model.rows().get(0);
      assertThat(row.field()).isEqualTo("phone");
      assertThat(row.kept()).isEqualTo("+880 222");
      assertThat(row.overwritten()).isEqualTo("+880 111");
      assertThat(row.who()).startsWith("Demo admin over Demo admin");

      model.restore(row);
      first.sync();

      assertThat(model.rows()).isEmpty();
      assertThat(model.messageProperty().get()).startsWith("No open conflicts");
      assertThat(first.data.customers().findById(customer.id()))
          .contains(phone(customer, "+880 111"));
    }
  }

  @Test
  void withoutAServerItSaysConflictsNeedOne(@TempDir Path dir) {
    try (LocalData data = TestData.open(dir)) {
      ConflictsViewModel model =
          new ConflictsViewModel(
              Optional::empty,
              new ConflictCache(data.store(), data.clock()),
              id -> "",
              BackgroundTasks.sameThread());

      model.refresh();

      assertThat(model.rows()).isEmpty();
      assertThat(model.messageProperty().get()).contains("does not sync yet");
    }
  }

  @Test
  void offlineTheInboxShowsTheConflictsLastFetched(@TempDir Path a, @TempDir Path b) {
    try (TestDevice first = TestDevice.admin(a, server.uri());
        TestDevice second = TestDevice.admin(b, server.uri())) {
      Customer customer = first.data.customers().create(TestData.customer("Offline Clash Ltd"));
      first.sync();
      second.sync();
      first.data.customers().update(customer, phone(customer, "+880 333"));
      second.data.customers().update(customer, phone(customer, "+880 444"));
      first.sync();
      second.sync();
      first.sync(); // pulls the other edit, and with it keeps the conflict list

      AccessTokens unused =
          new AccessTokens() {
            @Override
            public String current() {
              return "no-token";
            }

            @Override
            public String refreshed() {
              return "no-token";
            }
          };
      // Nothing listens on the discard port: the server cannot be reached.
      SyncClient unreachable =
          new SyncClient(URI.create("http://127.0.0.1:9"), first.client.clientId(), unused);
      ConflictsViewModel model =
          new ConflictsViewModel(
              () -> Optional.of(unreachable),
              cacheOf(first),
              id -> "Demo admin",
              BackgroundTasks.sameThread());

      model.refresh();

      assertThat(model.rows()).extracting(ConflictsViewModel.Row::kept).contains("+880 444");
      assertThat(model.messageProperty().get())
          .startsWith("Offline: the conflicts as of")
          .contains("once Bobbin is back online");
      // Leave the organisation without open conflicts for the other tests of this server.
      model.rows().forEach(row -> first.client.resolve(row.conflict().id(), "keep"));
    }
  }

  private static ConflictCache cacheOf(TestDevice device) {
    return new ConflictCache(device.data.store(), device.data.clock());
  }

  private static Customer phone(Customer c, String phone) {
    return new Customer(c.id(), c.name(), c.email(), phone, c.address(), c.notes());
  }
}
