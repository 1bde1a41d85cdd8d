package dev.bobbin.desktop.labels;

import java.util.Optional;

/**
 * What to print: the label stock, how many copies of each item's label, and the roll figures for
 * fabric items (if any).
 */
record LabelRequest(LabelLayout layout, int copies, Optional<FabricRoll> roll) {
  /** At most this many copies of one label in one go. */
  static final int MAX_COPIES = 500;

  LabelRequest {
    if (copies < 1 || copies > MAX_COPIES) {
      throw new IllegalArgumentException("copies out of range: " + copies);
    }
  }
}
