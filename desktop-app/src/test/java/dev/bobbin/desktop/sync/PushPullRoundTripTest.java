package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushPullRoundTripTest {
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
  void aChangeMadeOnOneDeviceArrivesOnAnotherWithItsStock(@TempDir Path a, @TempDir Path b) {
    try (TestDevice first = TestDevice.admin(a, server.uri());
        TestDevice second = TestDevice.admin(b, server.uri())) {
      Item item = first.data.items().create(TestData.item("RT-1", Unit.M));
      first
          .data
          .inventory()
          .recordNew(item.id(), new BigDecimal("12.5"), MovementReason.RECEIVE, null, null);
      Customer customer = first.data.customers().create(TestData.customer("Rahman Textiles"));

      SyncEngine.Report pushed = first.sync();
      SyncEngine.Report pulled = second.sync();

      assertThat(pushed.pushed()).isEqualTo(3);
      assertThat(first.data.outbox().isEmpty()).isTrue();
      assertThat(pulled.pulled()).isGreaterThanOrEqualTo(3);
      assertThat(second.data.items().findById(item.id())).contains(item);
      assertThat(second.data.inventory().onHand(item.id())).isEqualByComparingTo("12.5");
      assertThat(second.data.customers().findById(customer.id())).contains(customer);
      assertThat(second.engine.status().synced()).isTrue();
    }
  }

  @Test
  void editsOfDifferentFieldsOnTwoDevicesBothSurvive(@TempDir Path a, @TempDir Path b) {
    try (TestDevice first = TestDevice.admin(a, server.uri());
        TestDevice second = TestDevice.admin(b, server.uri())) {
      Customer customer = first.data.customers().create(TestData.customer("Merge Ltd"));
      first.sync();
      second.sync();

      Customer seen = second.data.customers().findById(customer.id()).orElseThrow();
      first.data.customers().update(customer, withPhone(customer, "+880 1"));
      second.data.customers().update(seen, withNotes(seen, "Pays late"));
      first.sync();
      second.sync();
      first.sync();

      Customer expected = withNotes(withPhone(customer, "+880 1"), "Pays late");
      assertThat(first.data.customers().findById(customer.id())).contains(expected);
      assertThat(second.data.customers().findById(customer.id())).contains(expected);
    }
  }

  static Customer withPhone(Customer c, String phone) {
    return new Customer(c.id(), c.name(), c.email(), phone, c.address(), c.notes());
  }

  static Customer withNotes(Customer c, String notes) {
    return new Customer(c.id(), c.name(), c.email(), c.phone(), c.address(), notes);
  }
}
