package dev.bobbin.model.designs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bobbin.model.common.Unit;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ColourAnalyserTest {
  private final ColourAnalyser analyser = new ColourAnalyser();

  @Test
  void findsTheColoursOfNoisyBlocksAndTheirShares() {
    // 50 % cherry red, 30 % navy, 20 % cream, each pixel jittered by up to ±6 per channel.
    int w = 400;
    int h = 300;
    int[] pixels = new int[w * h];
    Random random = new Random(42);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int base = x < 200 ? 0xC8102E : x < 320 ? 0x1F2A44 : 0xF3E5C0;
        pixels[y * w + x] = jitter(base, random, 6);
      }
    }
    List<ColourShare> palette = analyser.palette(pixels);

    assertThat(palette).hasSize(3);
    assertFound(palette, "#C8102E", 0.50);
    assertFound(palette, "#1F2A44", 0.30);
    assertFound(palette, "#F3E5C0", 0.20);
    assertThat(palette.get(0).share()).isGreaterThan(palette.get(1).share());
  }

  @Test
  void findsDrawnShapesWithAntiAliasedEdges() {
    // A white card with a blue disc (r = 100) and a yellow square (120 × 120), edges smoothed.
    BufferedImage image = new BufferedImage(500, 400, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 500, 400);
    g.setColor(new Color(0x2E5EAA));
    g.fillOval(40, 100, 200, 200);
    g.setColor(new Color(0xF2C14E));
    g.fillRect(320, 140, 120, 120);
    g.dispose();
    int[] pixels = image.getRGB(0, 0, 500, 400, null, 0, 500);

    List<ColourShare> palette = analyser.palette(pixels);

    double total = 500.0 * 400;
    double disc = Math.PI * 100 * 100 / total;
    double square = 120.0 * 120 / total;
    assertThat(palette).hasSize(3);
    assertFound(palette, "#FFFFFF", 1 - disc - square);
    assertFound(palette, "#2E5EAA", disc);
    assertFound(palette, "#F2C14E", square);
  }

  @Test
  void chooseAsManyColoursAsTheImageHas() {
    String[] six = {"#C8102E", "#1F2A44", "#F3E5C0", "#2E8B57", "#FFD700", "#6A0DAD"};
    int[] pixels = new int[6000];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = 0xFF000000 | Integer.parseInt(six[i / 1000].substring(1), 16);
    }
    assertThat(analyser.palette(pixels)).hasSize(6);

    int[] plain = new int[5000];
    Arrays.fill(plain, 0xFF336699);
    assertThat(analyser.palette(plain)).containsExactly(new ColourShare("#336699", 1.0));
  }

  @Test
  void transparentPixelsAreNotPartOfTheDesign() {
    int[] pixels = new int[1000];
    Arrays.fill(pixels, 0, 600, 0x00FFFFFF);
    Arrays.fill(pixels, 600, 1000, 0xFFC8102E);
    assertThat(analyser.palette(pixels)).containsExactly(new ColourShare("#C8102E", 1.0));
    assertThat(analyser.palette(new int[] {0})).isEmpty();
  }

  @Test
  void matchesEachColourToTheNearestStockedItems() {
    List<ColourShare> palette =
        List.of(new ColourShare("#C8102E", 0.6), new ColourShare("#00A3E0", 0.4));
    StockedColour cherry = stocked("BAL-CHERRY", "#C41E3A", "12");
    StockedColour scarlet = stocked("BAL-SCARLET", "#FF2400", "40");
    StockedColour rubyNoStock = stocked("BAL-RUBY", "#C8102F", "0");
    StockedColour navy = stocked("BAL-NAVY", "#1F2A44", "30");

    ColourAnalysis analysis =
        analyser.match(palette, List.of(scarlet, navy, cherry, rubyNoStock), Optional.empty());

    PaletteColour red = analysis.colours().get(0);
    assertThat(red.nearest()).extracting(StockMatch::sku).startsWith("BAL-CHERRY", "BAL-SCARLET");
    assertThat(red.nearest()).extracting(StockMatch::sku).doesNotContain("BAL-RUBY");
    assertThat(red.nearest().get(0).deltaE())
        .isCloseTo(Lab.fromHex("#C8102E").deltaE(Lab.fromHex("#C41E3A")), within(0.01))
        .isLessThan(ColourAnalyser.CLOSE_ENOUGH);
    assertThat(red.noCloseStock()).isFalse();

    PaletteColour sky = analysis.colours().get(1);
    assertThat(sky.noCloseStock()).isTrue();
    assertThat(sky.nearest().get(0).deltaE()).isGreaterThan(ColourAnalyser.CLOSE_ENOUGH);
    assertThat(analysis.unmatched()).containsExactly(sky);
    assertThat(analysis.palette()).containsExactly("#C8102E", "#00A3E0");
  }

  @Test
  void withNothingStockedEveryColourIsFlagged() {
    ColourAnalysis analysis =
        analyser.match(List.of(new ColourShare("#C8102E", 1.0)), List.of(), Optional.empty());
    assertThat(analysis.colours().get(0).noCloseStock()).isTrue();
    assertThat(analysis.colours().get(0).nearest()).isEmpty();
  }

  @Test
  void aWholeRunOfBalloonsIsSplitIntoWholeBalloonsThatAddUp() {
    List<ColourShare> palette =
        List.of(
            new ColourShare("#C8102E", 0.5),
            new ColourShare("#FFFFFF", 0.3),
            new ColourShare("#FFD700", 0.2));
    ColourAnalysis analysis =
        analyser.match(
            palette,
            List.of(),
            Optional.of(new MaterialNeed(20, new BigDecimal("150"), "balloons")));
    assertThat(analysis.colours())
        .extracting(PaletteColour::amount)
        .containsExactly(new BigDecimal("1500"), new BigDecimal("900"), new BigDecimal("600"));

    List<BigDecimal> uneven =
        ColourAnalyser.split(
            new MaterialNeed(1, new BigDecimal("100"), null),
            List.of(
                new ColourShare("#111111", 0.3333),
                new ColourShare("#222222", 0.3333),
                new ColourShare("#333333", 0.3334)));
    assertThat(uneven.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");
  }

  @Test
  void fabricAreaIsSplitToTwoDecimals() {
    List<BigDecimal> amounts =
        ColourAnalyser.split(
            new MaterialNeed(40, new BigDecimal("1.2"), "m²"),
            List.of(new ColourShare("#111111", 0.6), new ColourShare("#EEEEEE", 0.4)));
    assertThat(amounts).containsExactly(new BigDecimal("28.80"), new BigDecimal("19.20"));
  }

  @Test
  void theSamePixelsAlwaysGiveTheSamePalette() {
    int[] pixels = new int[40_000];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < pixels.length; i++) {
      int base = i % 3 == 0 ? 0xFFC0392B : i % 3 == 1 ? 0xFF2E86C1 : 0xFFF4D03F;
      pixels[i] = base + random.nextInt(6) * 0x010101;
    }

    assertThat(new ColourAnalyser().palette(pixels))
        .isEqualTo(new ColourAnalyser().palette(pixels.clone()))
        .hasSize(3);
  }

  private static void assertFound(List<ColourShare> palette, String hex, double share) {
    Lab expected = Lab.fromHex(hex);
    ColourShare found =
        palette.stream()
            .min((a, b) -> Double.compare(dE(a, expected), dE(b, expected)))
            .orElseThrow();
    assertThat(dE(found, expected)).as("ΔE00 of %s to %s", found.hex(), hex).isLessThan(2.0);
    assertThat(found.share()).as("share of %s", hex).isCloseTo(share, within(0.02));
  }

  private static double dE(ColourShare colour, Lab expected) {
    return Lab.fromHex(colour.hex()).deltaE(expected);
  }

  private static int jitter(int rgb, Random random, int amount) {
    int r = clamp(((rgb >> 16) & 0xFF) + random.nextInt(2 * amount + 1) - amount);
    int g = clamp(((rgb >> 8) & 0xFF) + random.nextInt(2 * amount + 1) - amount);
    int b = clamp((rgb & 0xFF) + random.nextInt(2 * amount + 1) - amount);
    return 0xFF000000 | (r << 16) | (g << 8) | b;
  }

  private static int clamp(int channel) {
    return Math.max(0, Math.min(255, channel));
  }

  private static StockedColour stocked(String sku, String hex, String onHand) {
    return new StockedColour(
        UUID.randomUUID(),
        sku,
        sku.toLowerCase(java.util.Locale.ROOT),
        null,
        hex,
        new BigDecimal(onHand),
        Unit.PCS);
  }
}
