package dev.bobbin.model.ask;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.ask.Answer.Figure;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.PriceBreakdown;
import dev.bobbin.model.quotes.QuoteRequest;
import dev.bobbin.model.quotes.QuoteResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quick quote priced by the organisation's quote engine, when the engine is given one. */
class QuickQuoteTest {
  private final AskScenario scenario = new AskScenario();
  private final List<QuoteRequest> asked = new ArrayList<>();

  private QuoteResult priced(QuoteRequest request) {
    asked.add(request);
    PriceBreakdown price =
        new PriceBreakdown(
            eur("3.93"),
            eur("5.00"),
            eur("1.20"),
            eur("1.78"),
            eur("0"),
            eur("11.91"),
            eur("2382.00"));
    return new QuoteResult(
        "Market tote",
        request.quantity(),
        price,
        List.of(),
        new QuoteResult.DeliveryEstimate(
            LocalDate.of(2026, 12, 8),
            LocalDate.of(2026, 12, 10),
            new BigDecimal("9.0"),
            List.of()),
        false,
        List.of(),
        List.of());
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void theQuoteEnginePricesTheDesignTheQuestionNames() {
    Answer answer =
        new AskEngine(scenario, this::priced)
            .answer("quote 200 market totes, complex, by friday", AskScenario.TODAY);

    assertThat(asked)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.designId()).isEqualTo(scenario.id("TOTE-01"));
              assertThat(r.quantity()).isEqualTo(200);
              assertThat(r.complexity()).isEqualTo(Complexity.COMPLEX);
              assertThat(r.deadline()).isEqualTo(LocalDate.of(2026, 11, 27));
              assertThat(r.today()).isEqualTo(AskScenario.TODAY);
            });
    assertThat(answer.intent()).isEqualTo(Intent.QUOTE);
    assertThat(answer.text())
        .isEqualTo(
            "A quote for 200 × Market tote (complex): 11.91 EUR each, 2382.00 EUR in all;"
                + " realistic delivery Thu 10 Dec, after the Fri 27 Nov asked.");
    assertThat(answer.figures())
        .extracting(Figure::name, Figure::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Unit price", "11.91"),
            org.assertj.core.groups.Tuple.tuple("Estimated delivery", "2026-12-10"));
    assertThat(answer.actions().get(0).link()).startsWith("bobbin://quotes/new?design=");
  }

  @Test
  void feasibilityTakesTheQuoteEnginesDeliverySoBothAnswersAgree() {
    Answer answer =
        new AskEngine(scenario, this::priced)
            .answer("can we make 200 of TOTE-01 by friday", AskScenario.TODAY);

    assertThat(asked).singleElement().satisfies(r -> assertThat(r.quantity()).isEqualTo(200));
    assertThat(answer.intent()).isEqualTo(Intent.FEASIBILITY);
    assertThat(answer.text())
        .isEqualTo(
            "Not as things stand for 200 × Market tote: the estimate is Thu 10 Dec, after Fri 27"
                + " Nov.");
    assertThat(answer.figures())
        .extracting(Figure::name, Figure::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Estimated delivery", "2026-12-10"),
            org.assertj.core.groups.Tuple.tuple("Likely delivery", "2026-12-08"));
  }

  @Test
  void aRequestTheQuoteEngineRefusesFallsBackToWhatCanBeComputed() {
    Answer answer =
        new AskEngine(
                scenario,
                r -> {
                  throw new ValidationException("QuoteRequest", "deadline", "is in the past");
                })
            .answer("quote 200 market totes", AskScenario.TODAY);

    assertThat(answer.intent()).isEqualTo(Intent.QUOTE);
    assertThat(answer.text()).contains("materials come to 785.00 EUR");
  }
}
