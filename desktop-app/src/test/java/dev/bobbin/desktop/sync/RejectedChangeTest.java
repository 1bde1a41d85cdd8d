package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Item;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariant 2: a refused change is undone locally, and the user is told why. */
class RejectedChangeTest {
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
  void aFloorUsersPriceChangeIsRejectedAndRolledBackWithTheReason(
      @TempDir Path a, @TempDir Path b) {
    try (TestDevice admin = TestDevice.admin(a, server.uri());
        TestDevice floor = TestDevice.as("floor", b, server.uri())) {
      Item item = admin.data.items().create(TestData.item("PRICE-1", Unit.M));
      admin.sync();
      floor.sync();
      List<RejectedChange> told = new CopyOnWriteArrayList<>();
      floor.engine.addRejectionListener(told::add);

      Item cheaper = withCost(item, Money.of("1.00", "BDT"));
      floor.data.items().update(item, cheaper);
      assertThat(floor.data.items().findById(item.id())).contains(cheaper);
      floor.sync();

      assertThat(floor.data.items().findById(item.id())).contains(item);
      assertThat(floor.data.outbox().isEmpty()).isTrue();
      assertThat(told).hasSize(1);
      assertThat(told.get(0).code()).isEqualTo("forbidden");
      assertThat(told.get(0).entityId()).isEqualTo(item.id());
      assertThat(told.get(0).message()).contains("item").contains(told.get(0).reason());
      assertThat(floor.engine.status().synced()).isTrue();
    }
  }

  @Test
  void aRejectedCreateDisappearsLocally(@TempDir Path a) {
    try (TestDevice floor = TestDevice.as("floor", a, server.uri())) {
      Item item = floor.data.items().create(TestData.item("FLOOR-NEW", Unit.M));
      List<RejectedChange> told = new CopyOnWriteArrayList<>();
      floor.engine.addRejectionListener(told::add);

      floor.sync();

      assertThat(floor.data.items().findById(item.id())).isEmpty();
      assertThat(told).extracting(RejectedChange::code).containsExactly("forbidden");
    }
  }

  static Item withCost(Item i, Money cost) {
    return new Item(
        i.id(),
        i.sku(),
        i.name(),
        i.category(),
        i.colourName(),
        i.colourHex(),
        i.size(),
        i.unit(),
        i.location(),
        cost,
        i.barcode(),
        i.reorderPoint(),
        i.reorderQuantity(),
        i.archived());
  }
}
