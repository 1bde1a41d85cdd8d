package dev.bobbin.model.ask;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a question, against a given today: {@code 2026-12-04}, {@code today}, {@code tomorrow},
 * {@code friday} (the next one, today included), {@code next friday} (the one in next week), {@code
 * this week} and {@code end of the week} (this week's Friday), {@code next week} (next week's
 * Friday), {@code end of the month}, {@code in 10 days}, {@code in 2 weeks}, {@code in a month},
 * {@code 4 december} and {@code dec 4th} (this year, or next when it has passed).
 */
final class RelativeDates {
  private static final String DAYS =
      "(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)";
  private static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern IN =
      Pattern.compile(
          "\\b(?:in|within)\\s+(\\d+|a|an|one|two|three|four)\\s+(day|week|month)s?\\b");
  private static final Pattern WORDS =
      Pattern.compile(
          "\\b(today|tonight|tomorrow|this week|end of (?:the )?week|next week"
              + "|end of (?:the )?month|next month)\\b");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(next\\s+|this\\s+)?" + DAYS + "\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");

  private RelativeDates() {}

  /** A date found in a text, and where its words are. */
  record Found(LocalDate date, int start, int end) {}

  /** The first date phrase in {@code text} (lower case), when there is one. */
  static Optional<Found> find(String text, LocalDate today) {
    for (Pattern p : List.of(ISO, IN, WORDS, DAY_MONTH, MONTH_DAY, WEEKDAY)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Optional<LocalDate> date = resolve(p, m, today);
        if (date.isPresent()) {
          return Optional.of(new Found(date.get(), m.start(), m.end()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> resolve(Pattern p, Matcher m, LocalDate today) {
    try {
      if (p == ISO) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      }
      if (p == IN) {
        int n = count(m.group(1));
        return Optional.of(
            switch (m.group(2)) {
              case "day" -> today.plusDays(n);
              case "week" -> today.plusWeeks(n);
              default -> today.plusMonths(n);
            });
      }
      if (p == WORDS) {
        return Optional.of(words(m.group(1), today));
      }
      if (p == DAY_MONTH) {
        return Optional.of(upcoming(month(m.group(2)), Integer.parseInt(m.group(1)), today));
      }
      if (p == MONTH_DAY) {
        return Optional.of(upcoming(month(m.group(1)), Integer.parseInt(m.group(2)), today));
      }
      DayOfWeek day = weekday(m.group(2));
      if (m.group(1) != null && m.group(1).startsWith("next")) {
        return Optional.of(
            today
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(day)));
      }
      return Optional.of(today.with(TemporalAdjusters.nextOrSame(day)));
    } catch (DateTimeException | NumberFormatException notADate) {
      return Optional.empty();
    }
  }

  private static LocalDate words(String phrase, LocalDate today) {
    if (phrase.equals("today") || phrase.equals("tonight")) {
      return today;
    }
    if (phrase.equals("tomorrow")) {
      return today.plusDays(1);
    }
    if (phrase.equals("next week")) {
      return today
          .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
          .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }
    if (phrase.endsWith("month")) {
      LocalDate month = phrase.startsWith("next") ? today.plusMonths(1) : today;
      return month.with(TemporalAdjusters.lastDayOfMonth());
    }
    LocalDate friday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    return friday.isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)))
        ? today
        : friday;
  }

  private static int count(String word) {
    return switch (word) {
      case "a", "an", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      default -> Integer.parseInt(word);
    };
  }

  private static LocalDate upcoming(int month, int day, LocalDate today) {
    LocalDate date = LocalDate.of(today.getYear(), month, day);
    return date.isBefore(today) ? date.plusYears(1) : date;
  }

  private static int month(String word) {
    String w = word.substring(0, 3);
    List<String> months =
        List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    return months.indexOf(w) + 1;
  }

  private static DayOfWeek weekday(String word) {
    String w = word.substring(0, 3).toUpperCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(w)) {
        return d;
      }
    }
    throw new DateTimeException("not a weekday: " + word);
  }
}
