package dev.bobbin.model.inventory;

import static dev.bobbin.model.inventory.StockMovementTest.movement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.common.Ids;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StockLedgerTest {

  @Test
  void onHandIsTheSumOfTheLedger() {
    List<StockMovement> ledger =
        List.of(
            movement(MovementReason.RECEIVE, "100", null),
            movement(MovementReason.CONSUME, "-5", null),
            movement(MovementReason.CONSUME, "-5", null),
            movement(MovementReason.SCRAP, "-1.5", null));
    assertThat(StockLedger.onHand(ledger)).isEqualByComparingTo("88.5");
  }

  @Test
  void twoOfflineStationsConsumingFiveEachLeaveTenFewerInAnyOrder() {
    StockMovement receive = movement(MovementReason.RECEIVE, "30", null);
    StockMovement a = movement(MovementReason.CONSUME, "-5", null);
    StockMovement b = movement(MovementReason.CONSUME, "-5", null);
    assertThat(StockLedger.onHand(List.of(receive, a, b)))
        .isEqualByComparingTo(StockLedger.onHand(List.of(b, receive, a)))
        .isEqualByComparingTo("20");
  }

  @Test
  void aCountBecomesTheDifferenceFromTheBalanceTheCounterSaw() {
    // The counter saw 50 and counted 47; meanwhile another station consumed 5.
    BigDecimal difference = StockLedger.countDifference(new BigDecimal("47"), new BigDecimal("50"));
    List<StockMovement> ledger =
        List.of(
            movement(MovementReason.RECEIVE, "50", null),
            movement(MovementReason.CONSUME, "-5", null),
            movement(MovementReason.COUNT, difference.toPlainString(), "47"));
    assertThat(difference).isEqualByComparingTo("-3");
    assertThat(StockLedger.onHand(ledger)).isEqualByComparingTo("42");
  }

  @Test
  void cachedBalanceMatchesTheLedgerSumForRandomLedgers() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      List<StockMovement> ledger = new ArrayList<>();
      BigDecimal cached = BigDecimal.ZERO;
      for (int i = 0; i < random.nextInt(30); i++) {
        int q = random.nextInt(200) - 100;
        MovementReason reason =
            q > 0 ? MovementReason.RECEIVE : q < 0 ? MovementReason.CONSUME : MovementReason.ADJUST;
        if (q == 0) {
          q = 1;
        }
        StockMovement m = movement(reason, Integer.toString(q), null);
        ledger.add(m);
        cached = StockLedger.apply(cached, m);
      }
      assertThat(cached)
          .as("seed %d round %d", seed, round)
          .isEqualByComparingTo(StockLedger.onHand(ledger));
    }
  }

  @Test
  void availableSubtractsOnlyActiveReservations() {
    Reservation held =
        new Reservation(Ids.newId(), Ids.newId(), Ids.newId(), new BigDecimal("30"), false);
    Reservation released = held.release();
    assertThat(StockLedger.available(new BigDecimal("100"), List.of(held, released)))
        .isEqualByComparingTo("70");
  }

  @Test
  void lowStockAndReorderSuggestion() {
    Item item = Items.poplin(); // reorder point 50, reorder quantity 200
    assertThat(StockLedger.isLow(item, new BigDecimal("50"))).isFalse();
    assertThat(StockLedger.isLow(item, new BigDecimal("49.99"))).isTrue();
    assertThat(StockLedger.suggestedReorder(item, new BigDecimal("60"))).isZero();
    assertThat(StockLedger.suggestedReorder(item, new BigDecimal("10")))
        .isEqualByComparingTo("200");
    assertThat(StockLedger.suggestedReorder(item, new BigDecimal("-300.001")))
        .isEqualByComparingTo("350.01");
    assertThat(StockLedger.isLow(item.withArchived(true), BigDecimal.ZERO)).isFalse();
  }

  @Test
  void historyCarriesARunningBalanceInTimeOrder() {
    StockMovement first = movement(MovementReason.RECEIVE, "10", null);
    StockMovement later =
        new StockMovement(
            Ids.newId(),
            first.itemId(),
            new BigDecimal("-4"),
            MovementReason.CONSUME,
            null,
            null,
            null,
            first.userId(),
            Instant.parse("2026-11-21T08:00:00Z"),
            "desk-2");
    List<StockLedger.Line> history = StockLedger.history(List.of(later, first));
    assertThat(history).extracting(StockLedger.Line::movement).containsExactly(first, later);
    assertThat(history)
        .extracting(StockLedger.Line::balanceAfter)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("10"), new BigDecimal("6"));
  }
}
