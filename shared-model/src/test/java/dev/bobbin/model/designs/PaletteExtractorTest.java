package dev.bobbin.model.designs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PaletteExtractorTest {
  private static final int RED = 0xFFFF0000;
  private static final int BLUE = 0xFF0000FF;
  private static final int WHITE = 0xFFFFFFFF;

  private final PaletteExtractor extractor = new PaletteExtractor(6);

  @Test
  void aHalfRedHalfBlueImageGivesRedAndBlue() {
    int[] pixels = new int[100 * 100];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (i % 100) < 50 ? RED : BLUE;
    }
    assertThat(extractor.extract(pixels)).containsExactlyInAnyOrder("#FF0000", "#0000FF");
  }

  @Test
  void theMostProminentColourComesFirst() {
    int[] pixels = new int[1000];
    Arrays.fill(pixels, 0, 700, BLUE);
    Arrays.fill(pixels, 700, 900, RED);
    Arrays.fill(pixels, 900, 1000, WHITE);
    assertThat(extractor.extract(pixels)).containsExactly("#0000FF", "#FF0000", "#FFFFFF");
  }

  @Test
  void noisyShadesOfOneColourBecomeOneSwatchNearIt() {
    Random random = new Random(7);
    int[] pixels = new int[5000];
    for (int i = 0; i < pixels.length; i++) {
      int jitter = random.nextInt(7) - 3;
      pixels[i] = i < 2500 ? rgb(200 + jitter, 30, 30) : rgb(20, 120 + jitter, 40);
    }
    List<String> palette = extractor.extract(pixels);
    assertThat(palette).hasSizeBetween(2, 3);
    assertThat(palette)
        .anySatisfy(
            hex -> assertThat(Integer.parseInt(hex.substring(1, 3), 16)).isBetween(190, 210))
        .anySatisfy(
            hex -> assertThat(Integer.parseInt(hex.substring(3, 5), 16)).isBetween(110, 130));
  }

  @Test
  void neverGivesMoreColoursThanAsked() {
    Random random = new Random(11);
    int[] pixels = new int[20_000];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = 0xFF000000 | random.nextInt(0x1000000);
    }
    List<String> palette = new PaletteExtractor(5).extract(pixels);
    assertThat(palette).hasSizeBetween(2, 5).allMatch(hex -> hex.matches("#[0-9A-F]{6}"));
  }

  @Test
  void theSamePixelsAlwaysGiveTheSamePalette() {
    Random random = new Random(3);
    int[] pixels = new int[30_000];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = 0xFF000000 | random.nextInt(0x1000000);
    }
    assertThat(extractor.extract(pixels)).isEqualTo(extractor.extract(pixels.clone()));
  }

  @Test
  void transparentPixelsAreIgnored() {
    int[] pixels = new int[200];
    Arrays.fill(pixels, 0, 150, 0x00FFFFFF);
    Arrays.fill(pixels, 150, 200, RED);
    assertThat(extractor.extract(pixels)).containsExactly("#FF0000");
    assertThat(extractor.extract(new int[] {0x00000000})).isEmpty();
    assertThat(extractor.extract(new int[0])).isEmpty();
  }

  @Test
  void aPaletteSizeOutsideOneToTwelveIsRefused() {
    assertThatThrownBy(() -> new PaletteExtractor(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PaletteExtractor(13)).isInstanceOf(IllegalArgumentException.class);
  }

  private static int rgb(int r, int g, int b) {
    return 0xFF000000 | (r << 16) | (g << 8) | b;
  }
}
