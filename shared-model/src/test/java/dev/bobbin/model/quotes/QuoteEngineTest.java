package dev.bobbin.model.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import dev.bobbin.model.quotes.QuoteData.StageHistory;
import dev.bobbin.model.quotes.QuoteResult.AlternativeMaterial;
import dev.bobbin.model.quotes.QuoteResult.QuantityBreak;
import dev.bobbin.model.quotes.QuoteResult.RealisticDeadline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteEngineTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final TestQuoteData data = new TestQuoteData();
  private Item twill;
  private Item thread;
  private Item label;
  private Design shirt;

  @BeforeEach
  void organisation() {
    twill =
        data.add(
            TestQuoteData.item("FAB-TWILL-NAVY", Category.FABRIC, "#1B2A4A", Unit.M, "4.50"), "30");
    thread =
        data.add(
            TestQuoteData.item("THR-NAVY", Category.THREAD, "#1B2A4A", Unit.M, "0.0125"), "100000");
    label =
        data.add(TestQuoteData.item("LBL-WOVEN", Category.LABEL, null, Unit.PCS, "0.12"), "5000");
    shirt =
        new Design(
            Ids.newId(),
            "D-001",
            "Work shirt",
            null,
            null,
            DesignStatus.APPROVED,
            Set.of(),
            null,
            List.of(),
            List.of(
                new BomLine(twill.id(), new BigDecimal("1.2")),
                new BomLine(thread.id(), new BigDecimal("150")),
                new BomLine(label.id(), BigDecimal.ONE)));
    data.designs.put(shirt.id(), shirt);
  }

  private QuoteResult quote(int quantity) {
    return new QuoteEngine(data)
        .quote(
            new QuoteRequest(
                null, quantity, null, null, Complexity.STANDARD, shirt.id(), null, TODAY));
  }

  @Test
  void aDesignIsPricedFromItsBillOfMaterialsWithEachStepRoundedAsDocumented() {
    // materials 1.2 × 4.50 + 150 × 0.0125 + 1 × 0.12 = 5.40 + 1.875 + 0.12 = 7.395
    // labour 25 min × 15.00 / 60 = 6.25; overhead 15 % of 13.645 = 2.04675 → 2.0468
    // margin 25 % of 15.6918 = 3.92295 → 3.9230; unit 19.6148 → 19.61; total 40 × 19.61
    PriceBreakdown price = quote(40).breakdown();

    assertThat(price.materials()).isEqualTo(Money.of("7.395", "USD"));
    assertThat(price.labour()).isEqualTo(Money.of("6.25", "USD"));
    assertThat(price.overhead()).isEqualTo(Money.of("2.0468", "USD"));
    assertThat(price.margin()).isEqualTo(Money.of("3.9230", "USD"));
    assertThat(price.discount()).isEqualTo(Money.of("0", "USD"));
    assertThat(price.unitPrice()).isEqualTo(Money.of("19.61", "USD"));
    assertThat(price.unitPrice().amount().scale()).isEqualTo(2);
    assertThat(price.total()).isEqualTo(Money.of("784.40", "USD"));
  }

  @ParameterizedTest(name = "{0} pieces: {1} off, {2} each, {3} in all")
  @CsvSource({
    "49, 0, 19.61, 960.89",
    "50, 0.5884, 19.03, 951.50",
    "120, 0.9807, 18.63, 2235.60",
    "250, 1.5692, 18.05, 4512.50",
    "500, 1.9615, 17.65, 8825.00"
  })
  void theVolumeTierOfTheQuantityComesOffTheUnitPrice(
      int quantity, String discount, String unit, String total) {
    // list price 19.6148: 3 % = 0.588444, 5 % = 0.98074, 8 % = 1.569184, 10 % = 1.96148
    PriceBreakdown price = quote(quantity).breakdown();

    assertThat(price.discount()).isEqualTo(Money.of(discount, "USD"));
    assertThat(price.unitPrice()).isEqualTo(Money.of(unit, "USD"));
    assertThat(price.total()).isEqualTo(Money.of(total, "USD"));
  }

  @Test
  void theTotalIsTheRoundedUnitPriceTimesTheQuantity() {
    data.pricing = flat();
    Item print =
        data.add(
            TestQuoteData.item("PRT-A3", Category.PRINT_MEDIA, null, Unit.PCS, "10.005"), "99");

    QuoteResult result =
        new QuoteEngine(data)
            .quote(
                new QuoteRequest(
                    "Poster", 3, print.id(), null, Complexity.SIMPLE, null, null, TODAY));

    // 10.005 rounds half-up to 10.01; 3 × 10.01 = 30.03, not 3 × 10.005 = 30.015 → 30.02
    assertThat(result.breakdown().unitPrice()).isEqualTo(Money.of("10.01", "USD"));
    assertThat(result.breakdown().total()).isEqualTo(Money.of("30.03", "USD"));
  }

  @Test
  void withoutADesignTheMaterialIsPricedPerUnitAsAsked() {
    data.pricing = flat();
    QuoteResult result =
        new QuoteEngine(data)
            .quote(
                new QuoteRequest(
                    "Banner",
                    2,
                    twill.id(),
                    new BigDecimal("2.5"),
                    Complexity.SIMPLE,
                    null,
                    null,
                    TODAY));

    assertThat(result.breakdown().materials()).isEqualTo(Money.of("11.25", "USD"));
    assertThat(result.materials())
        .singleElement()
        .satisfies(line -> assertThat(line.needed()).isEqualByComparingTo("5"));
  }

  @Test
  void theChosenMaterialTakesThePlaceOfTheBillsLineOfItsCategory() {
    Item linen =
        data.add(
            TestQuoteData.item("FAB-LINEN", Category.FABRIC, "#EEE8D5", Unit.M, "6.00"), "500");

    QuoteResult result =
        new QuoteEngine(data)
            .quote(
                new QuoteRequest(
                    null, 10, linen.id(), null, Complexity.STANDARD, shirt.id(), null, TODAY));

    assertThat(result.materials())
        .extracting(QuoteResult.MaterialLine::sku)
        .containsExactly("FAB-LINEN", "THR-NAVY", "LBL-WOVEN");
    // 1.2 × 6.00 + 1.875 + 0.12
    assertThat(result.breakdown().materials()).isEqualTo(Money.of("9.195", "USD"));
  }

  @Test
  void aProductTypesOwnMinutesReplaceTheComplexitysMinutes() {
    data.pricing =
        new PricingSettings(
            data.pricing.id(),
            Money.of("12", "USD"),
            Money.of("15", "USD"),
            Money.of("20", "USD"),
            BigDecimal.TEN,
            new BigDecimal("25"),
            new BigDecimal("60"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            List.of(),
            List.of("work shirt:STANDARD:40"));

    // 40 min × 15.00 / 60
    assertThat(quote(1).breakdown().labour()).isEqualTo(Money.of("10", "USD"));
  }

  @Test
  void aMaterialShortOfStockIsAShortfallWithTheClosestInStockAlternative() {
    data.add(
        TestQuoteData.item("FAB-TWILL-RED", Category.FABRIC, "#C0392B", Unit.M, "4.50"), "200");
    Item navy =
        data.add(
            TestQuoteData.item("FAB-CANVAS-NAVY", Category.FABRIC, "#1F2A44", Unit.M, "4.40"),
            "100");
    data.add(TestQuoteData.item("FAB-TWILL-INK", Category.FABRIC, "#1B2A4B", Unit.M, "4.50"), "10");
    data.add(TestQuoteData.item("TRM-NAVY", Category.TRIM, "#1B2A4A", Unit.M, "4.50"), "900");

    QuoteResult result = quote(40);

    assertThat(result.shortfalls())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.sku()).isEqualTo("FAB-TWILL-NAVY");
              assertThat(s.needed()).isEqualByComparingTo("48");
              assertThat(s.available()).isEqualByComparingTo("30");
              assertThat(s.missing()).isEqualByComparingTo("18");
            });
    assertThat(result.suggestions())
        .filteredOn(AlternativeMaterial.class::isInstance)
        .singleElement()
        .satisfies(
            s -> {
              AlternativeMaterial alternative = (AlternativeMaterial) s;
              assertThat(alternative.itemId()).isEqualTo(navy.id());
              assertThat(alternative.replacesItemId()).isEqualTo(twill.id());
              assertThat(alternative.text()).contains("FAB-CANVAS-NAVY", "100 m available");
            });
  }

  @Test
  void theNextVolumeTierIsSuggestedWhenItLowersTheUnitPrice() {
    QuoteResult result = quote(40);

    assertThat(result.suggestions())
        .filteredOn(QuantityBreak.class::isInstance)
        .singleElement()
        .satisfies(
            s -> {
              QuantityBreak quantityBreak = (QuantityBreak) s;
              assertThat(quantityBreak.quantity()).isEqualTo(50);
              assertThat(quantityBreak.unitPrice()).isEqualTo(Money.of("19.03", "USD"));
              assertThat(quantityBreak.text()).startsWith("Order 50 (+10)");
            });
    assertThat(quote(500).suggestions()).noneMatch(QuantityBreak.class::isInstance);
  }

  @Test
  void deliveryIsLearnedFromTheStagesMediansAndEightiethPercentilesPlusTheQueueAhead() {
    seedHistory();

    QuoteResult.DeliveryEstimate delivery = quote(10).delivery();

    // cutting 2..10 h: median 6, p80 8.4; sewing 10..50 h: median 30, p80 42; QC unknown: 24
    // queue: cutting 6 open at 2/day = 3 days but one after another 6 × 6 h = 1.5 days → 1.5;
    // sewing 4 open at 1/day = 4 days (one after another 5) → 4; the busiest stage: 4
    // likely 4 + 60 h/24 = 6.5 → 7 days; realistic 4 + 74.4 h/24 = 7.1 → 8 days
    assertThat(delivery.queueDays()).isEqualByComparingTo("4");
    assertThat(delivery.likely()).isEqualTo(TODAY.plusDays(7));
    assertThat(delivery.realistic()).isEqualTo(TODAY.plusDays(8));
    assertThat(delivery.stages())
        .extracting(
            QuoteResult.StageEstimate::stage,
            QuoteResult.StageEstimate::samples,
            s -> s.medianHours().toPlainString(),
            s -> s.p80Hours().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Cutting", 5, "6.0", "8.4"),
            org.assertj.core.groups.Tuple.tuple("Sewing", 5, "30.0", "42.0"),
            org.assertj.core.groups.Tuple.tuple("QC", 0, "24.0", "24.0"));
  }

  @Test
  void aTooEarlyDeadlineIsMissedAndTheRealisticDateSuggested() {
    seedHistory();

    QuoteResult result =
        new QuoteEngine(data)
            .quote(
                new QuoteRequest(
                    null,
                    10,
                    null,
                    null,
                    Complexity.STANDARD,
                    shirt.id(),
                    TODAY.plusDays(5),
                    TODAY));

    assertThat(result.deadlineMet()).isFalse();
    assertThat(result.suggestions())
        .filteredOn(RealisticDeadline.class::isInstance)
        .singleElement()
        .satisfies(s -> assertThat(((RealisticDeadline) s).date()).isEqualTo(TODAY.plusDays(8)));
  }

  @Test
  void aDeadlineAfterTheRealisticDateIsMet() {
    seedHistory();

    QuoteResult result =
        new QuoteEngine(data)
            .quote(
                new QuoteRequest(
                    null,
                    10,
                    null,
                    null,
                    Complexity.STANDARD,
                    shirt.id(),
                    TODAY.plusDays(8),
                    TODAY));

    assertThat(result.deadlineMet()).isTrue();
    assertThat(result.suggestions()).noneMatch(RealisticDeadline.class::isInstance);
  }

  @Test
  void withoutAWorkflowDeliveryIsToday() {
    assertThat(quote(1).delivery().realistic()).isEqualTo(TODAY);
  }

  @Test
  void unknownDesignsAndMaterialsAreRefused() {
    QuoteEngine engine = new QuoteEngine(data);

    assertThatThrownBy(
            () ->
                engine.quote(
                    new QuoteRequest(
                        "Shirt", 1, null, null, Complexity.SIMPLE, Ids.newId(), null, TODAY)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("designId: names no design");
    assertThatThrownBy(
            () ->
                engine.quote(
                    new QuoteRequest(
                        "Shirt", 1, Ids.newId(), null, Complexity.SIMPLE, null, null, TODAY)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("materialItemId: names no item");
  }

  @Test
  void aRequestNeedsAPositiveQuantityAndNoPastDeadline() {
    assertThatThrownBy(
            () -> new QuoteRequest("Shirt", 0, null, null, Complexity.SIMPLE, null, null, TODAY))
        .hasMessageContaining("quantity: must be greater than zero");
    assertThatThrownBy(
            () ->
                new QuoteRequest(
                    "Shirt", 5, null, null, Complexity.SIMPLE, null, TODAY.minusDays(1), TODAY))
        .hasMessageContaining("deadline: must not be in the past");
    assertThatThrownBy(
            () -> new QuoteRequest(" ", 5, null, null, Complexity.SIMPLE, null, null, TODAY))
        .hasMessageContaining("productType: is required when no design is given");
  }

  @Test
  void pricingSettingsRefuseMalformedTiersAndProductMinutes() {
    assertThatThrownBy(
            () ->
                new PricingSettings(
                    Ids.newId(),
                    Money.of("12", "USD"),
                    Money.of("15", "USD"),
                    Money.of("20", "EUR"),
                    BigDecimal.TEN,
                    BigDecimal.TEN,
                    BigDecimal.TEN,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    List.of("100", "50:100"),
                    List.of("Shirt:HARD:10")))
        .hasMessageContaining("all hourly rates must be in one currency")
        .hasMessageContaining("\"100\" is not")
        .hasMessageContaining("\"50:100\" is not")
        .hasMessageContaining("\"Shirt:HARD:10\" is not");
  }

  private PricingSettings flat() {
    return new PricingSettings(
        Ids.newId(),
        Money.of("0", "USD"),
        Money.of("0", "USD"),
        Money.of("0", "USD"),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        List.of(),
        List.of());
  }

  private void seedHistory() {
    data.workflow =
        new WorkflowTemplate(
            Ids.newId(),
            "Garments",
            List.of(
                new StageTemplate("Cutting", false),
                new StageTemplate("Sewing", true),
                new StageTemplate("QC", false)));
    data.history.put("Cutting", new StageHistory(hours(10, 2, 8, 4, 6), 60, 6));
    data.history.put("Sewing", new StageHistory(hours(50, 30, 10, 40, 20), 30, 4));
  }

  private static List<Long> hours(long... values) {
    return java.util.Arrays.stream(values).map(h -> h * 3600).boxed().toList();
  }

  static {
    Currency.getInstance("USD");
  }
}
