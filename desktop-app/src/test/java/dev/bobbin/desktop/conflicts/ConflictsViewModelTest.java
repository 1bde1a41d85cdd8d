package dev.bobbin.desktop.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.sync.SyncServers;
import dev.bobbin.desktop.sync.TestDevice;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.customers.Customer;
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
              () -> Optional.of(first.client), id -> "Demo admin", BackgroundTasks.sameThread());

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
  void withoutAServerItSaysConflictsNeedOne() {
    ConflictsViewModel model =
        new ConflictsViewModel(Optional::empty, id -> "", BackgroundTasks.sameThread());

    model.refresh();

    assertThat(model.rows()).isEmpty();
    assertThat(model.messageProperty().get()).contains("offline");
  }

  private static Customer phone(Customer c, String phone) {
    return new Customer(c.id(), c.name(), c.email(), phone, c.address(), c.notes());
  }
}
