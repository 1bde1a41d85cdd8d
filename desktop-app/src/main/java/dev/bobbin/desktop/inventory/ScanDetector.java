package dev.bobbin.desktop.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells a keyboard-wedge barcode scanner from a person typing: a scanner "types" a whole code a few
 * milliseconds per key and ends it with Enter; people need around ten times longer per key. Keys
 * reach the UI thread unevenly (a busy frame bunches them, a slow one spreads them), so the test is
 * on the average pace of the run of keys before Enter, not on each gap.
 */
final class ScanDetector {
  /** A scanner's average time per key stays well below this; typing by hand stays well above. */
  static final long MAX_AVERAGE_GAP_NANOS = 35_000_000L;

  /** A pause this long ends a run of keys: what came before it is not part of the code. */
  static final long MAX_GAP_NANOS = 250_000_000L;

  static final int MIN_LENGTH = 4;

  private final StringBuilder buffer = new StringBuilder();
  private final List<Long> times = new ArrayList<>();

  /** A character was typed at {@code nanos} (any clock that only goes forward). */
  void typed(char c, long nanos) {
    if (Character.isWhitespace(c) || Character.isISOControl(c)) {
      clear();
      return;
    }
    if (!times.isEmpty() && nanos - times.get(times.size() - 1) > MAX_GAP_NANOS) {
      clear();
    }
    buffer.append(c);
    times.add(nanos);
  }

  /** Enter was pressed: the code, if what came before it was a scan. */
  Optional<String> enter(long nanos) {
    String code = buffer.toString();
    boolean scan =
        code.length() >= MIN_LENGTH
            && nanos - times.get(times.size() - 1) <= MAX_GAP_NANOS
            && (nanos - times.get(0)) / code.length() <= MAX_AVERAGE_GAP_NANOS;
    clear();
    return scan ? Optional.of(code) : Optional.empty();
  }

  private void clear() {
    buffer.setLength(0);
    times.clear();
  }
}
