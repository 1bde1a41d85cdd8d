package dev.bobbin.server.ai;

/** Which engine answered an AI call; shown to users as {@link #label()}. */
public enum Engine {
  /** Bobbin's own engine, over the organisation's data. */
  BUILT_IN("built-in"),
  /** The built-in answer plus the operator's language model's summary. */
  BUILT_IN_WITH_MODEL("built-in+model"),
  /** The language model, using read-only tools over the built-in queries. */
  MODEL("model");

  private final String label;

  Engine(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
