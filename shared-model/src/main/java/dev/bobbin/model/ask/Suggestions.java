package dev.bobbin.model.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Questions Bobbin can answer, closest to one it could not, filled in with the organisation's own
 * names.
 */
final class Suggestions {
  static final int SHOWN = 3;

  private Suggestions() {}

  static List<String> examples(AskData data) {
    List<String> out = new ArrayList<>();
    String item =
        data.stock().stream()
            .map(s -> s.item().name().toLowerCase(java.util.Locale.ROOT))
            .sorted()
            .findFirst()
            .orElse("red satin");
    out.add("How many " + item + " do we have?");
    out.add("Which orders are late?");
    String design =
        data.designs().stream().map(AskData.DesignRef::code).sorted().findFirst().orElse("TEE-01");
    out.add("Can we make 300 of " + design + " by Friday?");
    out.add("What is running low?");
    out.add("What is blocked?");
    data.openOrders().stream()
        .map(AskData.OrderRef::number)
        .sorted()
        .findFirst()
        .ifPresent(n -> out.add("Where is " + n + "?"));
    out.add("Quote 200 tote bags, complex");
    out.add("Open inventory");
    out.add("New quote");
    out.add("Show conflicts");
    return out;
  }

  /** The examples sharing most words with {@code q}; the first examples when none shares any. */
  static List<String> closest(Question q, List<String> examples) {
    List<String> words = Matching.content(q, java.util.Set.of());
    List<String> ranked = new ArrayList<>(examples);
    ranked.sort(
        Comparator.comparingInt((String e) -> Words.matches(words, Words.stems(e))).reversed());
    return ranked.subList(0, Math.min(SHOWN, ranked.size()));
  }

  static Answer unknown(Question q, AskData data) {
    return new Answer(
        Intent.UNKNOWN,
        "Bobbin cannot answer that from your data. Try one of these:",
        List.of(),
        List.of(),
        closest(q, examples(data)));
  }
}
