package dev.bobbin.server.ai;

import java.util.List;
import java.util.Optional;

/**
 * The operator's optional language model (any OpenAI-compatible endpoint). Every method answers
 * {@link Optional#empty()} instead of failing: when no model is configured, when it is slow,
 * failing or its circuit is open. Callers always have the built-in answer to fall back on.
 */
public interface LanguageModel {
  /** Whether an operator configured a model at all. */
  boolean configured();

  /**
   * A short written summary (a few sentences) of {@code facts}, following {@code instruction}.
   *
   * @param instruction what to write, e.g. "Summarise this quote for the customer."
   * @param facts the built-in engine's answer as plain text or JSON
   */
  Optional<Completion> summarise(String instruction, String facts);

  /**
   * Answers {@code question} with the help of read-only {@code tools}: the model may call them
   * (several rounds at most), each call is run by {@link Tool#run} and its result sent back.
   */
  Optional<Completion> answer(String system, String question, List<Tool> tools);

  /** A read-only function the model may call. */
  interface Tool {
    /** Its name for the model, e.g. {@code stock_lookup}. */
    String name();

    /** What it returns, for the model. */
    String description();

    /** The JSON Schema of its arguments, as JSON text. */
    String parametersSchema();

    /** Runs the tool on the model's JSON arguments; returns JSON text. */
    String run(String argumentsJson) throws Exception;
  }

  /** No model configured. */
  static LanguageModel none() {
    return new LanguageModel() {
      @Override
      public boolean configured() {
        return false;
      }

      @Override
      public Optional<Completion> summarise(String instruction, String facts) {
        return Optional.empty();
      }

      @Override
      public Optional<Completion> answer(String system, String question, List<Tool> tools) {
        return Optional.empty();
      }
    };
  }
}
