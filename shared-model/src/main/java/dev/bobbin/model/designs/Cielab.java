package dev.bobbin.model.designs;

/** sRGB (D65) ⇄ CIELAB, for {@link Lab} and the colour analysis's k-means. */
final class Cielab {
  private static final double XN = 0.95047;
  private static final double YN = 1.0;
  private static final double ZN = 1.08883;

  private Cielab() {}

  static double[] fromRgb(int argb) {
    double r = linear((argb >> 16) & 0xFF);
    double g = linear((argb >> 8) & 0xFF);
    double b = linear(argb & 0xFF);
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / XN;
    double y = (0.2126 * r + 0.7152 * g + 0.0722 * b) / YN;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / ZN;
    double fx = f(x);
    double fy = f(y);
    double fz = f(z);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  static int toRgb(double[] lab) {
    double fy = (lab[0] + 16) / 116;
    double fx = fy + lab[1] / 500;
    double fz = fy - lab[2] / 200;
    double x = fInverse(fx) * XN;
    double y = fInverse(fy) * YN;
    double z = fInverse(fz) * ZN;
    int r = gamma(3.2406 * x - 1.5372 * y - 0.4986 * z);
    int g = gamma(-0.9689 * x + 1.8758 * y + 0.0415 * z);
    int b = gamma(0.0557 * x - 0.2040 * y + 1.0570 * z);
    return (r << 16) | (g << 8) | b;
  }

  static double distanceSquared(double[] a, double[] b) {
    double dl = a[0] - b[0];
    double da = a[1] - b[1];
    double db = a[2] - b[2];
    return dl * dl + da * da + db * db;
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static int gamma(double linear) {
    double c = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
    return (int) Math.round(Math.max(0, Math.min(1, c)) * 255);
  }

  private static double f(double t) {
    return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }

  private static double fInverse(double t) {
    double cube = t * t * t;
    return cube > 216.0 / 24389 ? cube : (116 * t - 16) / (24389.0 / 27);
  }
}
