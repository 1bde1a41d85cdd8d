package dev.bobbin.model.designs;

import java.util.Locale;

/**
 * A colour in CIELAB (D65 white), where equal distances look roughly equally different.
 *
 * @param l lightness, 0 (black) to 100 (white)
 * @param a green (−) to red (+)
 * @param b blue (−) to yellow (+)
 */
public record Lab(double l, double a, double b) {

  /** The colour of an sRGB pixel (alpha ignored). */
  public static Lab fromRgb(int rgb) {
    double[] lab = Cielab.fromRgb(rgb);
    return new Lab(lab[0], lab[1], lab[2]);
  }

  /**
   * The colour of {@code #RRGGBB}.
   *
   * @throws IllegalArgumentException when {@code hex} is not of that form
   */
  public static Lab fromHex(String hex) {
    if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
      throw new IllegalArgumentException("Not a #RRGGBB colour: " + hex);
    }
    return fromRgb(Integer.parseInt(hex.substring(1), 16));
  }

  /** The nearest sRGB colour, channels clipped to 0–255. */
  public int toRgb() {
    return Cielab.toRgb(new double[] {l, a, b});
  }

  /** {@code #RRGGBB} in capitals. */
  public String hex() {
    return String.format(Locale.ROOT, "#%06X", toRgb() & 0xFFFFFF);
  }

  /** The CIEDE2000 colour difference to {@code other}; see {@link DeltaE}. */
  public double deltaE(Lab other) {
    return DeltaE.ciede2000(this, other);
  }
}
