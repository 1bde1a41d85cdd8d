package dev.bobbin.server.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The minimum a password must meet: long enough, not made of a few characters, not a common
 * password (from a bundled list, checked offline) even with digits, symbols or leetspeak added, and
 * not the account's own e-mail name. No composition rules: length and rarity matter more.
 */
public final class PasswordPolicy {
  static final int MIN_LENGTH = 10;
  static final int MAX_LENGTH = 128;
  private static final String LIST = "/auth/common-passwords.txt";

  private final Set<String> common;

  public PasswordPolicy() {
    this.common = load();
  }

  /**
   * Why {@code password} is refused for the account {@code email}, or empty if it is acceptable.
   */
  public Optional<String> check(String password, String email) {
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("Password must be at least " + MIN_LENGTH + " characters long.");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("Password must be at most " + MAX_LENGTH + " characters long.");
    }
    if (password.chars().distinct().count() < 4) {
      return Optional.of("Password uses too few different characters.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (common.contains(lower)) {
      return Optional.of("Password is one of the most commonly used passwords.");
    }
    for (String variant : variants(lower)) {
      if (variant.length() >= 4 && common.contains(variant)) {
        return Optional.of(
            "Password is a commonly used password with digits, symbols or letter swaps added.");
      }
    }
    String name = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
    if (name.length() >= 4 && lower.contains(name)) {
      return Optional.of("Password must not contain the name of your e-mail address.");
    }
    return Optional.empty();
  }

  /** The password with the usual disguises undone: digits and symbols around it, leetspeak. */
  static List<String> variants(String lower) {
    String stripped = stripEnds(lower);
    return List.of(stripped, deleet(stripped), stripEnds(deleet(lower)));
  }

  private static String stripEnds(String text) {
    return text.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
  }

  private static String deleet(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      plain.append(
          switch (text.charAt(i)) {
            case '0' -> 'o';
            case '1', '!' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> text.charAt(i);
          });
    }
    return plain.toString();
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>(32_768);
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException(LIST + " missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
