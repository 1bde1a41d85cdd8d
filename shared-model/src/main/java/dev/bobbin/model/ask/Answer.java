package dev.bobbin.model.ask;

import java.util.List;
import java.util.Objects;

/**
 * What Bobbin answers to a question: a short text, the figures it rests on, and where to go next.
 *
 * @param text one or two sentences
 * @param figures the numbers behind the text, in the order they are best read
 * @param actions deep links ({@link AskLinks}), the most useful first
 * @param suggestions questions Bobbin can answer, for an unrecognised question (else empty)
 */
public record Answer(
    Intent intent,
    String text,
    List<Figure> figures,
    List<Action> actions,
    List<String> suggestions) {

  public Answer {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(text, "text");
    figures = List.copyOf(figures);
    actions = List.copyOf(actions);
    suggestions = List.copyOf(suggestions);
  }

  static Answer of(Intent intent, String text, List<Figure> figures, List<Action> actions) {
    return new Answer(intent, text, figures, actions, List.of());
  }

  /**
   * One named value, e.g. {@code ("Red balloon 11 in", "120", "pcs")}.
   *
   * @param unit empty when the value has none
   */
  public record Figure(String name, String value, String unit) {
    public Figure {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      unit = unit == null ? "" : unit;
    }
  }

  /** A button: its label and the deep link it follows. */
  public record Action(String label, String link) {
    public Action {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(link, "link");
    }
  }
}
