package dev.bobbin.server.ask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.model.ask.Answer;
import dev.bobbin.model.ask.AskEngine;
import dev.bobbin.model.ask.Intent;
import dev.bobbin.server.ai.Completion;
import dev.bobbin.server.ai.Engine;
import dev.bobbin.server.ai.LanguageModel;
import dev.bobbin.server.ai.LanguageModel.Tool;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The read-only tools a language model may call for a question the built-in engine did not
 * recognise: each asks {@link AskEngine} a question of its own kind and returns the answer as JSON,
 * so the model works from the same figures as the built-in answers.
 */
final class ModelTools {
  static final String SYSTEM =
      "You answer questions from the staff of a garment factory about their own stock and"
          + " production, in two or three sentences. Use only the tools' results; when they do not"
          + " answer the question, say that Bobbin has no data for it. Never invent numbers.";

  private ModelTools() {}

  /** An answer, which engine made it, and what the model cost when it was used. */
  record Answered(Answer answer, Engine engine, Optional<Completion> usage) {}

  /**
   * The engine's answer; for a question it did not recognise, the model's (with the engine's
   * suggestions kept beside it) when a model is configured and answers.
   */
  static Answered answer(
      AskEngine engine, LanguageModel model, String question, LocalDate today, ObjectMapper json) {
    Answer answer = engine.answer(question, today);
    if (answer.intent() != Intent.UNKNOWN || !model.configured()) {
      return new Answered(answer, Engine.BUILT_IN, Optional.empty());
    }
    Optional<Completion> completion = model.answer(SYSTEM, question, over(engine, today, json));
    if (completion.isEmpty() || completion.get().text().isBlank()) {
      return new Answered(answer, Engine.BUILT_IN, Optional.empty());
    }
    return new Answered(
        new Answer(
            Intent.UNKNOWN, completion.get().text(), List.of(), List.of(), answer.suggestions()),
        Engine.MODEL,
        completion);
  }

  static List<Tool> over(AskEngine engine, LocalDate today, ObjectMapper json) {
    return List.of(
        tool(
            engine,
            today,
            json,
            "stock_lookup",
            "Stock of the items matching a description (name, colour, size), with on hand and"
                + " available quantities.",
            "{\"type\":\"object\",\"properties\":{\"item\":{\"type\":\"string\","
                + "\"description\":\"e.g. red 11-inch balloons\"}},\"required\":[\"item\"]}",
            a -> "how many " + a.path("item").asText() + " do we have"),
        tool(
            engine,
            today,
            json,
            "low_stock",
            "Items below their reorder point.",
            "{\"type\":\"object\",\"properties\":{}}",
            a -> "what is running low"),
        tool(
            engine,
            today,
            json,
            "late_orders",
            "Open production orders past their due date.",
            "{\"type\":\"object\",\"properties\":{}}",
            a -> "which orders are late"),
        tool(
            engine,
            today,
            json,
            "blocked_orders",
            "Open production orders with a blocked stage or on hold.",
            "{\"type\":\"object\",\"properties\":{}}",
            a -> "what is blocked"),
        tool(
            engine,
            today,
            json,
            "order_status",
            "Where a production order stands, by its number.",
            "{\"type\":\"object\",\"properties\":{\"number\":{\"type\":\"string\","
                + "\"description\":\"e.g. PO-A1-0042\"}},\"required\":[\"number\"]}",
            a -> "where is " + a.path("number").asText()),
        tool(
            engine,
            today,
            json,
            "feasibility",
            "Whether a quantity of a design can be made from stock, and the delivery estimate.",
            "{\"type\":\"object\",\"properties\":{\"design\":{\"type\":\"string\"},"
                + "\"quantity\":{\"type\":\"integer\",\"minimum\":1},"
                + "\"by\":{\"type\":\"string\",\"format\":\"date\"}},"
                + "\"required\":[\"design\",\"quantity\"]}",
            a ->
                "can we make "
                    + a.path("quantity").asInt()
                    + " of "
                    + a.path("design").asText()
                    + (a.hasNonNull("by") ? " by " + a.path("by").asText() : "")));
  }

  private static Tool tool(
      AskEngine engine,
      LocalDate today,
      ObjectMapper json,
      String name,
      String description,
      String schema,
      Function<JsonNode, String> question) {
    return new Tool() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public String parametersSchema() {
        return schema;
      }

      @Override
      public String run(String argumentsJson) throws Exception {
        JsonNode arguments =
            argumentsJson == null || argumentsJson.isBlank()
                ? json.createObjectNode()
                : json.readTree(argumentsJson);
        return json.writeValueAsString(engine.answer(question.apply(arguments), today));
      }
    };
  }
}
