package dev.bobbin.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanDetectorTest {
  private static final long MS = 1_000_000L;

  private static void type(ScanDetector detector, String text, long start, long gapMs) {
    for (int i = 0; i < text.length(); i++) {
      detector.typed(text.charAt(i), start + i * gapMs * MS);
    }
  }

  @Test
  void fastKeysEndedByEnterAreAScan() {
    ScanDetector detector = new ScanDetector();
    type(detector, "4006381333931", 0, 8);
    assertThat(detector.enter(13 * 8 * MS)).contains("4006381333931");
  }

  @Test
  void typingByHandIsNotAScan() {
    ScanDetector detector = new ScanDetector();
    type(detector, "lace", 0, 120);
    assertThat(detector.enter(4 * 120 * MS)).isEmpty();
  }

  @Test
  void oneSlowKeyInsideAFastRunStillCountsOnTheAverage() {
    ScanDetector detector = new ScanDetector();
    type(detector, "29000", 0, 5);
    type(detector, "12345", 25 * MS + 120 * MS, 5);
    assertThat(detector.enter(200 * MS)).contains("2900012345");
  }

  @Test
  void whatWasTypedBeforeAPauseIsNotPartOfTheCode() {
    ScanDetector detector = new ScanDetector();
    type(detector, "abc", 0, 100);
    type(detector, "12345678", 2_000 * MS, 5);
    assertThat(detector.enter(2_050 * MS)).contains("12345678");
  }

  @Test
  void shortRunsAndEnterAloneAreNoScan() {
    ScanDetector detector = new ScanDetector();
    assertThat(detector.enter(0)).isEmpty();
    type(detector, "123", 0, 2);
    assertThat(detector.enter(10 * MS)).isEmpty();
  }
}
