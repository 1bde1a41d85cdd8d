package dev.bobbin.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.Reservation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReservationRepositoryTest {
  @TempDir Path dir;
  private LocalData data;
  private Item fabric;

  @BeforeEach
  void open() {
    data = TestData.open(dir);
    fabric = data.items().create(TestData.item("FAB-1", Unit.M));
    data.inventory().record(TestData.movement(fabric.id(), "100", MovementReason.RECEIVE));
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void aReservationSurvivesTheRoundTrip() {
    Reservation held = reservation("12.5");

    data.reservations().create(held);

    assertThat(data.reservations().findById(held.id())).contains(held);
    assertThat(data.reservations().activeForItem(fabric.id())).containsExactly(held);
  }

  @Test
  void reservedStockIsNotAvailableUntilReleased() {
    Reservation held = data.reservations().create(reservation("95"));

    ItemRow row = data.items().row(fabric.id()).orElseThrow();
    assertThat(row.onHand()).isEqualByComparingTo("100");
    assertThat(row.available()).isEqualByComparingTo("5");
    assertThat(row.low()).isTrue();

    data.reservations().release(held);

    assertThat(data.items().row(fabric.id()).orElseThrow().available()).isEqualByComparingTo("100");
    assertThat(data.reservations().activeForOrder(held.productionOrderId())).isEmpty();
  }

  private Reservation reservation(String quantity) {
    UUID order = Ids.newId();
    return new Reservation(Ids.newId(), fabric.id(), order, new BigDecimal(quantity), false);
  }
}
