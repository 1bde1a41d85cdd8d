package dev.bobbin.desktop.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteResult.AlternativeMaterial;
import dev.bobbin.model.quotes.QuoteResult.QuantityBreak;
import dev.bobbin.model.quotes.QuoteStatus;
import dev.bobbin.model.sync.EntityType;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesViewModelTest {
  @TempDir Path dir;
  private LocalData data;
  private QuoteFixture shop;
  private QuotesViewModel model;

  @BeforeEach
  void open() {
    data = TestData.open(dir);
    shop = new QuoteFixture(data);
    model =
        new QuotesViewModel(
            data.quoteService(),
            data.customers(),
            data.designs(),
            data.currentUser(),
            BackgroundTasks.sameThread());
    model.refresh();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void typingAQuantityPricesTheDesignOfflineFromLocalCosts() {
    model.designProperty().set(shop.shirt);
    model.quantityProperty().set("40");

    // Defaults in BDT: materials 1.2 × 200 + 5 = 245, labour 6.25, overhead 15 % = 37.6875,
    // margin 25 % = 72.234375 → 72.2344; 361.1719 → 361.17 each, × 40 = 14446.80.
    assertThat(model.unitPriceProperty().get()).isEqualTo("361.17 BDT each");
    assertThat(model.totalProperty().get()).isEqualTo("14446.80 BDT for 40");
    assertThat(model.breakdown()).contains("Materials  245.00 BDT", "Labour  6.25 BDT");
  }

  @Test
  void deliveryIsLearnedFromTheLocalStagesAndTheQueueAhead() {
    model.designProperty().set(shop.shirt);
    model.quantityProperty().set("10");

    // Cutting took 2..10 h (median 6, p80 8.4), Sewing never finished (a day each) and has five
    // orders waiting at one a day: 5 + 32.4 h / 24 → 7 days realistic, 5 + 30 h / 24 → 7 likely.
    assertThat(model.deliveryProperty().get()).startsWith("Ready by 2026-03-09 (likely 2026-03-09");
  }

  @Test
  void aShortMaterialIsShownWithItsInStockAlternativeWhichApplies() {
    model.designProperty().set(shop.shirt);
    model.quantityProperty().set("40");

    assertThat(model.shortfalls())
        .containsExactly("FAB-TWILL: needs 48 m, 30 available (18 short)");
    AlternativeMaterial alternative =
        (AlternativeMaterial)
            model.suggestions().stream()
                .filter(AlternativeMaterial.class::isInstance)
                .findFirst()
                .orElseThrow();
    assertThat(alternative.sku()).isEqualTo("FAB-CANVAS");

    model.apply(alternative);

    assertThat(model.materialProperty().get()).isEqualTo(shop.canvas);
    assertThat(model.shortfalls()).isEmpty();
  }

  @Test
  void applyingAQuantityBreakSetsTheQuantityAndLowersTheUnitPrice() {
    model.designProperty().set(shop.shirt);
    model.quantityProperty().set("40");
    QuantityBreak quantityBreak =
        (QuantityBreak)
            model.suggestions().stream()
                .filter(QuantityBreak.class::isInstance)
                .findFirst()
                .orElseThrow();

    model.apply(quantityBreak);

    assertThat(model.quantityProperty().get()).isEqualTo("50");
    assertThat(model.unitPriceProperty().get()).isEqualTo(quantityBreak.unitPrice() + " each");
  }

  @Test
  void aQuantityThatIsNoNumberIsExplainedAndNothingIsPriced() {
    model.productTypeProperty().set("Tote");
    model.quantityProperty().set("lots");

    assertThat(model.problemProperty().get()).contains("whole number");
    assertThat(model.resultProperty().get()).isNull();
  }

  @Test
  void aSavedQuoteConvertsIntoAPlannedOrderInOneActionAndBothWaitToSync() {
    model.designProperty().set(shop.shirt);
    model.quantityProperty().set("20");
    model.save();
    Quote saved = model.quotes().get(0);
    assertThat(saved.status()).isEqualTo(QuoteStatus.DRAFT);
    assertThat(saved.number()).startsWith("Q-");

    model.convert(saved);

    Quote converted = data.quotes().findById(saved.id()).orElseThrow();
    assertThat(converted.status()).isEqualTo(QuoteStatus.CONVERTED);
    ProductionOrder order = data.orders().findById(converted.convertedOrderId()).orElseThrow();
    assertThat(order.quantity()).isEqualTo(20);
    assertThat(data.stages().forOrder(order.id())).hasSize(2);
    assertThat(model.statusProperty().get())
        .isEqualTo("Order " + order.number() + " planned from quote " + saved.number() + ".");
    assertThat(data.outbox().entriesFor(order.id()))
        .anySatisfy(e -> assertThat(e.entity()).isEqualTo(EntityType.PRODUCTION_ORDER));

    model.convert(converted);

    assertThat(model.problemProperty().get()).contains("already an order");
  }

  @Test
  void aRequestFromTheWebsiteWaitsInTheInboxAndBecomesAPricedDraftOfTheSameNumber() {
    Quote lead =
        data.quotes()
            .create(
                new Quote(
                    dev.bobbin.model.common.Ids.newId(),
                    "Q-WEB-0001",
                    null,
                    null,
                    "Work shirt",
                    30,
                    null,
                    dev.bobbin.model.quotes.Complexity.STANDARD,
                    null,
                    null,
                    null,
                    java.util.List.of(),
                    QuoteStatus.REQUESTED,
                    null,
                    "Ana Lima",
                    "ana@example.com",
                    null,
                    "Navy, please."));
    model.refresh();
    assertThat(model.inbox()).containsExactly(lead);

    model.takeRequest(lead);
    model.designProperty().set(shop.shirt);
    model.save();

    Quote priced = data.quotes().findById(lead.id()).orElseThrow();
    assertThat(priced.status()).isEqualTo(QuoteStatus.DRAFT);
    assertThat(priced.number()).isEqualTo("Q-WEB-0001");
    assertThat(priced.requesterEmail()).isEqualTo("ana@example.com");
    assertThat(priced.breakdown()).isNotNull();
    assertThat(model.inbox()).isEmpty();
    assertThat(model.quotes()).extracting(Quote::id).contains(lead.id());
  }

  @Test
  void pricingRulesAManagerSavesPriceTheNextQuote() {
    PricingSettingsViewModel rules =
        new PricingSettingsViewModel(
            data.quoteService(), data.currentUser(), BackgroundTasks.sameThread());
    rules.load();
    rules.field("marginPercent").set("0");
    rules.field("overheadPercent").set("0");
    rules.field("volumeDiscounts").set("");
    rules.save(() -> {});

    model.designProperty().set(shop.shirt);
    model.quantityProperty().set("40");

    // 245 + 6.25, nothing added
    assertThat(model.unitPriceProperty().get()).isEqualTo("251.25 BDT each");
    assertThat(data.pricing().current()).isPresent();
  }

  @Test
  void malformedTiersAreRefusedWithTheReason() {
    PricingSettingsViewModel rules =
        new PricingSettingsViewModel(
            data.quoteService(), data.currentUser(), BackgroundTasks.sameThread());
    rules.load();
    rules.field("volumeDiscounts").set("100:5, lots");

    rules.save(() -> {});

    assertThat(rules.errorProperty().get()).contains("\"lots\" is not");
    assertThat(data.pricing().current()).isEmpty();
  }
}
