package dev.bobbin.desktop.labels;

import java.util.Optional;

/**
 * What to print: the label stock, how many copies of each item's label, the roll figures for fabric
 * items (if any), and where on the first sheet to start (a part-used sheet's first free label).
 *
 * @param firstPosition 1 for the top-left label; up to the labels per page
 */
record LabelRequest(LabelLayout layout, int copies, Optional<FabricRoll> roll, int firstPosition) {
  /** At most this many copies of one label in one go. */
  static final int MAX_COPIES = 500;

  LabelRequest {
    if (copies < 1 || copies > MAX_COPIES) {
      throw new IllegalArgumentException("copies out of range: " + copies);
    }
    if (firstPosition < 1 || firstPosition > layout.perPage()) {
      throw new IllegalArgumentException("first position out of range: " + firstPosition);
    }
  }

  /** Starting at the first label of a fresh sheet. */
  LabelRequest(LabelLayout layout, int copies, Optional<FabricRoll> roll) {
    this(layout, copies, roll, 1);
  }
}
