package dev.bobbin.desktop.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockLedger;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.StageEvent;
import dev.bobbin.model.production.StageStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage board's logic on a real H2 store. */
class StageBoardViewModelTest {
  @TempDir Path dir;
  LocalData data;
  Floor floor;
  ProductionOrder order;
  StageBoardViewModel board;

  @BeforeEach
  void open() {
    data = TestData.open(dir);
    floor = new Floor(data);
    order = floor.order(10, LocalDate.of(2026, 3, 20));
    board =
        new StageBoardViewModel(
            data.productionQueries(),
            data.shopFloor(),
            data.currentUser(),
            BackgroundTasks.sameThread());
    board.load();
  }

  @AfterEach
  void close() {
    data.close();
  }

  private OrderRow card() {
    return board.cards().stream()
        .filter(r -> r.order().id().equals(order.id()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theColumnsAreTheWorkflowsStagesAndANewOrderSitsInTheFirst() {
    assertThat(board.columns()).containsExactly("Cutting", "Sewing", "Packing");
    assertThat(board.cardsIn(0))
        .extracting(r -> r.order().number())
        .containsExactly(order.number());
    assertThat(board.moves(card())).containsExactlyInAnyOrder(StageEvent.START, StageEvent.BLOCK);
  }

  @Test
  void finishingTheCuttingStageConsumesTheMaterialsAndMovesTheCard() {
    board.start(card());
    assertThat(card().current().status()).isEqualTo(StageStatus.IN_PROGRESS);
    assertThat(board.moves(card())).containsExactlyInAnyOrder(StageEvent.FINISH, StageEvent.BLOCK);

    board.finish(card(), "9", "1");

    assertThat(board.errorProperty().get()).isEmpty();
    assertThat(board.messageProperty().get()).isEqualTo("Stage finished; consumed 15.00 m FAB-1.");
    assertThat(board.cardsIn(1))
        .extracting(r -> r.order().number())
        .containsExactly(order.number());
    List<StockLedger.Line> ledger = data.movements().history(floor.fabric.id());
    assertThat(ledger.get(ledger.size() - 1).movement().reason()).isEqualTo(MovementReason.CONSUME);
    assertThat(data.inventory().onHand(floor.fabric.id())).isEqualByComparingTo("85");
    var cutting = data.stages().forOrder(order.id()).get(0);
    assertThat(cutting.quantityDone()).isEqualTo(9);
    assertThat(cutting.quantityRejected()).isEqualTo(1);
  }

  @Test
  void blockingNeedsAReasonWhichTheCardThenShows() {
    board.block(card(), "  ");
    assertThat(board.errorProperty().get()).isEqualTo("Say why the stage is blocked.");
    assertThat(card().current().status()).isEqualTo(StageStatus.PENDING);

    board.block(card(), "Waiting for fabric");
    assertThat(card().current().status()).isEqualTo(StageStatus.BLOCKED);
    assertThat(card().current().notes()).isEqualTo("Waiting for fabric");
    assertThat(board.moves(card())).containsExactly(StageEvent.UNBLOCK);

    board.unblock(card());
    assertThat(card().current().status()).isEqualTo(StageStatus.IN_PROGRESS);
    assertThat(card().current().notes()).isNull();
  }

  @Test
  void aMoveThatIsNoLongerPossibleShowsTheStateMachinesReason() {
    OrderRow stale = card();
    data.shopFloor().block(stale.current().id(), "Machine down");

    board.start(stale);

    assertThat(board.errorProperty().get()).isEqualTo("A stage that is blocked cannot be started.");
    assertThat(card().current().status()).isEqualTo(StageStatus.BLOCKED);
  }

  @Test
  void finishQuantitiesAreChecked() {
    board.start(card());
    board.finish(card(), "ten", "0");
    assertThat(board.errorProperty().get())
        .isEqualTo("Enter whole numbers of pieces for done and rejected.");
    board.finish(card(), "10", "5");
    assertThat(board.errorProperty().get())
        .isEqualTo("Done and rejected together exceed the order's 10.");
    assertThat(card().current().status()).isEqualTo(StageStatus.IN_PROGRESS);
  }

  @Test
  void anOrderOnHoldOffersNoMovesAndSaysWhy() {
    data.production().changeStatus(order.id(), OrderStatus.ON_HOLD);
    board.refresh();
    assertThat(board.moves(card())).isEmpty();
    assertThat(board.refusal(card()))
        .isEqualTo("The order is on hold, so its stages cannot change.");
  }

  @Test
  void aDesignerMayNotMoveStages() {
    data.currentUser().signIn(data.users().create(TestData.user("d@example.com", Role.DESIGNER)));
    assertThat(board.moves(card())).isEmpty();
    assertThat(board.refusal(card())).isEqualTo("Your role may not move production stages.");
    board.start(card());
    assertThat(board.errorProperty().get()).isEqualTo("Your role may not move production stages.");
  }
}
