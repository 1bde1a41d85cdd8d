package dev.bobbin.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.demo.DemoWorkspace;
import dev.bobbin.desktop.reports.ReportService;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.reports.CsvOptions;
import dev.bobbin.model.reports.Reports;
import dev.bobbin.server.BobbinServer;
import dev.bobbin.server.config.SecurityConfig;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.metrics.ServerMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.postgresql.PGConnection;

/**
 * Exports a million stock-ledger lines to CSV three ways in one run: the desktop's export on H2,
 * the server's {@code /api/v1/reports/stock-ledger.csv} on Postgres over HTTP, and Postgres' own
 * {@code COPY (SELECT …) TO STDOUT WITH CSV} of the same rows, and prints rows per second.
 */
public final class ReportExportBenchmark {
  private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  private static final int ITEMS = 2_000;
  private static final String LEDGER_SELECT =
      "SELECT m.at, i.sku, i.name, i.category, m.reason, m.quantity, i.unit, m.counted_quantity,"
          + " m.reference, m.note, u.email, m.device_id FROM stock_movement m"
          + " LEFT JOIN item i ON i.id = m.item_id LEFT JOIN app_user u ON u.id = m.user_id"
          + " WHERE m.org_id = ? AND m.at >= '2020-01-01' ORDER BY m.at, m.id";

  private ReportExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Files.createTempDirectory("bobbin-report-bench");
    try {
      run(args, work);
    } finally {
      // A million lines leave gigabytes (H2 file, Postgres cluster) in the temporary folder.
      try (Stream<Path> paths = Files.walk(work)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  private static void run(String[] args, Path work) throws Exception {
    int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    System.out.printf(Locale.ROOT, "%d ledger lines, best of %d runs, in %s%n", lines, runs, work);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    boolean withDesktop = args.length < 3 || !"server-only".equals(args[2]);
    double desktop = 0;
    if (withDesktop) {
      try (LocalData data = LocalData.open(work.resolve("desktop"), clock)) {
        long t = System.nanoTime();
        DemoWorkspace demo = new DemoWorkspace(data, clock);
        demo.bulkItems(ITEMS);
        demo.bulkLedger(lines, Ids.newId());
        System.out.printf(Locale.ROOT, "H2 setup: %.1f s%n", (System.nanoTime() - t) / 1e9);
        ReportService reports = new ReportService(data.store(), data.currentUser(), clock);
        desktop =
            best(
                runs,
                () ->
                    reports
                        .export(
                            reports.arguments(Reports.STOCK_LEDGER, Map.of("from", "2020-01-01")),
                            work.resolve("desktop.csv"),
                            CsvOptions.defaults(),
                            (r, total) -> {},
                            () -> false)
                        .rows());
      }
    }
    System.out.printf(Locale.ROOT, "desktop (H2) export: %,.0f rows/s%n", desktop);

    ServerMetrics metrics = new ServerMetrics();
    ServerConfig config = DemoServer.config(work, 4, SecurityConfig.defaults());
    try (BobbinServer server = new BobbinServer(config, metrics, "bench")) {
      URI base = URI.create("http://localhost:" + server.start());
      HttpClient http = HttpClient.newHttpClient();
      JsonNode login = DemoServer.login(http, base);
      String token = login.path("accessToken").asText();
      UUID org = UUID.fromString(login.path("organisation").path("id").asText());
      UUID user = UUID.fromString(login.path("user").path("id").asText());
      long t = System.nanoTime();
      fillPostgres(server, org, user, lines);
      System.out.printf(Locale.ROOT, "Postgres setup: %.1f s%n", (System.nanoTime() - t) / 1e9);

      Run copy =
          () ->
              server
                  .database()
                  .transactions()
                  .inOrganisation(
                      org,
                      c -> {
                        CountingStream out = new CountingStream();
                        try {
                          c.unwrap(PGConnection.class)
                              .getCopyAPI()
                              .copyOut(
                                  "COPY ("
                                      + LEDGER_SELECT.replace("?", "'" + org + "'")
                                      + ") TO STDOUT WITH CSV HEADER",
                                  out);
                        } catch (IOException e) {
                          throw new java.sql.SQLException(e);
                        }
                        return out.lines - 1;
                      });
      Run endpoint =
          () -> {
            HttpRequest request =
                HttpRequest.newBuilder(
                        base.resolve("/api/v1/reports/stock-ledger.csv?from=2020-01-01"))
                    .header("Authorization", "Bearer " + token)
                    .build();
            HttpResponse<InputStream> response =
                http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
              throw new IllegalStateException("HTTP " + response.statusCode());
            }
            CountingStream out = new CountingStream();
            try (InputStream in = response.body()) {
              in.transferTo(out);
            }
            return out.lines - 1;
          };
      // Alternated, so both see the same load on a shared machine.
      double[] best = bestAlternating(runs, copy, endpoint);
      double copyRate = best[0];
      double endpointRate = best[1];

      System.out.printf(
          Locale.ROOT, "Postgres COPY (SELECT …) TO STDOUT WITH CSV: %,.0f rows/s%n", copyRate);
      System.out.printf(
          Locale.ROOT, "server (Postgres) endpoint over HTTP: %,.0f rows/s%n", endpointRate);
      System.out.printf(Locale.ROOT, "endpoint / COPY: %.2f%n", endpointRate / copyRate);
      if (desktop > 0) {
        System.out.printf(Locale.ROOT, "desktop / COPY: %.2f%n", desktop / copyRate);
      }
    } finally {
      metrics.close();
    }
  }

  /**
   * Items and ledger lines made by Postgres itself, under the organisation's row-level security.
   */
  private static void fillPostgres(BobbinServer server, UUID org, UUID user, int lines)
      throws Exception {
    server
        .database()
        .transactions()
        .inOrganisation(
            org,
            c -> {
              try (PreparedStatement items =
                      c.prepareStatement(
                          "insert into item (id, org_id, sku, name, category, unit, unit_cost,"
                              + " currency, version) select gen_random_uuid(), ?,"
                              + " 'BLK-' || lpad(g::text, 7, '0'), 'Cotton twill, sand ' || g,"
                              + " 'FABRIC', 'M', 80 + g % 900, 'BDT', 1"
                              + " from generate_series(1, ?) g");
                  PreparedStatement ledger =
                      c.prepareStatement(
                          "insert into stock_movement (id, org_id, item_id, quantity, reason,"
                              + " reference, note, user_id, at, device_id, version)"
                              + " select gen_random_uuid(), ?, i.id,"
                              + " case when g % 4 = 0 then 100 + g % 200 else -1 - g % 20 end,"
                              + " case when g % 4 = 0 then 'RECEIVE' else 'CONSUME' end,"
                              + " 'PO-' || (g % 997), case when g % 10 = 0 then '=note, \"q\"' end,"
                              + " ?, timestamptz '2025-11-25 09:00:00+00' + g * interval '31 seconds',"
                              + " 'bench', 1 from generate_series(1, ?) g"
                              + " join (select id, row_number() over (order by id) - 1 as n"
                              + " from item where org_id = ?) i on i.n = g % ?")) {
                items.setObject(1, org);
                items.setInt(2, ITEMS);
                items.executeUpdate();
                ledger.setObject(1, org);
                ledger.setObject(2, user);
                ledger.setInt(3, lines);
                ledger.setObject(4, org);
                ledger.setInt(5, ITEMS);
                ledger.executeUpdate();
              }
              return null;
            });
    // Fresh statistics, as autovacuum would gather after such a load; only the owner (here the
    // embedded superuser) may analyze, and without them the planner expects a dozen rows.
    String url;
    try (java.sql.Connection app = server.dataSource().getConnection()) {
      url = app.getMetaData().getURL();
    }
    try (java.sql.Connection owner = java.sql.DriverManager.getConnection(url, "postgres", "");
        PreparedStatement analyze = owner.prepareStatement("analyze")) {
      analyze.execute();
    }
  }

  interface Run {
    long rows() throws Exception;
  }

  private static double best(int runs, Run run) throws Exception {
    double best = 0;
    for (int i = 0; i < runs; i++) {
      best = Math.max(best, timed("run " + (i + 1), run));
    }
    return best;
  }

  /**
   * The best rate of each of {@code a} and {@code b}, run one after the other {@code runs} times.
   */
  private static double[] bestAlternating(int runs, Run a, Run b) throws Exception {
    double[] best = new double[2];
    for (int i = 0; i < runs; i++) {
      best[0] = Math.max(best[0], timed("COPY run " + (i + 1), a));
      best[1] = Math.max(best[1], timed("endpoint run " + (i + 1), b));
    }
    return best;
  }

  private static double timed(String label, Run run) throws Exception {
    long t = System.nanoTime();
    long rows = run.rows();
    double rate = rows / ((System.nanoTime() - t) / 1e9);
    System.out.printf(Locale.ROOT, "  %s: %,d rows, %,.0f rows/s%n", label, rows, rate);
    return rate;
  }

  /** Discards bytes, counting line feeds. */
  private static final class CountingStream extends OutputStream {
    long lines;

    @Override
    public void write(int b) {
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
    }
  }
}
