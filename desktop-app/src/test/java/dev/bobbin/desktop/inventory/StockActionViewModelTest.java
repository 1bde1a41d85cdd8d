package dev.bobbin.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockMovement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StockActionViewModelTest {
  @TempDir Path dir;
  LocalData data;
  Item fabric;
  final List<StockMovement> saved = new ArrayList<>();

  @BeforeEach
  void open() {
    data = TestData.open(dir);
    fabric = data.items().create(TestData.item("FAB-1", Unit.M));
    data.inventory()
        .recordNew(fabric.id(), new java.math.BigDecimal("40"), MovementReason.RECEIVE, null, null);
  }

  @AfterEach
  void close() {
    data.close();
  }

  private StockActionViewModel action(StockAction action) {
    ItemRow row = data.items().row(fabric.id()).orElseThrow();
    return new StockActionViewModel(data.inventory(), BackgroundTasks.sameThread(), row, action);
  }

  @Test
  void consumingTakesThePlainQuantityOffTheBalance() {
    StockActionViewModel model = action(StockAction.CONSUME);
    model.quantityProperty().set("12.5");
    model.noteProperty().set("cutting table 2");
    model.save(saved::add);

    assertThat(saved)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.quantity()).isEqualByComparingTo("-12.5");
              assertThat(m.reason()).isEqualTo(MovementReason.CONSUME);
              assertThat(m.note()).isEqualTo("cutting table 2");
            });
    assertThat(data.inventory().onHand(fabric.id())).isEqualByComparingTo("27.5");
  }

  @Test
  void aCountRecordsTheDifferenceToTheBalanceSeen() {
    StockActionViewModel model = action(StockAction.COUNT);
    // Another station consumes while the counter is counting.
    data.inventory()
        .recordNew(fabric.id(), new java.math.BigDecimal("-5"), MovementReason.CONSUME, null, null);
    model.quantityProperty().set("38");
    model.save(saved::add);

    assertThat(saved.get(0).quantity()).isEqualByComparingTo("-2");
    assertThat(saved.get(0).countedQuantity()).isEqualByComparingTo("38");
    assertThat(data.inventory().onHand(fabric.id())).isEqualByComparingTo("33");
  }

  @Test
  void aQuantityThatIsNotANumberGetsAMessageNextToTheField() {
    StockActionViewModel model = action(StockAction.RECEIVE);
    model.quantityProperty().set("lots");
    model.save(saved::add);
    assertThat(model.quantityErrorProperty().get()).isEqualTo("Enter a number, e.g. 12 or 2.5");
    assertThat(saved).isEmpty();
  }

  @Test
  void zeroIsRefusedForReceiveConsumeAndScrapAndForAdjust() {
    for (StockAction a :
        List.of(StockAction.RECEIVE, StockAction.CONSUME, StockAction.SCRAP, StockAction.ADJUST)) {
      StockActionViewModel model = action(a);
      model.quantityProperty().set("0");
      model.save(saved::add);
      assertThat(model.quantityErrorProperty().get()).as(a.name()).isNotEmpty();
    }
    assertThat(saved).isEmpty();
  }

  @Test
  void moreDecimalsThanTheUnitAllowsAreExplainedByTheDomainRule() {
    StockActionViewModel model = action(StockAction.RECEIVE);
    model.quantityProperty().set("1.234");
    model.save(saved::add);
    assertThat(model.quantityErrorProperty().get()).startsWith("Quantity ");
    assertThat(saved).isEmpty();
    assertThat(data.inventory().onHand(fabric.id())).isEqualByComparingTo("40");
  }

  @Test
  void anAdjustmentMayBeNegative() {
    StockActionViewModel model = action(StockAction.ADJUST);
    model.quantityProperty().set("-4");
    model.referenceProperty().set("typo on PO-12");
    model.save(saved::add);
    assertThat(data.inventory().onHand(fabric.id())).isEqualByComparingTo("36");
    assertThat(saved.get(0).reference()).isEqualTo("typo on PO-12");
  }
}
