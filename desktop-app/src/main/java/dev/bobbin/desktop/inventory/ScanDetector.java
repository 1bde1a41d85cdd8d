package dev.bobbin.desktop.inventory;

import java.util.Optional;

/**
 * Tells a keyboard-wedge barcode scanner from a person typing: a scanner "types" a whole code with
 * a few milliseconds between keys and ends it with Enter; people are ten times slower. Fed every
 * typed character and every Enter with the time it arrived.
 */
final class ScanDetector {
  /** Gaps between a scanner's keys stay well below this; typing by hand stays well above. */
  static final long MAX_GAP_NANOS = 60_000_000L;

  static final int MIN_LENGTH = 4;

  private final StringBuilder buffer = new StringBuilder();
  private long lastKeyNanos;

  /** A character was typed at {@code nanos} (any clock that only goes forward). */
  void typed(char c, long nanos) {
    if (Character.isWhitespace(c) || Character.isISOControl(c)) {
      buffer.setLength(0);
      return;
    }
    if (buffer.length() > 0 && nanos - lastKeyNanos > MAX_GAP_NANOS) {
      buffer.setLength(0);
    }
    buffer.append(c);
    lastKeyNanos = nanos;
  }

  /** Enter was pressed: the code, if what came before it was a scan. */
  Optional<String> enter(long nanos) {
    String code = buffer.toString();
    boolean scan = code.length() >= MIN_LENGTH && nanos - lastKeyNanos <= MAX_GAP_NANOS;
    buffer.setLength(0);
    return scan ? Optional.of(code) : Optional.empty();
  }
}
