package dev.bobbin.model.designs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Design colour analysis: the palette of an image with the share each colour covers, the stocked
 * items nearest to each colour by CIEDE2000, and the material each colour takes for a run.
 *
 * <p>The number of colours is not fixed but found, in four steps over up to {@link #MAX_SAMPLES}
 * opaque pixels in CIELAB:
 *
 * <ol>
 *   <li>k-means with k = {@link #START_CLUSTERS} (k-means++ start, fixed seed), deliberately more
 *       clusters than a design has colours, so that no real colour is lost;
 *   <li>agglomerative merging: the two clusters with the smallest ΔE<sub>00</sub> become one
 *       (weighted mean) while that ΔE is below {@link #MERGE_BELOW}, since shades that close read
 *       as one colour of material;
 *   <li>clusters covering less than {@link #MIN_SHARE} of the image (anti-aliased edges, specks)
 *       are dropped;
 *   <li>a few k-means rounds from the survivors, so that centres and shares settle on every sampled
 *       pixel.
 * </ol>
 *
 * The analysis is deterministic: the same pixels give the same answer.
 */
public final class ColourAnalyser {
  /** Clusters k-means starts with, before merging. */
  public static final int START_CLUSTERS = 10;

  /** Clusters closer than this ΔE<sub>00</sub> are merged into one colour. */
  public static final double MERGE_BELOW = 6.0;

  /** Colours covering less than this fraction of the image are left out. */
  public static final double MIN_SHARE = 0.01;

  /** Pixels clustered at most; more are sampled (randomly with a fixed seed). */
  public static final int MAX_SAMPLES = 50_000;

  /**
   * A stocked colour within this ΔE<sub>00</sub> counts as a match: side by side the difference is
   * visible but small, acceptable when choosing stock for a design (a colour lab would want ≤ 2).
   */
  public static final double CLOSE_ENOUGH = 5.0;

  /** Stocked items listed per colour. */
  public static final int MATCHES = 3;

  private static final int ITERATIONS = 25;
  private static final int REFINE_ITERATIONS = 6;

  /** The palette of {@code argb} pixels with shares, most prominent first; empty when none. */
  public List<ColourShare> palette(int[] argb) {
    double[][] lab = sample(argb);
    if (lab.length == 0) {
      return List.of();
    }
    List<Cluster> clusters = kMeans(lab, initialCentres(lab), ITERATIONS);
    clusters = merge(clusters);
    clusters = dropSmall(clusters, lab.length);
    double[][] centres = clusters.stream().map(c -> c.centre).toArray(double[][]::new);
    clusters = kMeans(lab, centres, REFINE_ITERATIONS);
    clusters.sort(Comparator.comparingDouble((Cluster c) -> c.weight).reversed());
    List<ColourShare> out = new ArrayList<>();
    for (Cluster c : clusters) {
      double share = Math.round(c.weight / lab.length * 10_000) / 10_000.0;
      out.add(new ColourShare(new Lab(c.centre[0], c.centre[1], c.centre[2]).hex(), share));
    }
    return out;
  }

  /** The full analysis of an image: {@link #palette} then {@link #match}. */
  public ColourAnalysis analyse(
      int[] argb, List<StockedColour> stock, Optional<MaterialNeed> materials) {
    return match(palette(argb), stock, materials);
  }

  /**
   * Matches each colour to the nearest {@code stock} with a positive balance and splits {@code
   * materials} by share. Material counted in whole units per unit (150 balloons × 20) is split into
   * whole amounts that add up to the total (largest remainder); any other (1.2 m² × 40) into
   * amounts to two decimals.
   */
  public ColourAnalysis match(
      List<ColourShare> palette, List<StockedColour> stock, Optional<MaterialNeed> materials) {
    List<StockedColour> stocked = stock.stream().filter(s -> s.onHand().signum() > 0).toList();
    List<Lab> stockLab = stocked.stream().map(s -> Lab.fromHex(s.colourHex())).toList();
    List<BigDecimal> amounts = materials.map(m -> split(m, palette)).orElse(null);
    List<PaletteColour> colours = new ArrayList<>();
    for (int i = 0; i < palette.size(); i++) {
      ColourShare colour = palette.get(i);
      Lab lab = Lab.fromHex(colour.hex());
      List<StockMatch> matches = new ArrayList<>();
      for (int s = 0; s < stocked.size(); s++) {
        matches.add(StockMatch.of(stocked.get(s), lab.deltaE(stockLab.get(s))));
      }
      matches.sort(Comparator.comparingDouble(StockMatch::deltaE).thenComparing(StockMatch::sku));
      List<StockMatch> nearest = matches.subList(0, Math.min(MATCHES, matches.size()));
      boolean noClose = nearest.isEmpty() || nearest.get(0).deltaE() > CLOSE_ENOUGH;
      colours.add(
          new PaletteColour(
              colour.hex(),
              colour.share(),
              amounts == null ? null : amounts.get(i),
              noClose,
              nearest));
    }
    return new ColourAnalysis(colours, CLOSE_ENOUGH, materials.orElse(null));
  }

  static List<BigDecimal> split(MaterialNeed need, List<ColourShare> palette) {
    BigDecimal total = need.total();
    double shares = palette.stream().mapToDouble(ColourShare::share).sum();
    List<BigDecimal> out = new ArrayList<>();
    if (shares <= 0) {
      palette.forEach(c -> out.add(BigDecimal.ZERO));
      return out;
    }
    boolean whole = need.perUnit().stripTrailingZeros().scale() <= 0;
    if (!whole) {
      for (ColourShare c : palette) {
        out.add(
            total
                .multiply(BigDecimal.valueOf(c.share() / shares))
                .setScale(2, RoundingMode.HALF_UP));
      }
      return out;
    }
    long units = total.longValueExact();
    long given = 0;
    double[] remainders = new double[palette.size()];
    for (int i = 0; i < palette.size(); i++) {
      double exact = units * palette.get(i).share() / shares;
      long floor = (long) Math.floor(exact);
      out.add(BigDecimal.valueOf(floor));
      remainders[i] = exact - floor;
      given += floor;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < palette.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed());
    for (int k = 0; given < units; k = (k + 1) % order.size(), given++) {
      int i = order.get(k);
      out.set(i, out.get(i).add(BigDecimal.ONE));
    }
    return out;
  }

  private static double[][] sample(int[] argb) {
    int opaque = 0;
    for (int p : argb) {
      if ((p >>> 24) >= 128) {
        opaque++;
      }
    }
    double keep = Math.min(1.0, MAX_SAMPLES / (double) Math.max(1, opaque));
    long seed = 0x9E3779B97F4A7C15L;
    List<double[]> out = new ArrayList<>(Math.min(opaque, MAX_SAMPLES + 1000));
    for (int p : argb) {
      if ((p >>> 24) < 128) {
        continue;
      }
      if (keep < 1.0) {
        seed ^= seed << 13;
        seed ^= seed >>> 7;
        seed ^= seed << 17;
        if ((seed >>> 11) * 0x1.0p-53 >= keep) {
          continue;
        }
      }
      out.add(Cielab.fromRgb(p));
    }
    return out.toArray(new double[0][]);
  }

  private static double[][] initialCentres(double[][] lab) {
    java.util.Random random = new java.util.Random(0x5EEDL);
    List<double[]> centres = new ArrayList<>();
    centres.add(lab[random.nextInt(lab.length)].clone());
    double[] nearest = new double[lab.length];
    while (centres.size() < START_CLUSTERS) {
      double total = 0;
      double[] last = centres.get(centres.size() - 1);
      for (int i = 0; i < lab.length; i++) {
        double d = distanceSquared(lab[i], last);
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

  /** Lloyd's rounds from {@code centres}; returns the non-empty clusters. */
  private static List<Cluster> kMeans(double[][] lab, double[][] centres, int rounds) {
    int k = centres.length;
    int[] assignment = new int[lab.length];
    double[] weights = new double[k];
    for (int round = 0; round < rounds; round++) {
      boolean moved = false;
      for (int i = 0; i < lab.length; i++) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int c = 0; c < k; c++) {
          double d = distanceSquared(lab[i], centres[c]);
          if (d < bestDistance) {
            bestDistance = d;
            best = c;
          }
        }
        if (round == 0 || assignment[i] != best) {
          moved = true;
          assignment[i] = best;
        }
      }
      double[][] sums = new double[k][3];
      weights = new double[k];
      for (int i = 0; i < lab.length; i++) {
        int c = assignment[i];
        weights[c]++;
        sums[c][0] += lab[i][0];
        sums[c][1] += lab[i][1];
        sums[c][2] += lab[i][2];
      }
      for (int c = 0; c < k; c++) {
        if (weights[c] > 0) {
          centres[c] =
              new double[] {
                sums[c][0] / weights[c], sums[c][1] / weights[c], sums[c][2] / weights[c]
              };
        }
      }
      if (!moved) {
        break;
      }
    }
    List<Cluster> clusters = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      if (weights[c] > 0) {
        clusters.add(new Cluster(centres[c], weights[c]));
      }
    }
    return clusters;
  }

  private static List<Cluster> merge(List<Cluster> start) {
    List<Cluster> clusters = new ArrayList<>(start);
    while (clusters.size() > 1) {
      int bestI = -1;
      int bestJ = -1;
      double best = Double.MAX_VALUE;
      for (int i = 0; i < clusters.size(); i++) {
        for (int j = i + 1; j < clusters.size(); j++) {
          double d = clusters.get(i).lab().deltaE(clusters.get(j).lab());
          if (d < best) {
            best = d;
            bestI = i;
            bestJ = j;
          }
        }
      }
      if (best >= MERGE_BELOW) {
        break;
      }
      Cluster a = clusters.get(bestI);
      Cluster b = clusters.remove(bestJ);
      double w = a.weight + b.weight;
      double[] centre = new double[3];
      for (int d = 0; d < 3; d++) {
        centre[d] = (a.centre[d] * a.weight + b.centre[d] * b.weight) / w;
      }
      clusters.set(bestI, new Cluster(centre, w));
    }
    return clusters;
  }

  private static List<Cluster> dropSmall(List<Cluster> clusters, int samples) {
    List<Cluster> kept = clusters.stream().filter(c -> c.weight / samples >= MIN_SHARE).toList();
    if (kept.isEmpty()) {
      return List.of(
          clusters.stream().max(Comparator.comparingDouble(c -> c.weight)).orElseThrow());
    }
    return kept;
  }

  private static double distanceSquared(double[] a, double[] b) {
    double dl = a[0] - b[0];
    double da = a[1] - b[1];
    double db = a[2] - b[2];
    return dl * dl + da * da + db * db;
  }

  private static final class Cluster {
    private final double[] centre;
    private final double weight;

    Cluster(double[] centre, double weight) {
      this.centre = centre;
      this.weight = weight;
    }

    Lab lab() {
      return new Lab(centre[0], centre[1], centre[2]);
    }
  }
}
