package dev.bobbin.desktop.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bobbin.desktop.labels.LabelLayout.Box;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelLayoutTest {
  private static final double MM = 72 / 25.4;

  @ParameterizedTest(name = "{0} position {1}: {2} mm from the left, {3} mm from the top")
  @CsvSource({
    "A4_3X8, 0, 0, 0.5",
    "A4_3X8, 2, 140, 0.5",
    "A4_3X8, 3, 0, 37.5",
    "A4_3X8, 23, 140, 259.5",
    "A4_3X8, 24, 0, 0.5",
    "ROLL_62X29, 5, 0, 0",
    "ROLL_62X100, 1, 0, 0",
  })
  void labelsSitWhereTheStockHasThem(LabelLayout layout, int index, double leftMm, double topMm) {
    Box box = layout.labelBox(index);

    assertThat(box.x() / MM).isCloseTo(leftMm, within(0.001));
    assertThat((layout.pageHeightPt() - box.top()) / MM).isCloseTo(topMm, within(0.001));
  }

  @ParameterizedTest
  @CsvSource({"A4_3X8, 24, 70, 37", "ROLL_62X29, 1, 62, 29", "ROLL_62X100, 1, 62, 100"})
  void eachStockHasItsLabelSizeAndCount(LabelLayout layout, int perPage, double w, double h) {
    assertThat(layout.perPage()).isEqualTo(perPage);
    assertThat(layout.labelBox(0).width() / MM).isCloseTo(w, within(0.001));
    assertThat(layout.labelBox(0).height() / MM).isCloseTo(h, within(0.001));
  }
}
