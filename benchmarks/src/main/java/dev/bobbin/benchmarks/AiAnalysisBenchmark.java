package dev.bobbin.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.ColourAnalyser;
import dev.bobbin.model.insights.InsightsInput;
import dev.bobbin.model.insights.ProductionInsights;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageStatus;
import dev.bobbin.server.BobbinServer;
import dev.bobbin.server.config.SecurityConfig;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.metrics.ServerMetrics;
import io.micrometer.core.instrument.Timer;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The AI engines' budgets, in one run: colour analysis of a 4000 × 3000 design image (engine alone,
 * and {@code POST /api/v1/ai/design-analysis} end to end over HTTP, JPEG and PNG), and production
 * insights on 1,000 open orders (engine alone, and {@code GET /api/v1/ai/insights} over HTTP,
 * uncached and cached). Prints medians and the worst run.
 *
 * <p>HTTP calls stay under 60 per minute, the default AI rate limit per user.
 */
public final class AiAnalysisBenchmark {
  private static final int WIDTH = 4000;
  private static final int HEIGHT = 3000;
  private static final int OPEN_ORDERS = 1_000;
  private static final int HISTORY_ORDERS = 2_000;
  private static final String[] STAGES = {"Cutting", "Sewing", "Finishing", "QC", "Packing"};

  private AiAnalysisBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Files.createTempDirectory("bobbin-ai-bench");
    try {
      run(work);
    } finally {
      try (Stream<Path> paths = Files.walk(work)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
    System.exit(0);
  }

  private static void run(Path work) throws Exception {
    BufferedImage image = designImage();
    byte[] jpeg = encode(image, "jpg");
    byte[] png = encode(image, "png");
    System.out.printf(
        Locale.ROOT,
        "%d × %d image: JPEG %.1f MB, PNG %.1f MB%n",
        WIDTH,
        HEIGHT,
        jpeg.length / 1e6,
        png.length / 1e6);

    int[] all = image.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
    ColourAnalyser analyser = new ColourAnalyser();
    report("engine: palette of all 12 M pixels", times(5, () -> analyser.palette(all).size()));
    InsightsInput input = syntheticInput();
    report(
        "engine: production insights, 1,000 open orders",
        times(20, () -> new ProductionInsights().compute(input).blockers().size()));

    ServerMetrics metrics = new ServerMetrics();
    ServerConfig config = DemoServer.config(work, 4, SecurityConfig.defaults());
    try (BobbinServer server = new BobbinServer(config, metrics, "bench")) {
      URI base = URI.create("http://localhost:" + server.start());
      HttpClient http = HttpClient.newHttpClient();
      JsonNode login = DemoServer.login(http, base);
      String token = login.path("accessToken").asText();
      UUID org = UUID.fromString(login.path("organisation").path("id").asText());
      long t = System.nanoTime();
      fillOrders(server, org);
      System.out.printf(
          Locale.ROOT,
          "Postgres setup: %d open orders, %d finished, %.1f s%n",
          OPEN_ORDERS,
          HISTORY_ORDERS,
          (System.nanoTime() - t) / 1e9);

      HttpRequest analyseJpeg = analyse(base, token, jpeg, "image/jpeg");
      send(http, analyseJpeg); // warm-up
      report("HTTP: design analysis, JPEG", times(5, () -> send(http, analyseJpeg)));
      if (png.length <= ServerConfig.DEFAULT_MAX_BLOB_BYTES) {
        HttpRequest analysePng = analyse(base, token, png, "image/png");
        report("HTTP: design analysis, PNG", times(5, () -> send(http, analysePng)));
      } else {
        System.out.println("PNG over the upload limit: skipped");
      }

      HttpRequest insights =
          HttpRequest.newBuilder(base.resolve("/api/v1/ai/insights"))
              .header("Authorization", "Bearer " + token)
              .build();
      send(http, insights); // warm-up
      String uri = "/api/v1/ai/insights";
      double[] before = serverTotals(metrics, uri);
      report(
          "HTTP: insights, uncached (version moved before each)",
          times(15, () -> bumpVersion(server, org), () -> send(http, insights)));
      reportServer("  server side (Javalin's request time), uncached", metrics, uri, before);
      send(http, insights);
      before = serverTotals(metrics, uri);
      report("HTTP: insights, cached", times(20, () -> send(http, insights)));
      reportServer("  server side (Javalin's request time), cached", metrics, uri, before);
      HttpRequest organisation =
          HttpRequest.newBuilder(base.resolve("/api/v1/organisation"))
              .header("Authorization", "Bearer " + token)
              .build();
      report(
          "HTTP: GET /organisation (baseline: auth, transaction)",
          times(20, () -> send(http, organisation)));
    } finally {
      metrics.close();
    }
  }

  /** Gradients, shapes and a little grain: a design photo more than a flat drawing. */
  private static BufferedImage designImage() {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(0xF3EFE0), WIDTH, HEIGHT, new Color(0xE9DCC9)));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    Random random = new Random(7);
    int[] colours = {0xC8102E, 0x1F2A44, 0xFFFFFF, 0xD4A017, 0x046307, 0xFF7F50};
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(colours[i % colours.length]));
      int x = random.nextInt(WIDTH - 600);
      int y = random.nextInt(HEIGHT - 600);
      if (i % 2 == 0) {
        g.fillOval(x, y, 200 + random.nextInt(400), 200 + random.nextInt(400));
      } else {
        g.fillRect(x, y, 200 + random.nextInt(400), 100 + random.nextInt(300));
      }
    }
    g.dispose();
    for (int y = 0; y < HEIGHT; y += 3) {
      for (int x = 0; x < WIDTH; x += 3) {
        int rgb = image.getRGB(x, y);
        int d = random.nextInt(9) - 4;
        int r = clamp(((rgb >> 16) & 0xFF) + d);
        int gr = clamp(((rgb >> 8) & 0xFF) + d);
        int b = clamp((rgb & 0xFF) + d);
        image.setRGB(x, y, (r << 16) | (gr << 8) | b);
      }
    }
    return image;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  private static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  /** 1,000 open orders of 20 designs, five stages each, and 2,000 finished ones as history. */
  private static InsightsInput syntheticInput() {
    Random random = new Random(11);
    Instant now = Instant.parse("2026-11-25T12:00:00Z");
    LocalDate today = LocalDate.parse("2026-11-25");
    List<UUID> items = new ArrayList<>();
    Map<UUID, BigDecimal> onHand = new HashMap<>();
    for (int i = 0; i < 60; i++) {
      UUID item = UUID.randomUUID();
      items.add(item);
      onHand.put(item, BigDecimal.valueOf(500 + random.nextInt(5_000)));
    }
    Map<UUID, List<BomLine>> boms = new HashMap<>();
    List<UUID> designs = new ArrayList<>();
    for (int d = 0; d < 20; d++) {
      UUID design = UUID.randomUUID();
      designs.add(design);
      boms.put(
          design,
          List.of(
              new BomLine(items.get(d), new BigDecimal("1.5")),
              new BomLine(items.get(20 + d % 10), BigDecimal.valueOf(4)),
              new BomLine(items.get(40 + d % 5), BigDecimal.ONE)));
    }
    List<ProductionOrder> orders = new ArrayList<>();
    List<ProductionStage> stages = new ArrayList<>();
    for (int o = 0; o < OPEN_ORDERS + HISTORY_ORDERS; o++) {
      boolean open = o < OPEN_ORDERS;
      ProductionOrder order =
          new ProductionOrder(
              UUID.randomUUID(),
              "PO-" + o,
              designs.get(o % designs.size()),
              null,
              UUID.randomUUID(),
              10 + random.nextInt(200),
              today.plusDays(random.nextInt(60) - 10),
              List.of(Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT)
                  .get(random.nextInt(4)),
              open ? OrderStatus.PLANNED : OrderStatus.DONE,
              null);
      orders.add(order);
      int current = open ? random.nextInt(STAGES.length) : STAGES.length;
      for (int s = 0; s < STAGES.length; s++) {
        StageStatus status =
            s < current
                ? StageStatus.DONE
                : s == current
                    ? (o % 17 == 0 ? StageStatus.BLOCKED : StageStatus.PENDING)
                    : StageStatus.PENDING;
        Instant started =
            status == StageStatus.DONE
                ? now.minus(Duration.ofHours(200 + random.nextInt(2_000)))
                : null;
        Instant finished =
            started == null ? null : started.plus(Duration.ofMinutes(30 + order.quantity() * 2L));
        stages.add(
            new ProductionStage(
                UUID.randomUUID(),
                order.id(),
                s,
                STAGES[s],
                s == 0,
                status,
                null,
                started,
                finished,
                0,
                0,
                null));
      }
    }
    return new InsightsInput(orders, stages, boms, onHand, List.of(), now, today);
  }

  /** The same shape as {@link #syntheticInput}, written by Postgres itself. */
  private static void fillOrders(BobbinServer server, UUID org) throws Exception {
    server
        .database()
        .transactions()
        .inOrganisation(
            org,
            c -> {
              String[] sql = {
                "insert into item (id, org_id, sku, name, category, colour_hex, unit, unit_cost,"
                    + " currency, version) select gen_random_uuid(), ?, 'MAT-' || g,"
                    + " 'Material ' || g, 'FABRIC',"
                    + " '#' || upper(lpad(to_hex((g * 2654435) % 16777216), 6, '0')),"
                    + " 'M', 2, 'USD', 1 from generate_series(1, 60) g",
                "insert into item_balance (item_id, org_id, on_hand, version)"
                    + " select id, ?, 500 + (abs(hashtext(sku)) % 5000), 1 from item",
                "insert into design (id, org_id, code, name, status, version)"
                    + " select gen_random_uuid(), ?, 'D-' || g, 'Design ' || g, 'APPROVED', 1"
                    + " from generate_series(1, 20) g",
                "insert into design_bom_line (org_id, design_id, position, item_id,"
                    + " quantity_per_unit, version) select ?, d.id, p.position, i.id, p.qty, 1"
                    + " from (select id, row_number() over (order by code) as n from design) d"
                    + " cross join (values (0, 1.5), (1, 4), (2, 1)) p(position, qty)"
                    + " join (select id, row_number() over (order by sku) as n from item) i"
                    + " on i.n = case p.position when 0 then d.n when 1 then 21 + d.n % 10"
                    + " else 41 + d.n % 5 end",
                "insert into production_order (id, org_id, number, design_id,"
                    + " workflow_template_id, quantity, due_date, priority, status, version)"
                    + " select gen_random_uuid(), ?, 'PO-' || g,"
                    + " (select id from design order by code offset g % 20 limit 1),"
                    + " gen_random_uuid(), 10 + g % 200, date '2026-11-15' + (g % 60),"
                    + " (array['LOW','NORMAL','HIGH','URGENT'])[1 + g % 4],"
                    + " case when g <= "
                    + OPEN_ORDERS
                    + " then 'PLANNED' else 'DONE' end, 1"
                    + " from generate_series(1, "
                    + (OPEN_ORDERS + HISTORY_ORDERS)
                    + ") g",
                "insert into production_stage (id, org_id, order_id, sequence, name,"
                    + " consumes_materials, status, started_at, finished_at, version)"
                    + " select gen_random_uuid(), ?, o.id, s.seq, s.name, s.seq = 0,"
                    + " case when o.status = 'DONE' or s.seq < o.quantity % 5 then 'DONE'"
                    + " when o.quantity % 17 = 0 then 'BLOCKED' else 'PENDING' end,"
                    + " case when o.status = 'DONE' or s.seq < o.quantity % 5"
                    + " then now() - interval '30 days' end,"
                    + " case when o.status = 'DONE' or s.seq < o.quantity % 5"
                    + " then now() - interval '30 days' + (30 + 2 * o.quantity) * interval '1 minute'"
                    + " end, 1 from production_order o cross join (values (0, 'Cutting'),"
                    + " (1, 'Sewing'), (2, 'Finishing'), (3, 'QC'), (4, 'Packing')) s(seq, name)"
              };
              for (String statement : sql) {
                try (PreparedStatement insert = c.prepareStatement(statement)) {
                  insert.setObject(1, org);
                  insert.executeUpdate();
                }
              }
              return null;
            });
    String url;
    try (Connection app = server.dataSource().getConnection()) {
      url = app.getMetaData().getURL();
    }
    try (Connection owner = java.sql.DriverManager.getConnection(url, "postgres", "");
        PreparedStatement analyze = owner.prepareStatement("analyze")) {
      analyze.execute();
    }
  }

  /** Moves the organisation's version, as any change does; the insights cache must recompute. */
  private static int bumpVersion(BobbinServer server, UUID org) throws Exception {
    return server
        .database()
        .transactions()
        .inOrganisation(
            org,
            c -> {
              try (PreparedStatement bump =
                  c.prepareStatement(
                      "update org_version set version = version + 1 where org_id = ?")) {
                bump.setObject(1, org);
                return bump.executeUpdate();
              }
            });
  }

  private static HttpRequest analyse(URI base, String token, byte[] image, String type) {
    return HttpRequest.newBuilder(
            base.resolve("/api/v1/ai/design-analysis?quantity=20&perUnit=1.2"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(image))
        .build();
  }

  private static int send(HttpClient http, HttpRequest request) throws Exception {
    HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 200) {
      throw new IllegalStateException(
          request.uri().getPath() + ": HTTP " + reply.statusCode() + " " + reply.body());
    }
    return reply.body().length();
  }

  interface Work {
    int run() throws Exception;
  }

  private static double[] times(int runs, Work work) throws Exception {
    return times(runs, () -> 0, work);
  }

  /** Milliseconds of each of {@code runs} runs of {@code work}, each after an untimed setup. */
  private static double[] times(int runs, Work setup, Work work) throws Exception {
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      setup.run();
      long t = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    return ms;
  }

  /** Total milliseconds and count of the server's timer of requests to {@code uri}. */
  private static double[] serverTotals(ServerMetrics metrics, String uri) {
    double total = 0;
    double count = 0;
    for (Timer timer : metrics.registry().find("http.server.requests").tag("uri", uri).timers()) {
      total += timer.totalTime(TimeUnit.MILLISECONDS);
      count += timer.count();
    }
    return new double[] {total, count};
  }

  private static void reportServer(
      String label, ServerMetrics metrics, String uri, double[] before) {
    double[] after = serverTotals(metrics, uri);
    System.out.printf(
        Locale.ROOT,
        "%-55s mean   %8.1f ms%n",
        label,
        (after[0] - before[0]) / (after[1] - before[1]));
  }

  private static void report(String label, double[] ms) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%-55s median %8.1f ms   worst %8.1f ms   (%d runs)%n",
        label,
        sorted[sorted.length / 2],
        sorted[sorted.length - 1],
        sorted.length);
  }
}
