package dev.bobbin.model.ask;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question taken apart: the order number, date, sizes and quantities it mentions, and its
 * remaining words. Parsing never fails; what is not recognised stays among the words.
 *
 * @param text the question as asked, trimmed
 * @param orderNumber e.g. {@code PO-A1-0042}, upper case
 * @param orderDigits the number in "order 42"
 * @param date a date it mentions, resolved against today
 * @param sizes e.g. {@code 11in}, {@code 150cm} (see {@link #sizeKeys})
 * @param codes words joined by dashes, lower case, e.g. {@code sh-101} (a design code or SKU);
 *     their letters stay among the words, their numbers are not quantities
 * @param numbers the other numbers, in order
 * @param words the remaining words, lower case, in order
 */
record Question(
    String text,
    Optional<String> orderNumber,
    Optional<String> orderDigits,
    Optional<LocalDate> date,
    List<String> sizes,
    List<String> codes,
    List<BigDecimal> numbers,
    List<String> words) {

  /** The longest question Bobbin answers. */
  static final int MAX_LENGTH = 500;

  private static final Pattern ORDER_NUMBER =
      Pattern.compile("\\b[a-z]{1,4}-[a-z0-9]{1,4}-\\d{1,6}\\b");
  private static final Pattern ORDER_DIGITS =
      Pattern.compile("\\border\\s*(?:no\\.?|number|#)?\\s*#?(\\d{1,6})\\b");
  private static final Pattern SIZE =
      Pattern.compile(
          "(\\d+(?:\\.\\d+)?)(\\s*-\\s*|\\s*)(inches|inch|in\\b|\"|''|cm\\b|mm\\b|ft\\b|foot\\b|feet\\b)");
  private static final Pattern CODE = Pattern.compile("\\b[a-z0-9]+(?:-[a-z0-9]+)+\\b");
  private static final Pattern NUMBER =
      Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d+(?:\\.\\d+)?\\b");

  static Question parse(String question, LocalDate today) {
    String text = question.strip();
    String rest =
        text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('“', '"').replace('”', '"');

    Optional<String> orderNumber = Optional.empty();
    Matcher order = ORDER_NUMBER.matcher(rest);
    if (order.find()) {
      orderNumber = Optional.of(order.group().toUpperCase(Locale.ROOT));
      rest = blank(rest, order.start(), order.end());
    }
    Optional<String> orderDigits = Optional.empty();
    Matcher digits = ORDER_DIGITS.matcher(rest);
    if (orderNumber.isEmpty() && digits.find()) {
      orderDigits = Optional.of(digits.group(1));
      rest = blank(rest, digits.start(1), digits.end(1));
    }

    Optional<LocalDate> date = Optional.empty();
    Optional<RelativeDates.Found> found = RelativeDates.find(rest, today);
    if (found.isPresent()) {
      date = Optional.of(found.get().date());
      rest = blank(rest, found.get().start(), found.get().end());
    }

    List<String> sizes = new ArrayList<>();
    Matcher size = SIZE.matcher(rest);
    StringBuilder withoutSizes = new StringBuilder();
    int kept = 0;
    while (size.find()) {
      if (isSize(size)) {
        sizes.add(sizeKey(size.group(1), size.group(3)));
        withoutSizes.append(rest, kept, size.start()).append(' ');
        kept = size.end();
      }
    }
    withoutSizes.append(rest.substring(kept));
    rest = withoutSizes.toString();

    List<String> codes = new ArrayList<>();
    Matcher code = CODE.matcher(rest);
    StringBuilder withoutCodes = new StringBuilder();
    int copied = 0;
    while (code.find()) {
      codes.add(code.group());
      withoutCodes.append(rest, copied, code.start()).append(' ');
      for (String part : code.group().split("-", -1)) {
        if (!part.chars().allMatch(Character::isDigit)) {
          withoutCodes.append(part).append(' ');
        }
      }
      copied = code.end();
    }
    withoutCodes.append(rest.substring(copied));
    rest = withoutCodes.toString();

    List<BigDecimal> numbers = new ArrayList<>();
    Matcher number = NUMBER.matcher(rest);
    StringBuilder withoutNumbers = new StringBuilder();
    while (number.find()) {
      numbers.add(new BigDecimal(number.group().replace(",", "")));
      number.appendReplacement(withoutNumbers, " ");
    }
    number.appendTail(withoutNumbers);

    return new Question(
        text,
        orderNumber,
        orderDigits,
        date,
        List.copyOf(sizes),
        List.copyOf(codes),
        List.copyOf(numbers),
        Words.tokens(withoutNumbers.toString()));
  }

  /** The sizes written in an item's size or name, in the same form as a question's. */
  static Set<String> sizeKeys(String text) {
    if (text == null) {
      return Set.of();
    }
    Set<String> keys = new java.util.HashSet<>();
    Matcher m = SIZE.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (isSize(m)) {
        keys.add(sizeKey(m.group(1), m.group(3)));
      }
    }
    return keys;
  }

  /** "11in", "11-in" and "11 inch" are sizes; "300 in stock" is not. */
  private static boolean isSize(Matcher m) {
    boolean shortWord = m.group(3).equals("in") || m.group(3).equals("ft");
    return !shortWord || m.group(2).isEmpty() || m.group(2).contains("-");
  }

  private static String sizeKey(String number, String unit) {
    String n = new BigDecimal(number).stripTrailingZeros().toPlainString();
    String u =
        switch (unit) {
          case "cm", "mm" -> unit;
          case "ft", "foot", "feet" -> "ft";
          default -> "in";
        };
    return n + u;
  }

  private static String blank(String text, int start, int end) {
    return text.substring(0, start) + " " + text.substring(end);
  }

  boolean has(String... any) {
    for (String w : any) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words contain {@code phrase} (words separated by single spaces). */
  boolean hasPhrase(String phrase) {
    return (" " + String.join(" ", words) + " ").contains(" " + phrase + " ");
  }

  /** The first whole number asked about, e.g. the 300 in "can we make 300". */
  Optional<Integer> quantity() {
    return numbers.stream()
        .filter(n -> n.signum() > 0 && n.stripTrailingZeros().scale() <= 0)
        .filter(n -> n.compareTo(BigDecimal.valueOf(1_000_000)) <= 0)
        .map(BigDecimal::intValueExact)
        .findFirst();
  }
}
