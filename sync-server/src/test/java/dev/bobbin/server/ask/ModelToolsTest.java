package dev.bobbin.server.ask;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.model.ask.AskData;
import dev.bobbin.model.ask.AskEngine;
import dev.bobbin.model.ask.Intent;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.StageStatus;
import dev.bobbin.server.ai.Completion;
import dev.bobbin.server.ai.Engine;
import dev.bobbin.server.ai.LanguageModel;
import dev.bobbin.server.http.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the operator's model gets for a question the engine does not recognise, and when. */
class ModelToolsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private final ObjectMapper json = Json.newMapper();

  /** One late order, nothing else. */
  private static final AskData ONE_LATE_ORDER =
      new AskData() {
        @Override
        public List<Stock> stock() {
          return List.of();
        }

        @Override
        public List<DesignRef> designs() {
          return List.of();
        }

        @Override
        public List<CustomerRef> customers() {
          return List.of();
        }

        @Override
        public List<OrderRef> openOrders() {
          return List.of(
              new OrderRef(
                  UUID.randomUUID(),
                  "PO-A1-0040",
                  UUID.randomUUID(),
                  "Market tote",
                  null,
                  200,
                  LocalDate.of(2026, 11, 20),
                  OrderStatus.IN_PROGRESS,
                  List.of(new StageRef("Sewing", 0, StageStatus.IN_PROGRESS))));
        }

        @Override
        public List<OrderRef> ordersNumbered(String fragment, int limit) {
          return List.of();
        }

        @Override
        public List<StageTiming> finishedStages() {
          return List.of();
        }
      };

  /** A model that calls one tool and answers with what it returned. */
  private static final class CallingModel implements LanguageModel {
    final List<String> toolsOffered = new ArrayList<>();
    String toolResult = "";

    @Override
    public boolean configured() {
      return true;
    }

    @Override
    public Optional<Completion> summarise(String instruction, String facts) {
      return Optional.empty();
    }

    @Override
    public Optional<Completion> answer(String system, String question, List<Tool> tools) {
      tools.forEach(t -> toolsOffered.add(t.name()));
      try {
        Tool late =
            tools.stream().filter(t -> t.name().equals("late_orders")).findFirst().orElseThrow();
        toolResult = late.run("{}");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return Optional.of(
          new Completion("One order is behind: PO-A1-0040.", 120, 12, BigDecimal.ZERO));
    }
  }

  @Test
  void anUnrecognisedQuestionGoesToTheModelWithReadOnlyToolsOverTheEngine() throws Exception {
    CallingModel model = new CallingModel();

    ModelTools.Answered answered =
        ModelTools.answer(new AskEngine(ONE_LATE_ORDER), model, "anything worrying?", TODAY, json);

    assertThat(answered.engine()).isEqualTo(Engine.MODEL);
    assertThat(answered.answer().text()).isEqualTo("One order is behind: PO-A1-0040.");
    assertThat(answered.answer().suggestions()).isNotEmpty();
    assertThat(answered.usage()).isPresent();
    assertThat(model.toolsOffered)
        .containsExactly(
            "stock_lookup",
            "low_stock",
            "late_orders",
            "blocked_orders",
            "order_status",
            "feasibility");
    JsonNode result = json.readTree(model.toolResult);
    assertThat(result.path("intent").asText()).isEqualTo("LATE_ORDERS");
    assertThat(result.path("figures").get(0).path("name").asText()).isEqualTo("PO-A1-0040");
  }

  @Test
  void aRecognisedQuestionNeverGoesToTheModel() {
    CallingModel model = new CallingModel();

    ModelTools.Answered answered =
        ModelTools.answer(
            new AskEngine(ONE_LATE_ORDER), model, "which orders are late", TODAY, json);

    assertThat(answered.engine()).isEqualTo(Engine.BUILT_IN);
    assertThat(answered.answer().intent()).isEqualTo(Intent.LATE_ORDERS);
    assertThat(model.toolsOffered).isEmpty();
  }

  @Test
  void withoutAModelAnUnrecognisedQuestionGetsSuggestions() {
    ModelTools.Answered answered =
        ModelTools.answer(
            new AskEngine(ONE_LATE_ORDER), LanguageModel.none(), "anything worrying?", TODAY, json);

    assertThat(answered.engine()).isEqualTo(Engine.BUILT_IN);
    assertThat(answered.answer().intent()).isEqualTo(Intent.UNKNOWN);
    assertThat(answered.answer().suggestions()).isNotEmpty();
  }
}
