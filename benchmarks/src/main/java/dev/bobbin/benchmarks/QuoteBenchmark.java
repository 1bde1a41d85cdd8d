package dev.bobbin.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.QuoteEngine;
import dev.bobbin.model.quotes.QuoteRequest;
import dev.bobbin.model.quotes.QuoteResult;
import dev.bobbin.server.BobbinServer;
import dev.bobbin.server.config.AiConfig;
import dev.bobbin.server.config.SecurityConfig;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.metrics.ServerMetrics;
import dev.bobbin.server.quotes.PostgresQuoteData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Quote latency on the server over realistic data: 5,000 items with balances and reservations,
 * 1,000 designs with four-line bills of materials, a five-stage workflow, a year of finished orders
 * (3,000 orders, 15,000 finished stages) and 1,000 open orders ahead. Times the built-in engine
 * over Postgres in the server's process (as the route runs it, without HTTP) and {@code POST
 * /api/v1/ai/quote} over loopback HTTP, and prints p50 / p95 / p99 / max of each.
 */
public final class QuoteBenchmark {
  private static final String[] STAGES = {"Cutting", "Sewing", "Finishing", "QC", "Packing"};
  private static final List<Complexity> COMPLEXITIES = List.of(Complexity.values());

  private QuoteBenchmark() {}

  public static void main(String[] args) throws Exception {
    int quotes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    Path work = Files.createTempDirectory("bobbin-quote-bench");
    try {
      run(quotes, work);
    } finally {
      try (Stream<Path> paths = Files.walk(work)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
    // Javalin's WebSocket ping thread is not a daemon.
    System.exit(0);
  }

  private static void run(int quotes, Path work) throws Exception {
    ServerMetrics metrics = new ServerMetrics();
    ServerConfig config =
        DemoServer.config(
                work, 4, SecurityConfig.defaults().withRateLimits(1_000_000, 1_000_000, 1_000_000))
            // Thousands of quotes a minute from one user: past the AI routes' own limit too.
            .withAi(AiConfig.defaults().withRateLimitPerUser(100_000));
    try (BobbinServer server = new BobbinServer(config, metrics, "bench")) {
      URI base = URI.create("http://localhost:" + server.start());
      HttpClient http = HttpClient.newHttpClient();
      JsonNode login = DemoServer.login(http, base);
      String token = login.path("accessToken").asText();
      UUID org = UUID.fromString(login.path("organisation").path("id").asText());
      long t = System.nanoTime();
      fill(server, org);
      analyze(server);
      System.out.printf(Locale.ROOT, "Postgres setup: %.1f s%n", (System.nanoTime() - t) / 1e9);
      List<UUID> designs = ids(server, org, "select id from design where org_id = ?");
      List<UUID> fabrics =
          ids(server, org, "select id from item where org_id = ? and category = 'FABRIC'");
      System.out.printf(
          Locale.ROOT,
          "%d designs, %d fabrics; %d quotes each way after 200 warm-up ones%n",
          designs.size(),
          fabrics.size(),
          quotes);

      SplittableRandom random = new SplittableRandom(42);
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      for (int i = 0; i < 200; i++) {
        engine(server, org, request(random, designs, fabrics, today));
        http(http, base, token, body(random, designs, fabrics, today));
      }
      TimedQuoteData.reset();
      long[] engine = new long[quotes];
      long[] endpoint = new long[quotes];
      for (int i = 0; i < quotes; i++) {
        // Alternated, so both see the same load on a shared machine.
        QuoteRequest request = request(random, designs, fabrics, today);
        long s = System.nanoTime();
        engine(server, org, request);
        engine[i] = System.nanoTime() - s;
        String body = body(random, designs, fabrics, today);
        s = System.nanoTime();
        http(http, base, token, body);
        endpoint[i] = System.nanoTime() - s;
      }
      print("engine over Postgres (in-process, own transaction)", engine);
      print("POST /api/v1/ai/quote over loopback HTTP", endpoint);
      System.out.println("Where the engine's time goes (reads of QuoteData, in-process runs):");
      TimedQuoteData.print(quotes);
    } finally {
      metrics.close();
    }
  }

  private static QuoteRequest request(
      SplittableRandom random, List<UUID> designs, List<UUID> fabrics, LocalDate today) {
    return new QuoteRequest(
        null,
        1 + random.nextInt(600),
        random.nextInt(3) == 0 ? fabrics.get(random.nextInt(fabrics.size())) : null,
        null,
        COMPLEXITIES.get(random.nextInt(COMPLEXITIES.size())),
        designs.get(random.nextInt(designs.size())),
        random.nextBoolean() ? today.plusDays(3 + random.nextInt(40)) : null,
        today);
  }

  private static String body(
      SplittableRandom random, List<UUID> designs, List<UUID> fabrics, LocalDate today) {
    QuoteRequest r = request(random, designs, fabrics, today);
    StringBuilder json = new StringBuilder("{\"designId\": \"" + r.designId() + "\"");
    json.append(", \"quantity\": ").append(r.quantity());
    json.append(", \"complexity\": \"").append(r.complexity()).append('"');
    if (r.materialItemId() != null) {
      json.append(", \"materialItemId\": \"").append(r.materialItemId()).append('"');
    }
    if (r.deadline() != null) {
      json.append(", \"deadline\": \"").append(r.deadline()).append('"');
    }
    return json.append('}').toString();
  }

  private static QuoteResult engine(BobbinServer server, UUID org, QuoteRequest request)
      throws Exception {
    return server
        .database()
        .transactions()
        .inOrganisation(
            org,
            c ->
                new QuoteEngine(new TimedQuoteData(new PostgresQuoteData(c, org, Instant.now())))
                    .quote(request));
  }

  private static void http(HttpClient http, URI base, String token, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> reply =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/ai/quote"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + reply.statusCode() + ": " + reply.body());
    }
  }

  private static void print(String label, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%-52s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n",
        label,
        at(sorted, 0.50),
        at(sorted, 0.95),
        at(sorted, 0.99),
        sorted[sorted.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static List<UUID> ids(BobbinServer server, UUID org, String sql) throws Exception {
    return server
        .database()
        .transactions()
        .inOrganisation(
            org,
            c -> {
              List<UUID> found = new ArrayList<>();
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, org);
                try (ResultSet row = ps.executeQuery()) {
                  while (row.next()) {
                    found.add(row.getObject(1, UUID.class));
                  }
                }
              }
              return found;
            });
  }

  /** The organisation's data, made by Postgres itself under its row-level security. */
  private static void fill(BobbinServer server, UUID org) throws Exception {
    server
        .database()
        .transactions()
        .inOrganisation(
            org,
            c -> {
              run(
                  c,
                  "insert into item (id, org_id, sku, name, category, colour_hex, unit, unit_cost,"
                      + " currency, version) select gen_random_uuid(), ?,"
                      + " 'SKU-' || lpad(g::text, 6, '0'), 'Material ' || g,"
                      + " (array['FABRIC','FABRIC','TRIM','THREAD','LABEL'])[1 + g % 5],"
                      + " '#' || lpad(to_hex((g * 2654435761) % 16777216), 6, '0'),"
                      + " case when g % 5 < 2 then 'M' else 'PCS' end,"
                      + " 0.05 + (g % 900) / 100.0, 'BDT', 1 from generate_series(1, 5000) g",
                  org);
              run(
                  c,
                  "insert into item_balance (item_id, org_id, on_hand, version)"
                      + " select id, org_id, (abs(hashtext(id::text)) % 5000), 1 from item"
                      + " where org_id = ?",
                  org);
              run(
                  c,
                  "insert into design (id, org_id, code, name, status, version)"
                      + " select gen_random_uuid(), ?, 'D-' || lpad(g::text, 4, '0'),"
                      + " 'Design ' || g, 'APPROVED', 1 from generate_series(1, 1000) g",
                  org);
              run(
                  c,
                  "insert into design_bom_line (org_id, design_id, position, item_id,"
                      + " quantity_per_unit, version)"
                      + " select d.org_id, d.id, p, i.id, 0.5 + p, 1"
                      + " from (select id, org_id, row_number() over (order by id) as n from design"
                      + " where org_id = ?) d cross join generate_series(0, 3) p"
                      + " join (select id, row_number() over (order by id) as n from item"
                      + " where org_id = ?) i on i.n = 1 + (d.n * 7 + p * 1237) % 5000",
                  org,
                  org);
              // The organisation's own pricing rules, as a manager sets them once.
              run(
                  c,
                  "insert into pricing_settings (id, org_id, simple_hourly_rate,"
                      + " standard_hourly_rate, complex_hourly_rate, currency, simple_minutes,"
                      + " standard_minutes, complex_minutes, overhead_percent, margin_percent,"
                      + " volume_discounts, product_minutes, version) values (gen_random_uuid(),"
                      + " ?, 180, 240, 360, 'BDT', 12, 30, 75, 15, 22,"
                      + " '{100:3,250:5,500:8,1000:10}', '{}', 1)",
                  org);
              UUID workflow = UUID.randomUUID();
              run(
                  c,
                  "insert into workflow_template (id, org_id, name, version) values (?, ?,"
                      + " 'Garments', 1)",
                  workflow,
                  org);
              for (int i = 0; i < STAGES.length; i++) {
                run(
                    c,
                    "insert into workflow_stage_template (org_id, workflow_template_id, sequence,"
                        + " name, consumes_materials, version) values (?, ?, ?, ?, ?, 1)",
                    org,
                    workflow,
                    i,
                    STAGES[i],
                    i == 1);
              }
              // A year of finished orders, then 1,000 open ones at various stages.
              run(
                  c,
                  "insert into production_order (id, org_id, number, design_id,"
                      + " workflow_template_id, quantity, due_date, priority, status, version)"
                      + " select gen_random_uuid(), ?, 'PO-B-' || g,"
                      + " (select id from design where org_id = ? order by id offset g % 1000"
                      + " limit 1), ?, 10 + g % 500, current_date, 'NORMAL',"
                      + " case when g <= 3000 then 'DONE' else 'IN_PROGRESS' end, 1"
                      + " from generate_series(1, 4000) g",
                  org,
                  org,
                  workflow);
              run(
                  c,
                  "insert into production_stage (id, org_id, order_id, sequence, name, status,"
                      + " started_at, finished_at, version)"
                      + " select gen_random_uuid(), o.org_id, o.id, s - 1,"
                      + " (array['Cutting','Sewing','Finishing','QC','Packing'])[s],"
                      + " case when o.status = 'DONE' or s <= o.n % 5 then 'DONE'"
                      + " when s = o.n % 5 + 1 then 'IN_PROGRESS' else 'PENDING' end,"
                      + " case when o.status = 'DONE' or s <= o.n % 5 + 1 then"
                      + " now() - (o.n % 365) * interval '1 day' - (6 - s) * interval '20 hours'"
                      + " end,"
                      + " case when o.status = 'DONE' or s <= o.n % 5 then"
                      + " now() - (o.n % 365) * interval '1 day' - (6 - s) * interval '20 hours'"
                      + " + (2 + (o.n * s) % 30) * interval '1 hour' end, 1"
                      + " from (select id, org_id, status, row_number() over (order by number) as n"
                      + " from production_order where org_id = ?) o cross join generate_series(1, 5) s",
                  org);
              run(
                  c,
                  "insert into reservation (id, org_id, item_id, production_order_id, quantity,"
                      + " released, version)"
                      + " select gen_random_uuid(), o.org_id, b.item_id, o.id, 5, false, 1"
                      + " from (select id, org_id, row_number() over (order by id) as n"
                      + " from production_order where org_id = ? and status = 'IN_PROGRESS') o"
                      + " join (select item_id, row_number() over (order by item_id) as n"
                      + " from design_bom_line where org_id = ?) b on b.n % 1000 = o.n % 1000",
                  org,
                  org);
              return null;
            });
  }

  private static void run(Connection c, String sql, Object... params) throws java.sql.SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }

  /** Fresh statistics, as autovacuum would gather after such a load (the owner may analyze). */
  private static void analyze(BobbinServer server) throws Exception {
    String url;
    try (Connection app = server.dataSource().getConnection()) {
      url = app.getMetaData().getURL();
    }
    try (Connection owner = java.sql.DriverManager.getConnection(url, "postgres", "");
        PreparedStatement analyze = owner.prepareStatement("analyze")) {
      analyze.execute();
    }
  }
}
