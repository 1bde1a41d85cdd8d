package dev.bobbin.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockLedger;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.MutationKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryServiceTest {
  @TempDir Path dir;
  private LocalData data;
  private InventoryService inventory;
  private Item fabric;
  private Item buttons;

  @BeforeEach
  void open() {
    data = TestData.open(dir);
    inventory = data.inventory();
    fabric = data.items().create(TestData.item("FAB-1", Unit.M));
    buttons = data.items().create(TestData.item("BTN-1", Unit.PCS));
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void movementsUpdateTheCachedBalanceToTheSumOfTheLedger() {
    inventory.record(TestData.movement(fabric.id(), "120.50", MovementReason.RECEIVE));
    inventory.record(TestData.movement(fabric.id(), "-35.25", MovementReason.CONSUME));
    inventory.record(TestData.movement(fabric.id(), "-0.75", MovementReason.SCRAP));
    inventory.record(TestData.movement(fabric.id(), "4", MovementReason.RETURN));

    BigDecimal ledger = StockLedger.onHand(data.movements().forItem(fabric.id()));
    assertThat(inventory.onHand(fabric.id()))
        .isEqualByComparingTo("88.5")
        .isEqualByComparingTo(ledger);
    assertThat(data.items().row(fabric.id()).orElseThrow().onHand()).isEqualByComparingTo(ledger);
  }

  @Test
  void aMovementIsStoredAsGivenWithItsOutboxEntry() {
    StockMovement received = TestData.movement(fabric.id(), "12.5", MovementReason.RECEIVE);

    assertThat(inventory.record(received)).isTrue();

    assertThat(data.movements().findById(received.id())).contains(received);
    assertThat(data.outbox().entriesFor(received.id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.entity()).isEqualTo(EntityType.STOCK_MOVEMENT);
              assertThat(e.kind()).isEqualTo(MutationKind.CREATE);
            });
  }

  @Test
  void recordingTheSameMovementIdTwiceCountsOnce() {
    StockMovement scan = TestData.movement(buttons.id(), "-1", MovementReason.CONSUME);
    inventory.record(TestData.movement(buttons.id(), "10", MovementReason.RECEIVE));

    assertThat(inventory.record(scan)).isTrue();
    assertThat(inventory.record(scan)).isFalse();

    assertThat(inventory.onHand(buttons.id())).isEqualByComparingTo("9");
    assertThat(data.movements().forItem(buttons.id())).hasSize(2);
    assertThat(data.outbox().entriesFor(scan.id())).hasSize(1);
  }

  @Test
  void tenDifferentScansAreTen() {
    inventory.record(TestData.movement(buttons.id(), "100", MovementReason.RECEIVE));

    for (int i = 0; i < 10; i++) {
      inventory.record(TestData.movement(buttons.id(), "-1", MovementReason.CONSUME));
    }

    assertThat(inventory.onHand(buttons.id())).isEqualByComparingTo("90");
  }

  @Test
  void aCountRecordsTheDifferenceToTheBalanceTheCounterSaw() {
    inventory.record(TestData.movement(fabric.id(), "50", MovementReason.RECEIVE));
    BigDecimal seen = inventory.onHand(fabric.id());
    // Another station consumes while the count is under way.
    inventory.record(TestData.movement(fabric.id(), "-5", MovementReason.CONSUME));

    StockMovement count = inventory.count(fabric.id(), new BigDecimal("47"), seen, "Shelf count");

    assertThat(count.reason()).isEqualTo(MovementReason.COUNT);
    assertThat(count.quantity()).isEqualByComparingTo("-3");
    assertThat(count.countedQuantity()).isEqualByComparingTo("47");
    assertThat(count.userId()).isEqualTo(data.currentUser().requireId());
    assertThat(inventory.onHand(fabric.id())).isEqualByComparingTo("42");
  }

  @Test
  void aQuantityThatDoesNotFitTheItemsUnitIsRejectedAndNothingIsStored() {
    StockMovement half = TestData.movement(buttons.id(), "1.5", MovementReason.RECEIVE);

    assertThatThrownBy(() -> inventory.record(half))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be a whole number of pcs");

    assertThat(data.movements().findById(half.id())).isEmpty();
    assertThat(data.outbox().entriesFor(half.id())).isEmpty();
    assertThat(inventory.onHand(buttons.id())).isZero();
  }

  @Test
  void aMovementOfAnUnknownItemIsRejected() {
    StockMovement orphan = TestData.movement(Ids.newId(), "1", MovementReason.RECEIVE);

    assertThatThrownBy(() -> inventory.record(orphan))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("itemId");
  }

  @Test
  void aFailureLaterInTheTransactionLeavesNoMovementNoEntryAndTheOldBalance() {
    inventory.record(TestData.movement(fabric.id(), "10", MovementReason.RECEIVE));
    StockMovement consumed = TestData.movement(fabric.id(), "-4", MovementReason.CONSUME);

    assertThatThrownBy(
            () ->
                data.store()
                    .runInTransaction(
                        s -> {
                          inventory.record(consumed);
                          throw new IllegalStateException("printing the label failed");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(data.movements().findById(consumed.id())).isEmpty();
    assertThat(data.outbox().entriesFor(consumed.id())).isEmpty();
    assertThat(inventory.onHand(fabric.id())).isEqualByComparingTo("10");
  }

  @Test
  void recordNewUsesTheSignedInUserThisDeviceAndNow() {
    StockMovement m =
        inventory.recordNew(
            fabric.id(), new BigDecimal("7.25"), MovementReason.RECEIVE, "GRN-0001", null);

    assertThat(m.userId()).isEqualTo(data.currentUser().requireId());
    assertThat(m.deviceId()).isEqualTo(data.store().clientId().toString());
    assertThat(m.at()).isEqualTo(TestData.NOW);
    assertThat(data.movements().findById(m.id())).contains(m);
  }

  @Test
  void historyGivesTheRunningBalanceOldestFirst() {
    StockMovement first =
        movementAt(fabric.id(), "10", MovementReason.RECEIVE, TestData.NOW.minusSeconds(60));
    StockMovement second = movementAt(fabric.id(), "-4", MovementReason.CONSUME, TestData.NOW);
    inventory.record(second);
    inventory.record(first);

    List<StockLedger.Line> history = data.movements().history(fabric.id());

    assertThat(history).extracting(StockLedger.Line::movement).containsExactly(first, second);
    assertThat(history)
        .extracting(StockLedger.Line::balanceAfter)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("10"), new BigDecimal("6"));
  }

  private static StockMovement movementAt(
      UUID itemId, String quantity, MovementReason reason, Instant at) {
    StockMovement m = TestData.movement(itemId, quantity, reason);
    return new StockMovement(
        m.id(), itemId, m.quantity(), reason, null, null, null, m.userId(), at, m.deviceId());
  }
}
