package dev.bobbin.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.demo.DemoWorkspace;
import dev.bobbin.desktop.store.StoreJson;
import dev.bobbin.desktop.sync.AccessTokens;
import dev.bobbin.desktop.sync.SyncClient;
import dev.bobbin.desktop.sync.SyncEngine;
import dev.bobbin.desktop.sync.SyncException;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockMovement;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.MutationKind;
import dev.bobbin.model.sync.ProtocolVersion;
import dev.bobbin.model.sync.PushRequest;
import dev.bobbin.server.BobbinServer;
import dev.bobbin.server.auth.DemoOrganisation;
import dev.bobbin.server.config.SecurityConfig;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.metrics.ServerMetrics;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * End-to-end sync on one machine: a real server (Javalin, embedded Postgres) on loopback and
 * headless desktops (H2 files, {@link SyncEngine}, {@link SyncClient}, the live WebSocket), all
 * production classes. Measures push and pull of stock movements against plain JDBC batches into the
 * same Postgres and into H2, poke-to-visible latency between two devices, a first pull of a million
 * rows with the heap after each GC, the cost of applying one pulled change on a device holding many
 * rows, and pokes under a burst of commits. Prints a table at the end.
 *
 * <p>Arguments are {@code key=value} (see {@link Options}); {@code quick} picks small sizes.
 */
public final class SyncBenchmark {
  private static final int ITEMS = 200;
  // The baselines commit as often as sync does: a push is one transaction per 500 mutations
  // (PushRequest.MAX_BATCH), a pull one local transaction per page of 1,000 (the engine's default).
  private static final int POSTGRES_BATCH = PushRequest.MAX_BATCH;
  private static final int H2_BATCH = SyncEngine.Settings.defaults().pageSize();
  private static final int OUTBOX_CHUNK = 10_000;
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  private static final String MOVEMENT_INSERT =
      "insert into stock_movement (id, org_id, item_id, quantity, reason, counted_quantity,"
          + " reference, note, user_id, at, device_id, version)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String H2_MOVEMENT_INSERT =
      "INSERT INTO stock_movement (id, item_id, quantity, reason, counted_quantity, reference,"
          + " note, user_id, at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** Sizes of one run. */
  record Options(
      List<Integer> push,
      int initial,
      int pokes,
      int held,
      int applies,
      int burstSeconds,
      int burstRate,
      Set<String> phases,
      boolean keep) {
    static final List<String> PHASES = List.of("push", "pokes", "apply", "burst", "initial");

    boolean runs(String phase) {
      return phases.contains(phase);
    }

    static Options parse(String[] args) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("push", "10000,100000");
      values.put("initial", "1000000");
      values.put("pokes", "200");
      values.put("held", "500000");
      values.put("applies", "50");
      values.put("burst", "3");
      values.put("rate", "1000");
      values.put("phases", String.join(",", PHASES));
      values.put("keep", "false");
      for (String arg : args) {
        if (arg.equals("quick")) {
          values.put("push", "1000,5000");
          values.put("initial", "50000");
          values.put("pokes", "50");
          values.put("held", "20000");
          values.put("applies", "20");
          values.put("burst", "2");
          continue;
        }
        int eq = arg.indexOf('=');
        if (eq < 0 || !values.containsKey(arg.substring(0, eq))) {
          throw new IllegalArgumentException(
              "Unknown argument " + arg + "; expected quick or one of " + values.keySet());
        }
        values.put(arg.substring(0, eq), arg.substring(eq + 1));
      }
      return new Options(
          Arrays.stream(values.get("push").split(",", -1)).map(Integer::parseInt).toList(),
          Integer.parseInt(values.get("initial")),
          Integer.parseInt(values.get("pokes")),
          Integer.parseInt(values.get("held")),
          Integer.parseInt(values.get("applies")),
          Integer.parseInt(values.get("burst")),
          Integer.parseInt(values.get("rate")),
          new LinkedHashSet<>(Arrays.asList(values.get("phases").split(",", -1))),
          Boolean.parseBoolean(values.get("keep")));
    }
  }

  private final BobbinServer server;
  private final URI base;
  private final Path work;
  private final Options options;
  private final Tokens tokens;
  private final UUID org;
  private final List<String> table = new ArrayList<>();
  private final Random random = new Random(20261125);
  private List<UUID> items = List.of();
  private UUID jdbcOrg;
  private Device writer;
  private Device reader;
  private Applied readerApplied;

  private SyncBenchmark(BobbinServer server, URI base, Path work, Options options)
      throws IOException, InterruptedException {
    this.server = server;
    this.base = base;
    this.work = work;
    this.options = options;
    this.tokens = new Tokens(base);
    this.org = tokens.organisation;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Path work = Files.createTempDirectory("bobbin-sync-bench");
    System.out.printf(
        Locale.ROOT, "%s%nin %s, load average %s%n", options, work, DemoServer.loadAverage());
    String loadBefore = DemoServer.loadAverage();
    ServerMetrics metrics = new ServerMetrics();
    // One user makes thousands of requests a minute here; the limits are not under test.
    ServerConfig config =
        DemoServer.config(
            work, 8, SecurityConfig.defaults().withRateLimits(1_000_000, 1_000_000, 1_000_000));
    long started = System.nanoTime();
    try (BobbinServer server = new BobbinServer(config, metrics, "bench")) {
      URI base = URI.create("http://localhost:" + server.start());
      new SyncBenchmark(server, base, work, options).run();
    } finally {
      metrics.close();
      if (!options.keep()) {
        deleteTree(work);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nTotal %.0f s; load average before %s, after %s%n",
        (System.nanoTime() - started) / 1e9,
        loadBefore,
        DemoServer.loadAverage());
    // Javalin's WebSocket ping thread is not a daemon and outlives the stopped server.
    System.exit(0);
  }

  private void run() throws Exception {
    seedItems();
    jdbcOrg = jdbcOrganisation();
    if (options.runs("push")) {
      for (int i = 0; i < options.push().size(); i++) {
        pushAndPull(options.push().get(i), i == options.push().size() - 1);
      }
    } else {
      writer = device("writer", false);
      reader = device("reader", true);
      writer.engine.runOnce();
      reader.engine.runOnce();
    }
    if (options.runs("pokes")) {
      pokeLatency();
    }
    if (options.runs("apply")) {
      applyOne();
    }
    if (options.runs("burst")) {
      burst();
    }
    writer.close();
    reader.close();
    if (options.runs("initial")) {
      initialPull();
    }
    System.out.println();
    System.out.println("| measurement | result | baseline / detail |");
    System.out.println("|---|---|---|");
    table.forEach(System.out::println);
  }

  // --- setup ---------------------------------------------------------------------------------

  /** Items pushed by a device, as a factory's catalogue arrives; movements point at them. */
  private void seedItems() throws SQLException {
    try (Device seeder = device("seed", false)) {
      new DemoWorkspace(seeder.data, seeder.data.clock()).bulkItems(ITEMS);
      seeder.engine.runOnce();
    }
    items =
        server
            .database()
            .transactions()
            .inOrganisation(
                org,
                c -> {
                  List<UUID> ids = new ArrayList<>();
                  try (PreparedStatement ps =
                          c.prepareStatement("select id from item order by id");
                      ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      ids.add(rs.getObject(1, UUID.class));
                    }
                  }
                  return ids;
                });
    System.out.printf(Locale.ROOT, "%d items on the server%n", items.size());
  }

  /** A second organisation for the JDBC baseline, so its rows never show up in pulls. */
  private UUID jdbcOrganisation() throws SQLException {
    UUID id = Ids.newId();
    try (Connection owner = owner();
        PreparedStatement ps =
            owner.prepareStatement("insert into organisation (id, name) values (?, ?)")) {
      ps.setObject(1, id);
      ps.setString(2, "JDBC baseline");
      ps.executeUpdate();
    }
    return id;
  }

  private Connection owner() throws SQLException {
    String url;
    try (Connection app = server.dataSource().getConnection()) {
      url = app.getMetaData().getURL();
    }
    return DriverManager.getConnection(url, "postgres", "");
  }

  private Device device(String name, boolean live) {
    SyncEngine.Settings settings =
        live ? SyncEngine.Settings.defaults() : SyncEngine.Settings.defaults().withoutLiveSocket();
    return new Device(work.resolve(name), base, tokens, settings);
  }

  // --- push and pull against JDBC batches ----------------------------------------------------

  private void pushAndPull(int n, boolean keep) throws Exception {
    System.out.printf(
        Locale.ROOT,
        "%n== push and pull of %,d movements (load %s)%n",
        n,
        DemoServer.loadAverage());
    Device a = device("push-a-" + n, false);
    // The puller: live, but started only for the poke phases (a socket now would pull during
    // the push). It catches up first, so that the timed pull brings exactly the pushed rows.
    Device b = device("pull-b-" + n, true);
    a.engine.runOnce();
    b.engine.runOnce();
    List<StockMovement> lines = movements(n, a.deviceId());
    long t = System.nanoTime();
    fillOutbox(a, lines);
    System.out.printf(Locale.ROOT, "  outbox filled in %.1f s%n", (System.nanoTime() - t) / 1e9);

    t = System.nanoTime();
    int pushed = a.engine.pushOnly();
    double pushRate = rate(n, t);
    check(pushed == n, "pushed " + pushed + " of " + n);
    check(a.data.outbox().isEmpty(), "outbox empty after the push");
    System.out.printf(Locale.ROOT, "  push: %,.0f rows/s%n", pushRate);

    long before = count(b, "SELECT COUNT(*) FROM stock_movement");
    t = System.nanoTime();
    SyncEngine.Report report = b.engine.runOnce();
    double pullRate = rate(report.pulled(), t);
    check(report.pulled() == n, "pulled " + report.pulled() + " of " + n);
    check(
        count(b, "SELECT COUNT(*) FROM stock_movement") == before + n,
        "every pushed line is on the pulling device");
    System.out.printf(Locale.ROOT, "  pull: %,.0f rows/s%n", pullRate);

    double postgres = jdbcPostgres(lines);
    System.out.printf(Locale.ROOT, "  JDBC batch into Postgres: %,.0f rows/s%n", postgres);
    double h2 = jdbcH2(lines, "h2-jdbc-" + n);
    System.out.printf(Locale.ROOT, "  JDBC batch into H2: %,.0f rows/s%n", h2);

    table.add(
        String.format(
            Locale.ROOT,
            "| push %,d movements (outbox → HTTP → Postgres, 500 per request) | %,.0f rows/s |"
                + " JDBC batches into the same Postgres (500 rows per commit) %,.0f rows/s: push is"
                + " %.1f× slower |",
            n,
            pushRate,
            postgres,
            postgres / pushRate));
    table.add(
        String.format(
            Locale.ROOT,
            "| pull %,d movements into a fresh device (Postgres → HTTP → H2, pages of 1,000) |"
                + " %,.0f rows/s | JDBC batches into an H2 file of the app (1,000 rows per commit)"
                + " %,.0f rows/s: pull is %.1f× slower |",
            n,
            pullRate,
            h2,
            h2 / pullRate));
    if (keep) {
      writer = a;
      reader = b;
    } else {
      a.close();
      b.close();
    }
  }

  private List<StockMovement> movements(int n, String deviceId) {
    List<StockMovement> lines = new ArrayList<>(n);
    UUID user = tokens.user.id();
    for (int i = 0; i < n; i++) {
      boolean receive = i % 4 == 0;
      lines.add(
          new StockMovement(
              Ids.newId(),
              items.get(random.nextInt(items.size())),
              BigDecimal.valueOf(receive ? 100 + i % 200 : -1 - i % 20),
              receive ? MovementReason.RECEIVE : MovementReason.CONSUME,
              null,
              "PO-" + (i % 997),
              i % 10 == 0 ? "bench line " + i : null,
              user,
              START.plusSeconds(i),
              deviceId));
    }
    return lines;
  }

  /** What {@code InventoryService.record} does per line, in bulk: line, balance, outbox entry. */
  private static void fillOutbox(Device device, List<StockMovement> lines) {
    for (int from = 0; from < lines.size(); from += OUTBOX_CHUNK) {
      List<StockMovement> chunk = lines.subList(from, Math.min(lines.size(), from + OUTBOX_CHUNK));
      device
          .data
          .store()
          .runInTransaction(
              s -> {
                device.data.inventory().importSynced(chunk);
                device
                    .data
                    .outbox()
                    .recordAll(
                        s,
                        EntityType.STOCK_MOVEMENT,
                        MutationKind.CREATE,
                        chunk,
                        StockMovement::id);
              });
    }
  }

  /** The same lines (new ids) into the same Postgres, as the same role, 500 per commit. */
  private double jdbcPostgres(List<StockMovement> lines) throws SQLException {
    List<UUID> ids = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      ids.add(Ids.newId());
    }
    AtomicLong version = new AtomicLong();
    long t = System.nanoTime();
    for (int from = 0; from < lines.size(); from += POSTGRES_BATCH) {
      int start = from;
      int end = Math.min(lines.size(), from + POSTGRES_BATCH);
      server
          .database()
          .transactions()
          .inOrganisation(
              jdbcOrg,
              c -> {
                try (PreparedStatement ps = c.prepareStatement(MOVEMENT_INSERT)) {
                  for (int i = start; i < end; i++) {
                    StockMovement m = lines.get(i);
                    ps.setObject(1, ids.get(i));
                    ps.setObject(2, jdbcOrg);
                    ps.setObject(3, m.itemId());
                    ps.setBigDecimal(4, m.quantity());
                    ps.setString(5, m.reason().name());
                    ps.setBigDecimal(6, m.countedQuantity());
                    ps.setString(7, m.reference());
                    ps.setString(8, m.note());
                    ps.setObject(9, m.userId());
                    ps.setObject(10, OffsetDateTime.ofInstant(m.at(), ZoneOffset.UTC));
                    ps.setString(11, m.deviceId());
                    ps.setLong(12, version.incrementAndGet());
                    ps.addBatch();
                  }
                  ps.executeBatch();
                }
                return null;
              });
    }
    return rate(lines.size(), t);
  }

  /** The same lines into a fresh H2 file of the app (same URL settings), 1,000 per commit. */
  private double jdbcH2(List<StockMovement> lines, String name) {
    try (LocalData data = LocalData.open(work.resolve(name), Clock.systemUTC())) {
      long t = System.nanoTime();
      for (int from = 0; from < lines.size(); from += H2_BATCH) {
        List<StockMovement> chunk = lines.subList(from, Math.min(lines.size(), from + H2_BATCH));
        data.store()
            .runInTransaction(
                s ->
                    s.doWork(
                        c -> {
                          try (PreparedStatement ps = c.prepareStatement(H2_MOVEMENT_INSERT)) {
                            for (StockMovement m : chunk) {
                              ps.setObject(1, m.id());
                              ps.setObject(2, m.itemId());
                              ps.setBigDecimal(3, m.quantity());
                              ps.setString(4, m.reason().name());
                              ps.setBigDecimal(5, m.countedQuantity());
                              ps.setString(6, m.reference());
                              ps.setString(7, m.note());
                              ps.setObject(8, m.userId());
                              ps.setObject(9, OffsetDateTime.ofInstant(m.at(), ZoneOffset.UTC));
                              ps.setString(10, m.deviceId());
                              ps.addBatch();
                            }
                            ps.executeBatch();
                          }
                        }));
      }
      return rate(lines.size(), t);
    }
  }

  // --- poke to visible -----------------------------------------------------------------------

  private void pokeLatency() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "%n== poke-to-visible, %d changes (load %s)%n",
        options.pokes(),
        DemoServer.loadAverage());
    startReader();
    long[] latencies = new long[options.pokes()];
    int missed = 0;
    for (int i = 0; i < options.pokes(); i++) {
      StockMovement m =
          writer
              .data
              .inventory()
              .recordNew(
                  items.get(random.nextInt(items.size())),
                  BigDecimal.valueOf(5),
                  MovementReason.RECEIVE,
                  "POKE-" + i,
                  null);
      long t0 = System.nanoTime();
      writer.engine.pushOnly();
      long version = serverVersion(m.id());
      long seen = readerApplied.await(version, Duration.ofSeconds(10));
      if (seen < 0) {
        missed++;
        latencies[i] = TimeUnit.SECONDS.toNanos(10);
        System.out.printf(
            Locale.ROOT, "  change %d (version %d) not seen within 10 s%n", i, version);
      } else {
        latencies[i] = seen - t0;
      }
      Thread.sleep(20 + random.nextInt(20));
    }
    Percentiles p = new Percentiles(latencies);
    System.out.printf(Locale.ROOT, "  %s, not seen within 10 s: %d%n", p, missed);
    table.add(
        String.format(
            Locale.ROOT,
            "| poke-to-visible, %d changes (A pushes one line → B's engine, poked over the"
                + " WebSocket, has pulled and applied it) | p50 %.1f ms, p95 %.1f ms, p99 %.1f ms"
                + " | max %.1f ms; %d not seen within 10 s; targets p95 < 50 ms, p99 < 100 ms |",
            options.pokes(),
            p.ms(50),
            p.ms(95),
            p.ms(99),
            p.ms(100),
            missed));
  }

  /** Starts the reader's engine with its live socket, once, and waits for its first run. */
  private void startReader() throws InterruptedException {
    if (readerApplied != null) {
      return;
    }
    readerApplied = new Applied();
    reader.engine.addPageListener(readerApplied);
    reader.engine.start();
    waitFor(
        () -> reader.engine.status().synced(), Duration.ofSeconds(60), "the reader's first run");
    Thread.sleep(500);
  }

  private long serverVersion(UUID movement) throws SQLException {
    return server
        .database()
        .transactions()
        .inOrganisation(
            org,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("select version from stock_movement where id = ?")) {
                ps.setObject(1, movement);
                try (ResultSet rs = ps.executeQuery()) {
                  if (!rs.next()) {
                    throw new IllegalStateException("Pushed line " + movement + " not on server");
                  }
                  return rs.getLong(1);
                }
              }
            });
  }

  // --- one change on a device holding many rows ----------------------------------------------

  private void applyOne() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "%n== one pulled change on a device holding %,d lines (load %s)%n",
        options.held(),
        DemoServer.loadAverage());
    try (Device d = device("held", false)) {
      d.engine.runOnce();
      long have = count(d, "SELECT COUNT(*) FROM stock_movement");
      if (have < options.held()) {
        // Older history of this device's own, never on the server: only the size matters here.
        List<StockMovement> more = movements((int) (options.held() - have), d.deviceId());
        for (int from = 0; from < more.size(); from += OUTBOX_CHUNK) {
          d.data
              .inventory()
              .importSynced(more.subList(from, Math.min(more.size(), from + OUTBOX_CHUNK)));
        }
      }
      long held = count(d, "SELECT COUNT(*) FROM stock_movement");
      System.out.printf(Locale.ROOT, "  device holds %,d lines%n", held);
      long[] empty = new long[options.applies()];
      long[] one = new long[options.applies()];
      for (int i = 0; i < options.applies(); i++) {
        long t = System.nanoTime();
        SyncEngine.Report nothing = d.engine.runOnce();
        empty[i] = System.nanoTime() - t;
        check(nothing.pulled() == 0, "nothing to pull");
        writer
            .data
            .inventory()
            .recordNew(
                items.get(random.nextInt(items.size())),
                BigDecimal.valueOf(-1),
                MovementReason.CONSUME,
                "APPLY-" + i,
                null);
        writer.engine.pushOnly();
        t = System.nanoTime();
        SyncEngine.Report report = d.engine.runOnce();
        one[i] = System.nanoTime() - t;
        check(report.pulled() >= 1, "the change was pulled");
      }
      Percentiles p = new Percentiles(one);
      Percentiles idle = new Percentiles(empty);
      System.out.printf(Locale.ROOT, "  one change: %s; empty run: %s%n", p, idle);
      table.add(
          String.format(
              Locale.ROOT,
              "| pull and apply one change on a device holding %,d lines (a whole engine run:"
                  + " outbox check, HTTP pull, H2 transaction, preference merge, conflicts"
                  + " fetch), %d runs | p50 %.1f ms, p95 %.1f ms"
                  + " | a run with nothing to pull: p50 %.1f ms, p95 %.1f ms |",
              held,
              options.applies(),
              p.ms(50),
              p.ms(95),
              idle.ms(50),
              idle.ms(95)));
    }
  }

  // --- a burst of commits ----------------------------------------------------------------------

  private void burst() throws Exception {
    int total = options.burstSeconds() * options.burstRate();
    System.out.printf(
        Locale.ROOT,
        "%n== burst of %,d commits at %,d/s (load %s)%n",
        total,
        options.burstRate(),
        DemoServer.loadAverage());
    startReader();
    check(reader.engine.status().synced(), "the reader is synced before the burst");
    try (NotifyCounter notifies = new NotifyCounter(server, org);
        PokeCounter pokes = new PokeCounter(base, tokens.current())) {
      pokes.awaitHello();
      Thread.sleep(300);
      notifies.reset();
      pokes.reset();
      int pagesBefore = readerApplied.count();
      long[] committedAt = new long[total];
      long[] versions = new long[total];
      UUID user = tokens.user.id();
      long start = System.nanoTime();
      long interval = TimeUnit.SECONDS.toNanos(1) / options.burstRate();
      for (int i = 0; i < total; i++) {
        long due = start + i * interval;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        versions[i] = commitOne(user, i);
        committedAt[i] = System.nanoTime();
      }
      double achieved = rate(total, start);
      long last = versions[total - 1];
      long seenLast = readerApplied.await(last, Duration.ofSeconds(30));
      Thread.sleep(500);
      long[] latencies = new long[total];
      int missed = 0;
      for (int i = 0; i < total; i++) {
        long seen = readerApplied.firstAt(versions[i]);
        if (seen < 0) {
          missed++;
          latencies[i] = TimeUnit.SECONDS.toNanos(30);
        } else {
          latencies[i] = seen - committedAt[i];
        }
      }
      int pulls = readerApplied.count() - pagesBefore;
      Percentiles p = new Percentiles(latencies);
      System.out.printf(
          Locale.ROOT,
          "  %,d commits at %,.0f/s; NOTIFYs heard %,d; pokes on a socket %,d; reader's pull"
              + " requests %,d; commit-to-visible %s; last seen: %s%n",
          total,
          achieved,
          notifies.count(),
          pokes.count(),
          pulls,
          p,
          seenLast < 0 ? "no" : "yes");
      table.add(
          String.format(
              Locale.ROOT,
              "| burst: %,d commits in %.1f s (%,.0f/s, each a transaction moving the org version,"
                  + " as a push does) | NOTIFYs %,d, pokes %,d, reader's pulls %,d | commit-to-visible"
                  + " on the reader p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d never"
                  + " seen |",
              total,
              total / achieved,
              achieved,
              notifies.count(),
              pokes.count(),
              pulls,
              p.ms(50),
              p.ms(95),
              p.ms(99),
              p.ms(100),
              missed));
    }
  }

  /**
   * One commit the way a push of one line commits: the organisation's version row locked and moved,
   * the line and its balance written with the new version. The NOTIFY trigger fires at commit.
   * {@code synchronous_commit} is off for this load generator only, so that commits can come a
   * thousand a second on this machine.
   */
  private long commitOne(UUID user, int i) throws SQLException {
    return server
        .database()
        .transactions()
        .inOrganisation(
            org,
            c -> {
              try (Statement s = c.createStatement()) {
                s.execute("set local synchronous_commit = off");
              }
              long version;
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "update org_version set version = version + 1 where org_id = ?"
                          + " returning version")) {
                ps.setObject(1, org);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  version = rs.getLong(1);
                }
              }
              UUID item = items.get(i % items.size());
              try (PreparedStatement ps = c.prepareStatement(MOVEMENT_INSERT)) {
                ps.setObject(1, Ids.newId());
                ps.setObject(2, org);
                ps.setObject(3, item);
                ps.setBigDecimal(4, BigDecimal.ONE);
                ps.setString(5, MovementReason.RECEIVE.name());
                ps.setBigDecimal(6, null);
                ps.setString(7, "BURST-" + i);
                ps.setString(8, null);
                ps.setObject(9, user);
                ps.setObject(10, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setString(11, "bench-burst");
                ps.setLong(12, version);
                ps.executeUpdate();
              }
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "update item_balance set on_hand = on_hand + 1, version = ?,"
                          + " updated_at = now() where item_id = ?")) {
                ps.setLong(1, version);
                ps.setObject(2, item);
                ps.executeUpdate();
              }
              return version;
            });
  }

  // --- first pull of a million rows --------------------------------------------------------------

  private void initialPull() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "%n== first pull of %,d server-made lines into an empty device (load %s)%n",
        options.initial(),
        DemoServer.loadAverage());
    long t = System.nanoTime();
    long lastVersion = generateOnServer(options.initial());
    System.out.printf(
        Locale.ROOT,
        "  made on the server by SQL in %.1f s (org version now %,d)%n",
        (System.nanoTime() - t) / 1e9,
        lastVersion);
    try (Device c = device("initial", false)) {
      Applied pages = new Applied();
      c.engine.addPageListener(pages);
      // The live set: a full GC at every tenth of the pull (on the sync thread, between pages).
      LiveHeap live = new LiveHeap(lastVersion);
      c.engine.addPageListener(live);
      System.gc();
      long baseline = usedHeap();
      SyncEngine.Report report;
      try (HeapWatch heap = new HeapWatch()) {
        t = System.nanoTime();
        report = c.engine.runOnce();
        double pullRate = rate(report.pulled(), t);
        long elapsed = System.nanoTime() - t;
        check(c.engine.cursor() == lastVersion, "pulled to the server's version");
        long held = count(c, "SELECT COUNT(*) FROM stock_movement");
        System.out.printf(
            Locale.ROOT,
            "  %,d changes in %.1f s: %,.0f rows/s (%.1f s of it in the 10 forced GCs);"
                + " device holds %,d lines; %d pages%n"
                + "  live heap after a full GC: before %s MB, at each tenth of the pull: %s MB%n"
                + "  heap used after any GC (old garbage not yet collected included): max %s MB"
                + " over %d GCs%n",
            report.pulled(),
            elapsed / 1e9,
            pullRate,
            live.gcNanos / 1e9,
            held,
            pages.count(),
            mb(baseline),
            live.series(),
            mb(heap.max()),
            heap.samples());
        table.add(
            String.format(
                Locale.ROOT,
                "| first pull of %,d changes into an empty device (%,d pages of 1,000) | %,.0f"
                    + " rows/s (%.0f s) | JVM capped at %d MB, server in the same JVM. Live heap"
                    + " after a full GC: %s MB before, %s MB at each tenth of the pull; max used"
                    + " after any GC %s MB |",
                report.pulled(),
                pages.count(),
                pullRate,
                elapsed / 1e9,
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                mb(baseline),
                live.series(),
                mb(heap.max())));
      }
    }
  }

  /** A full GC each time the cursor passes another tenth of {@code last}, and the heap after it. */
  private static final class LiveHeap implements LongConsumer {
    private final long last;
    private final List<Long> used = new ArrayList<>();
    private int tenth = 1;
    long gcNanos;

    LiveHeap(long last) {
      this.last = last;
    }

    @Override
    public void accept(long cursor) {
      while (tenth <= 10 && cursor >= last * tenth / 10) {
        long t = System.nanoTime();
        System.gc();
        gcNanos += System.nanoTime() - t;
        used.add(usedHeap());
        tenth++;
      }
    }

    String series() {
      StringBuilder text = new StringBuilder();
      for (long u : used) {
        text.append(text.length() == 0 ? "" : ", ").append(mb(u));
      }
      return text.toString();
    }
  }

  /**
   * Lines made by Postgres itself, stored as a push stores them: each with its own organisation
   * version, handed out under the version row's lock, balances moved, the counter set at the end.
   */
  private long generateOnServer(int n) throws SQLException {
    long last =
        server
            .database()
            .transactions()
            .inOrganisation(
                org,
                c -> {
                  long base;
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "update org_version set version = version where org_id = ?"
                              + " returning version")) {
                    ps.setObject(1, org);
                    try (ResultSet rs = ps.executeQuery()) {
                      rs.next();
                      base = rs.getLong(1);
                    }
                  }
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "insert into stock_movement (id, org_id, item_id, quantity, reason,"
                              + " reference, note, user_id, at, device_id, version)"
                              // UUIDv7 as devices make them: the time first, then random.
                              + " select (lpad(to_hex((extract(epoch from timestamptz"
                              + " '2025-11-25 09:00:00+00' + g * interval '31 seconds') * 1000)"
                              + "::bigint), 12, '0') || '7' || substr(md5(g::text), 1, 3) || '8'"
                              + " || substr(md5(g::text), 4, 15))::uuid, ?, i.id,"
                              + " case when g % 4 = 0 then 100 + g % 200 else -1 - g % 20 end,"
                              + " case when g % 4 = 0 then 'RECEIVE' else 'CONSUME' end,"
                              + " 'PO-' || (g % 997), case when g % 10 = 0 then 'line ' || g end,"
                              + " ?, timestamptz '2025-11-25 09:00:00+00' + g * interval '31"
                              + " seconds', 'bench-server', ? + g from generate_series(1, ?) g"
                              + " join (select id, row_number() over (order by id) - 1 as n"
                              + " from item) i on i.n = g % ?")) {
                    ps.setObject(1, org);
                    ps.setObject(2, tokens.user.id());
                    ps.setLong(3, base);
                    ps.setInt(4, n);
                    ps.setInt(5, items.size());
                    ps.executeUpdate();
                  }
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "update item_balance b set on_hand = b.on_hand + d.delta, version = ?,"
                              + " updated_at = now() from (select item_id, sum(quantity) as delta"
                              + " from stock_movement where version > ? group by item_id) d"
                              + " where b.item_id = d.item_id")) {
                    ps.setLong(1, base + n);
                    ps.setLong(2, base);
                    ps.executeUpdate();
                  }
                  try (PreparedStatement ps =
                      c.prepareStatement("update org_version set version = ? where org_id = ?")) {
                    ps.setLong(1, base + n);
                    ps.setObject(2, org);
                    ps.executeUpdate();
                  }
                  return base + n;
                });
    // Fresh statistics, as autovacuum would gather after such a load (only the owner may).
    try (Connection owner = owner();
        Statement s = owner.createStatement()) {
      s.execute("analyze");
    }
    return last;
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static long count(Device d, String sql) {
    return d.data
        .store()
        .inTransaction(
            s ->
                s.doReturningWork(
                    c -> {
                      try (PreparedStatement ps = c.prepareStatement(sql);
                          ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                      }
                    }));
  }

  private static double rate(long rows, long startNanos) {
    return rows / ((System.nanoTime() - startNanos) / 1e9);
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("Check failed: " + what);
    }
  }

  interface Condition {
    boolean holds();
  }

  private static void waitFor(Condition condition, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Timed out waiting for " + what);
      }
      Thread.sleep(10);
    }
  }

  /** Removes the run's folder (a million-row H2 file and a Postgres cluster). */
  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static long usedHeap() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024.0));
  }

  /** Latencies in nanoseconds, read as percentiles in milliseconds. */
  private static final class Percentiles {
    private final long[] sorted;

    Percentiles(long[] nanos) {
      sorted = nanos.clone();
      Arrays.sort(sorted);
    }

    double ms(int percentile) {
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
          ms(50),
          ms(95),
          ms(99),
          ms(100));
    }
  }

  /** When a device's engine stored each pulled page, and the cursor after it. */
  private static final class Applied implements LongConsumer {
    private long[] times = new long[1024];
    private long[] cursors = new long[1024];
    private int size;

    @Override
    public synchronized void accept(long cursor) {
      if (size == times.length) {
        times = Arrays.copyOf(times, size * 2);
        cursors = Arrays.copyOf(cursors, size * 2);
      }
      times[size] = System.nanoTime();
      cursors[size] = cursor;
      size++;
      notifyAll();
    }

    synchronized int count() {
      return size;
    }

    /** When the device first held {@code version} (cursors only grow), or -1. */
    synchronized long firstAt(long version) {
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cursors[mid] >= version) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo < size ? times[lo] : -1;
    }

    synchronized long await(long version, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      long seen;
      while ((seen = firstAt(version)) < 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return -1;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      return seen;
    }
  }

  /** The heap after every GC, from the collectors' notifications. */
  private static final class HeapWatch implements NotificationListener, AutoCloseable {
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final Set<String> heapPools = new HashSet<>();
    private final List<long[]> samples = new ArrayList<>();

    HeapWatch() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          heapPools.add(pool.getName());
        }
      }
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(this, null, null);
          emitters.add(emitter);
        }
      }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
          notification.getType())) {
        return;
      }
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      long used = 0;
      for (Map.Entry<String, MemoryUsage> pool :
          info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (heapPools.contains(pool.getKey())) {
          used += pool.getValue().getUsed();
        }
      }
      synchronized (samples) {
        samples.add(new long[] {System.nanoTime(), used});
      }
    }

    long max() {
      synchronized (samples) {
        return samples.stream().mapToLong(s -> s[1]).max().orElse(-1);
      }
    }

    int samples() {
      synchronized (samples) {
        return samples.size();
      }
    }

    @Override
    public void close() throws ListenerNotFoundException {
      for (NotificationEmitter emitter : emitters) {
        emitter.removeNotificationListener(this);
      }
    }
  }

  /** The benchmark's own {@code LISTEN bobbin_version}: how many NOTIFYs every instance hears. */
  private static final class NotifyCounter implements AutoCloseable {
    private final Connection connection;
    private final Thread thread;
    private final AtomicInteger count = new AtomicInteger();
    private volatile boolean running = true;

    NotifyCounter(BobbinServer server, UUID org) throws SQLException {
      connection = server.database().openDedicatedConnection();
      try (Statement s = connection.createStatement()) {
        s.execute("listen bobbin_version");
      }
      String prefix = org + ":";
      thread =
          new Thread(
              () -> {
                try {
                  PGConnection pg = connection.unwrap(PGConnection.class);
                  while (running) {
                    PGNotification[] heard = pg.getNotifications(100);
                    if (heard != null) {
                      for (PGNotification n : heard) {
                        if (n.getParameter().startsWith(prefix)) {
                          count.incrementAndGet();
                        }
                      }
                    }
                  }
                } catch (SQLException e) {
                  if (running) {
                    System.out.println("  LISTEN failed: " + e.getMessage());
                  }
                }
              },
              "bench-listen");
      thread.setDaemon(true);
      thread.start();
    }

    void reset() {
      count.set(0);
    }

    int count() {
      return count.get();
    }

    @Override
    public void close() throws SQLException {
      running = false;
      try {
        thread.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      connection.close();
    }
  }

  /** A bare live socket of the organisation: counts the pokes every device gets. */
  private static final class PokeCounter extends WebSocketListener implements AutoCloseable {
    private final OkHttpClient http = new OkHttpClient();
    private final WebSocket socket;
    private final AtomicInteger count = new AtomicInteger();

    PokeCounter(URI base, String token) {
      socket =
          http.newWebSocket(
              new Request.Builder()
                  .url(base.resolve("/api/v1/sync/live").toString())
                  .header("Authorization", "Bearer " + token)
                  .header(ProtocolVersion.HEADER, Integer.toString(ProtocolVersion.CURRENT))
                  .build(),
              this);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      count.incrementAndGet();
    }

    void awaitHello() throws InterruptedException {
      waitFor(() -> count.get() > 0, Duration.ofSeconds(10), "the live socket's first message");
    }

    void reset() {
      count.set(0);
    }

    int count() {
      return count.get();
    }

    @Override
    public void close() {
      socket.close(1000, "bye");
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** The demo admin's access token, from {@code POST /api/v1/auth/login}, renewed on demand. */
  private static final class Tokens implements AccessTokens {
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json =
        StoreJson.newMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private volatile String token;
    final User user;
    final UUID organisation;

    Tokens(URI base) throws IOException, InterruptedException {
      this.base = base;
      JsonNode login = login();
      this.user = json.treeToValue(login.path("user"), User.class);
      this.organisation = UUID.fromString(login.path("organisation").path("id").asText());
    }

    private JsonNode login() throws IOException, InterruptedException {
      byte[] body =
          json.writeValueAsBytes(
              Map.of("email", DemoOrganisation.ADMIN_EMAIL, "password", DemoOrganisation.PASSWORD));
      HttpResponse<String> reply =
          http.send(
              HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (reply.statusCode() != 200) {
        throw new SyncException.SignedOut("Login answered " + reply.statusCode());
      }
      JsonNode node = json.readTree(reply.body());
      token = node.path("accessToken").asText();
      return node;
    }

    @Override
    public String current() {
      return token;
    }

    @Override
    public synchronized String refreshed() {
      try {
        login();
        return token;
      } catch (IOException e) {
        throw new SyncException.Failed("Signing in failed: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SyncException.Failed("Signing in was interrupted", e);
      }
    }
  }

  /** One headless desktop: an H2 file in its own folder, signed in, with its sync engine. */
  private static final class Device implements AutoCloseable {
    final LocalData data;
    final SyncEngine engine;

    Device(Path dir, URI server, Tokens tokens, SyncEngine.Settings settings) {
      data = LocalData.open(dir, Clock.systemUTC());
      data.currentUser().signIn(tokens.user);
      engine =
          new SyncEngine(data, new SyncClient(server, data.store().clientId(), tokens), settings);
    }

    String deviceId() {
      return data.store().clientId().toString();
    }

    @Override
    public void close() {
      engine.close();
      data.close();
    }
  }
}
