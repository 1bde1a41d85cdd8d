package dev.bobbin.model.ask;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.ask.Answer.Figure;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions and their answers on {@link AskScenario}: a workshop on Wednesday 25 November 2026.
 * Each row: the question, the intent understood, words of the answer, one figure ({@code
 * name=value}, or empty) and the first action's link ({@code {key}} stands for the id of the item,
 * design or order of that key).
 */
class AskEngineTest {
  private final AskScenario scenario = new AskScenario();
  private final AskEngine engine = new AskEngine(scenario);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          how many red 11-inch balloons do we have | STOCK | 100 pcs of Latex balloon (BAL-R11) available (120 on hand, 20 reserved) | Latex balloon (BAL-R11)=100 | bobbin://inventory/items/{BAL-R11}
          how many red 11in balloons | STOCK | 100 pcs of Latex balloon (BAL-R11) | Latex balloon (BAL-R11)=100 | bobbin://inventory/items/{BAL-R11}
          red 11" balloons | STOCK | 100 pcs | Latex balloon (BAL-R11)=100 | bobbin://inventory/items/{BAL-R11}
          How many RED 5 inch balloons? | STOCK | 400 pcs of Latex balloon (BAL-R5) | Latex balloon (BAL-R5)=400 | bobbin://inventory/items/{BAL-R5}
          do we have white satin | STOCK | Yes: 42.5 m of Satin (SAT-WHT) | Satin (SAT-WHT)=42.5 | bobbin://inventory/items/{SAT-WHT}
          any white satin left? | STOCK | Yes: 42.5 m | Satin (SAT-WHT)=42.5 | bobbin://inventory/items/{SAT-WHT}
          do we have satin | STOCK | 2 items match, 52.5 m available in all | Satin (SAT-IVR)=10 | bobbin://inventory/items/{SAT-WHT}
          do we have pink satin | STOCK | No item matches "pink satin" exactly; the nearest | Satin (SAT-WHT)=42.5 | bobbin://inventory/items/{SAT-WHT}
          how many baloons | STOCK | 3 items match, 530 pcs available in all | Latex balloon (BAL-W11)=30 | bobbin://inventory/items/{BAL-R11}
          how much canvas is in stock | STOCK | Yes: 300 m of Canvas (CAN-NAT) | Canvas (CAN-NAT)=300 | bobbin://inventory/items/{CAN-NAT}
          stock of CAN-NAT | STOCK | 300 m of Canvas | Canvas (CAN-NAT)=300 | bobbin://inventory/items/{CAN-NAT}
          how many woven lables | STOCK | 1000 pcs of Woven label | Woven label (LBL-WOV)=1000 | bobbin://inventory/items/{LBL-WOV}
          do we have unicorn glitter | STOCK | No item in stock matches "unicorn glitter" | | bobbin://inventory?search=unicorn%20glitter
          are we low on zips | STOCK | No: Zip 20 cm (ZIP-20) is out of stock | Zip 20 cm (ZIP-20)=0 | bobbin://inventory/items/{ZIP-20}
          what is running low | LOW_STOCK | 3 items are below the reorder point | Zip 20 cm (ZIP-20)=0 | bobbin://inventory?filter=low
          what's low on stock | LOW_STOCK | furthest below: Zip 20 cm (ZIP-20) | Satin (SAT-IVR)=10 | bobbin://inventory?filter=low
          which fabrics are low | LOW_STOCK | 1 item is below the reorder point | Satin (SAT-IVR)=10 | bobbin://inventory?filter=low
          what do we need to reorder | LOW_STOCK | 3 items | Latex balloon (BAL-W11)=30 | bobbin://inventory?filter=low
          which orders are late | LATE_ORDERS | 2 orders are late: PO-A1-0040 and PO-A1-0041 | PO-A1-0040=5 | bobbin://production/orders?due=overdue
          show late orders | LATE_ORDERS | was due Fri 20 Nov and is in progress at Sewing | PO-A1-0041=2 | bobbin://production/orders?due=overdue
          any overdue orders for Acme | LATE_ORDERS | 1 order for Acme Stores is late: PO-A1-0040 | PO-A1-0040=5 | bobbin://production/orders?due=overdue
          late orders for northwind | LATE_ORDERS | 1 order for Northwind Boutique is late: PO-A1-0041 | PO-A1-0041=2 | bobbin://production/orders?due=overdue
          is anything behind for bloom events | LATE_ORDERS | No open order for Bloom Events is past its due date | | bobbin://production/orders?due=overdue
          what is blocked | BLOCKED_ORDERS | 1 order has a blocked stage and 1 is on hold | PO-A1-0041=blocked at Sewing | bobbin://production/orders/{PO-A1-0041}
          which orders are stuck | BLOCKED_ORDERS | PO-A1-0041 (Sewing) and PO-B2-0007 (on hold) | PO-B2-0007=on hold | bobbin://production/orders/{PO-A1-0041}
          anything on hold for acme | BLOCKED_ORDERS | No open order for Acme Stores is blocked or on hold | | bobbin://production/board
          where is PO-A1-0042 | ORDER_STATUS | is in progress at Finishing and is due Fri 27 Nov, in 2 days | Stages done=2 of 4 | bobbin://production/orders/{PO-A1-0042}
          status of po-a1-42 | ORDER_STATUS | PO-A1-0042 (300 × Market tote for Acme Stores) | Stage=Finishing (in progress) | bobbin://production/orders/{PO-A1-0042}
          what's happening with order 41 | ORDER_STATUS | is blocked at Sewing and was due Mon 23 Nov, 2 days ago | Status=in progress | bobbin://production/orders/{PO-A1-0041}
          where is PO-A1-0030 | ORDER_STATUS | is done and was due Sun 1 Nov | Status=done | bobbin://production/orders/{PO-A1-0030}
          where is PO-Z9-0001 | ORDER_STATUS | No production order is numbered PO-Z9-0001 | | bobbin://production/orders
          can we make 300 of TOTE-01 by Friday | FEASIBILITY | the estimate is Thu 10 Dec, after Fri 27 Nov | Estimated delivery=2026-12-10 | bobbin://production/orders/new?design={TOTE-01}&quantity=300&due=2026-11-27
          can we make 300 market totes by 2026-12-15 | FEASIBILITY | Yes: the materials for 300 × Market tote are available | Canvas (CAN-NAT)=240 | bobbin://production/orders/new?design={TOTE-01}&quantity=300&due=2026-12-15
          could we make 100 summer tees in 3 weeks | FEASIBILITY | Cotton jersey by 50 m | Wanted by=2026-12-16 | bobbin://production/orders/new?design={TEE-02}&quantity=100&due=2026-12-16
          can we make 2 balloon arches next week | FEASIBILITY | 2 materials fall short | Wanted by=2026-12-04 | bobbin://production/orders/new?design={ARCH-03}&quantity=2&due=2026-12-04
          can we make 50 of the market tote in 3 weeks | FEASIBILITY | Yes | Queue=9.0 | bobbin://production/orders/new?design={TOTE-01}&quantity=50&due=2026-12-16
          is 40 TEE-02 possible by 1 dec | FEASIBILITY | the estimate is Thu 10 Dec, after Tue 1 Dec | Cotton jersey (JER-NVY)=60 | bobbin://production/orders/new?design={TEE-02}&quantity=40&due=2026-12-01
          can we make 120 of tote-01 by 2026-12-15 | FEASIBILITY | Yes: the materials for 120 × Market tote are available | Canvas (CAN-NAT)=96 | bobbin://production/orders/new?design={TOTE-01}&quantity=120&due=2026-12-15
          how many LBL-WOV are left | STOCK | 1000 pcs of Woven label (LBL-WOV) | Woven label (LBL-WOV)=1000 | bobbin://inventory/items/{LBL-WOV}
          can we make some totes | FEASIBILITY | How many of Market tote? | | bobbin://designs/{TOTE-01}
          can we make 300 of unicorn dresses | FEASIBILITY | Which design? No design matches that | | bobbin://designs
          quote 200 tote bags, complex | QUOTE | materials come to 785.00 EUR (3.93 EUR each) | Complexity=complex | bobbin://quotes/new?design={TOTE-01}&product=Market%20tote&quantity=200&complexity=complex
          quote 300 market totes simple | QUOTE | 300 × Market tote (simple) | Materials=1177.50 | bobbin://quotes/new?design={TOTE-01}&product=Market%20tote&quantity=300&complexity=simple
          price for 50 summer tees by 4 december | QUOTE | 457.50 EUR | Materials per unit=9.15 | bobbin://quotes/new?design={TEE-02}&product=Summer%20tee&quantity=50&complexity=standard&deadline=2026-12-04
          how much would 100 market totes cost | QUOTE | estimated delivery Thu 10 Dec | Estimated delivery=2026-12-10 | bobbin://quotes/new?design={TOTE-01}&product=Market%20tote&quantity=100&complexity=standard
          quote 500 aprons | QUOTE | no design matches, so the quote screen prices it from your rates | Product=aprons | bobbin://quotes/new?product=aprons&quantity=500&complexity=standard
          new quote | NAVIGATE | Opening a new quote | | bobbin://quotes/new
          open inventory | NAVIGATE | Opening Inventory | | bobbin://inventory
          show conflicts | NAVIGATE | Opening Conflicts | | bobbin://conflicts
          go to the dashboard | NAVIGATE | Opening Dashboard | | bobbin://dashboard
          take me to production | NAVIGATE | Opening Production | | bobbin://production
          new order | NAVIGATE | Opening a new order | | bobbin://production/orders/new
          customers | NAVIGATE | Opening Customers | | bobbin://customers
          open the stage board | NAVIGATE | Opening Stage board | | bobbin://production/board
          """)
  void answers(String question, Intent intent, String words, String figure, String firstAction) {
    Answer answer = engine.answer(question, AskScenario.TODAY);

    assertThat(answer.intent()).as(answer.text()).isEqualTo(intent);
    assertThat(answer.text()).contains(words);
    if (figure != null) {
      String[] nameValue = figure.split("=", 2);
      assertThat(answer.figures())
          .extracting(Figure::name, Figure::value)
          .as(answer.text())
          .contains(org.assertj.core.groups.Tuple.tuple(nameValue[0], nameValue[1]));
    }
    assertThat(answer.actions()).isNotEmpty();
    assertThat(answer.actions().get(0).link()).isEqualTo(resolve(firstAction));
    assertThat(answer.suggestions()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          what's the weather like | How many canvas do we have?
          tell me a joke | How many canvas do we have?
          sing | How many canvas do we have?
          how are sales this month | How many canvas do we have?
          which design sells best | Can we make 300 of ARCH-03 by Friday?
          blorp | How many canvas do we have?
          """)
  void anUnknownQuestionGetsSuggestionsNotAnAnswer(String question, String oneSuggestion) {
    Answer answer = engine.answer(question, AskScenario.TODAY);

    assertThat(answer.intent()).isEqualTo(Intent.UNKNOWN);
    assertThat(answer.figures()).isEmpty();
    assertThat(answer.actions()).isEmpty();
    assertThat(answer.suggestions()).hasSize(Suggestions.SHOWN).contains(oneSuggestion);
  }

  @Test
  void everySuggestionIsAQuestionTheEngineAnswers() {
    for (String example : Suggestions.examples(scenario)) {
      assertThat(engine.answer(example, AskScenario.TODAY).intent())
          .as(example)
          .isNotEqualTo(Intent.UNKNOWN);
    }
  }

  @Test
  void aBlankQuestionGetsSuggestions() {
    assertThat(engine.answer("  ?! ", AskScenario.TODAY).intent()).isEqualTo(Intent.UNKNOWN);
  }

  @Test
  void withNoFinishedStagesFeasibilitySaysSoInsteadOfGuessingADate() {
    AskData noHistory =
        new AskData() {
          @Override
          public java.util.List<Stock> stock() {
            return scenario.stock();
          }

          @Override
          public java.util.List<DesignRef> designs() {
            return scenario.designs();
          }

          @Override
          public java.util.List<CustomerRef> customers() {
            return scenario.customers();
          }

          @Override
          public java.util.List<OrderRef> openOrders() {
            return scenario.openOrders();
          }

          @Override
          public java.util.List<OrderRef> ordersNumbered(String fragment, int limit) {
            return scenario.ordersNumbered(fragment, limit);
          }

          @Override
          public java.util.List<StageTiming> finishedStages() {
            return java.util.List.of();
          }
        };

    Answer answer = new AskEngine(noHistory).answer("can we make 10 TOTE-01", AskScenario.TODAY);

    assertThat(answer.text()).contains("no finished stages yet to estimate delivery from");
    assertThat(answer.figures()).extracting(Figure::name).doesNotContain("Estimated delivery");
  }

  private String resolve(String link) {
    String out = link;
    for (Map.Entry<String, java.util.UUID> e : scenario.ids.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue().toString());
    }
    return out;
  }
}
