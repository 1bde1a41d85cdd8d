package dev.bobbin.model.designs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The main colours of an image: k-means over its pixels in CIELAB, where distances follow what the
 * eye sees, so two reds a person calls "the same" land in one cluster. The desktop fills a design's
 * palette with it when a picture is imported; {@link ColourAnalyser} (design colour analysis) finds
 * the number of colours itself and measures their shares.
 *
 * <p>Deterministic: the same pixels always give the same palette (fixed seed, k-means++ start).
 * Transparent pixels are ignored; large images are sampled evenly down to {@link #MAX_SAMPLES}.
 */
public final class PaletteExtractor {
  /** Pixels clustered at most; more are sampled evenly. */
  public static final int MAX_SAMPLES = 20_000;

  private static final int ITERATIONS = 20;

  /** Clusters closer than this (CIE76 ΔE) are one colour to the eye and are merged. */
  private static final double SAME_COLOUR = 8.0;

  private final int colours;

  /**
   * An extractor of palettes of at most {@code colours} colours.
   *
   * @param colours how many colours at most, 1 to 12
   */
  public PaletteExtractor(int colours) {
    if (colours < 1 || colours > 12) {
      throw new IllegalArgumentException("A palette has 1 to 12 colours, not " + colours);
    }
    this.colours = colours;
  }

  /**
   * The palette of {@code argb} pixels as {@code #RRGGBB}, most prominent first; empty when every
   * pixel is transparent or there are none.
   */
  public List<String> extract(int[] argb) {
    double[][] lab = sample(argb);
    if (lab.length == 0) {
      return List.of();
    }
    double[][] centres = initialCentres(lab);
    int[] assignment = new int[lab.length];
    int[] sizes = new int[centres.length];
    for (int round = 0; round < ITERATIONS; round++) {
      boolean moved = assign(lab, centres, assignment, round == 0);
      sizes = recompute(lab, centres, assignment);
      if (!moved && round > 0) {
        break;
      }
    }
    return ranked(centres, sizes);
  }

  private static double[][] sample(int[] argb) {
    int opaque = 0;
    for (int p : argb) {
      if ((p >>> 24) >= 128) {
        opaque++;
      }
    }
    int step = Math.max(1, (int) Math.ceil(opaque / (double) MAX_SAMPLES));
    List<double[]> out = new ArrayList<>(Math.min(opaque, MAX_SAMPLES));
    int seen = 0;
    for (int p : argb) {
      if ((p >>> 24) >= 128 && seen++ % step == 0) {
        out.add(Cielab.fromRgb(p));
      }
    }
    return out.toArray(new double[0][]);
  }

  /** k-means++: each next centre is drawn far from those chosen; stops when all points are met. */
  private double[][] initialCentres(double[][] lab) {
    Random random = new Random(0x5EEDL);
    List<double[]> centres = new ArrayList<>();
    centres.add(lab[random.nextInt(lab.length)].clone());
    double[] nearest = new double[lab.length];
    while (centres.size() < colours) {
      double total = 0;
      double[] last = centres.get(centres.size() - 1);
      for (int i = 0; i < lab.length; i++) {
        double d = Cielab.distanceSquared(lab[i], last);
        nearest[i] = centres.size() == 1 ? d : Math.min(nearest[i], d);
        total += nearest[i];
      }
      if (total <= 0) {
        break;
      }
      double target = random.nextDouble() * total;
      int chosen = 0;
      for (double acc = 0; chosen < lab.length - 1; chosen++) {
        acc += nearest[chosen];
        if (acc >= target && nearest[chosen] > 0) {
          break;
        }
      }
      centres.add(lab[chosen].clone());
    }
    return centres.toArray(new double[0][]);
  }

  private static boolean assign(
      double[][] lab, double[][] centres, int[] assignment, boolean first) {
    boolean moved = false;
    for (int i = 0; i < lab.length; i++) {
      int best = 0;
      double bestDistance = Double.MAX_VALUE;
      for (int c = 0; c < centres.length; c++) {
        double d = Cielab.distanceSquared(lab[i], centres[c]);
        if (d < bestDistance) {
          bestDistance = d;
          best = c;
        }
      }
      if (first || assignment[i] != best) {
        moved = true;
        assignment[i] = best;
      }
    }
    return moved;
  }

  private static int[] recompute(double[][] lab, double[][] centres, int[] assignment) {
    double[][] sums = new double[centres.length][3];
    int[] sizes = new int[centres.length];
    for (int i = 0; i < lab.length; i++) {
      int c = assignment[i];
      sizes[c]++;
      for (int k = 0; k < 3; k++) {
        sums[c][k] += lab[i][k];
      }
    }
    for (int c = 0; c < centres.length; c++) {
      if (sizes[c] > 0) {
        for (int k = 0; k < 3; k++) {
          centres[c][k] = sums[c][k] / sizes[c];
        }
      }
    }
    return sizes;
  }

  private static List<String> ranked(double[][] centres, int[] sizes) {
    List<Cluster> clusters = new ArrayList<>();
    for (int c = 0; c < centres.length; c++) {
      if (sizes[c] > 0) {
        clusters.add(new Cluster(centres[c], sizes[c]));
      }
    }
    clusters.sort(Comparator.comparingInt(Cluster::size).reversed());
    List<Cluster> kept = new ArrayList<>();
    for (Cluster cluster : clusters) {
      boolean near =
          kept.stream()
              .anyMatch(
                  k -> Cielab.distanceSquared(k.lab(), cluster.lab()) < SAME_COLOUR * SAME_COLOUR);
      if (!near) {
        kept.add(cluster);
      }
    }
    return kept.stream().map(c -> hex(Cielab.toRgb(c.lab()))).toList();
  }

  private static String hex(int rgb) {
    return String.format(Locale.ROOT, "#%06X", rgb & 0xFFFFFF);
  }

  private static final class Cluster {
    private final double[] lab;
    private final int size;

    Cluster(double[] lab, int size) {
      this.lab = lab;
      this.size = size;
    }

    double[] lab() {
      return lab;
    }

    int size() {
      return size;
    }
  }

  /** sRGB (D65) ⇄ CIELAB. */
  static final class Cielab {
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
}
