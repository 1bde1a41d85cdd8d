package dev.bobbin.model.ask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Words as the engine compares them: lower case, singular, forgiving one typo. */
final class Words {
  /** Colour words people use for stock; item colour names add their own words to these. */
  static final Set<String> COLOURS =
      Set.of(
          "red",
          "white",
          "black",
          "blue",
          "navy",
          "green",
          "yellow",
          "pink",
          "purple",
          "gold",
          "silver",
          "ivory",
          "cream",
          "grey",
          "gray",
          "orange",
          "brown",
          "beige",
          "teal",
          "lilac",
          "mint",
          "coral",
          "burgundy",
          "maroon",
          "khaki",
          "olive",
          "turquoise",
          "rose",
          "clear",
          "natural",
          "charcoal",
          "peach",
          "lavender",
          "aqua",
          "magenta",
          "violet",
          "indigo",
          "tan");

  private Words() {}

  /** Lower-case words of {@code text}: letters and digits, everything else a separator. */
  static List<String> tokens(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+", -1))
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /**
   * Singular, roughly: {@code balloons → balloon}, {@code ribbons → ribbon}, {@code boxes → box}.
   */
  static String stem(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 4
        && (word.endsWith("xes")
            || word.endsWith("ches")
            || word.endsWith("shes")
            || word.endsWith("sses"))) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  static List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    for (String t : tokens(text)) {
      out.add(stem(t));
    }
    return out;
  }

  /** Whether two stemmed words are the same word, allowing a typo in longer words. */
  static boolean similar(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int shorter = Math.min(a.length(), b.length());
    if (shorter < 4 || Math.abs(a.length() - b.length()) > 2) {
      return false;
    }
    int allowed = shorter >= 8 ? 2 : 1;
    return distance(a, b) <= allowed;
  }

  /** Edit distance counting a swap of two neighbouring letters as one edit ("lable", "label"). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** How many of {@code wanted} have a similar word in {@code among}. */
  static int matches(List<String> wanted, List<String> among) {
    int n = 0;
    for (String w : wanted) {
      if (among.stream().anyMatch(a -> similar(w, a))) {
        n++;
      }
    }
    return n;
  }
}
