package dev.bobbin.benchmarks;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.demo.DemoWorkspace;
import dev.bobbin.desktop.inventory.InventoryData;
import dev.bobbin.desktop.inventory.InventoryViewModel;
import dev.bobbin.desktop.inventory.ItemDetailViewModel;
import dev.bobbin.desktop.inventory.ItemFilter;
import dev.bobbin.desktop.inventory.ItemRow;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.common.Ids;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * The desktop inventory with 100k items and 1M ledger lines in a fresh local database: time to show
 * the first page, search-as-you-type latency per keystroke, opening an item's history, and the heap
 * used. Runs the real view models (on the calling thread) against a real H2 file.
 *
 * <p>Run: {@code benchmarks/run-desktop-inventory.sh} (prints a Markdown table).
 */
public final class DesktopInventoryBenchmark {
  private static final int ITEMS = 100_000;
  private static final int LINES = 1_000_000;
  private static final int HISTORIES = 100;

  private DesktopInventoryBenchmark() {}

  public static void main(String[] args) throws IOException {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : ITEMS;
    int lines = args.length > 1 ? Integer.parseInt(args[1]) : LINES;
    // A third argument reuses a database an earlier run filled (setup takes minutes).
    Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("bobbin-bench");
    boolean filled = Files.exists(dir.resolve("bobbin.mv.db"));
    Clock clock = Clock.systemUTC();
    List<String> rows = new ArrayList<>();
    try (LocalData data = LocalData.open(dir, clock)) {
      User admin =
          filled
              ? data.users().all().get(0)
              : data.users()
                  .create(new User(Ids.newId(), "bench@example.com", "Bench", Role.ADMIN, true));
      data.currentUser().signIn(admin);
      DemoWorkspace demo = new DemoWorkspace(data, clock);
      long t0 = System.nanoTime();
      if (!filled) {
        demo.bulkItems(items);
      }
      long t1 = System.nanoTime();
      if (!filled) {
        demo.bulkLedger(lines, admin.id());
      }
      long t2 = System.nanoTime();
      long lineCount =
          data.store()
              .inTransaction(
                  s ->
                      s.createSelectionQuery("select count(*) from StockMovementEntity", Long.class)
                          .getSingleResult());
      rows.add(row("setup: bulk insert " + items + " items (fresh DB)", ms(t1 - t0), "", ""));
      rows.add(row("setup: bulk insert " + lineCount + " ledger lines", ms(t2 - t1), "", ""));

      InventoryData inventory = data.inventoryData();
      BackgroundTasks tasks = BackgroundTasks.sameThread();

      long f0 = System.nanoTime();
      InventoryViewModel list = new InventoryViewModel(inventory, tasks);
      list.refresh();
      long f1 = System.nanoTime();
      rows.add(
          row(
              "Inventory first page (cold: " + list.rows().size() + " rows + count)",
              ms(f1 - f0),
              "",
              ""));
      double[] warm = new double[20];
      for (int i = 0; i < warm.length; i++) {
        long w0 = System.nanoTime();
        list.refresh();
        warm[i] = ms(System.nanoTime() - w0);
      }
      rows.add(row("Inventory first page (warm)", p(warm, 50), p(warm, 95), ""));
      long s0 = System.nanoTime();
      for (int i = 0; i < 10; i++) {
        list.loadMore();
      }
      rows.add(
          row(
              "Scroll: next 10 pages of " + list.rows().size() / 11,
              ms(System.nanoTime() - s0) / 10,
              "",
              "per page"));

      List<String> queries = keystrokes();
      double[] search = new double[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        list.queryProperty().set(queries.get(i));
        long k0 = System.nanoTime();
        list.refresh();
        search[i] = ms(System.nanoTime() - k0);
      }
      rows.add(
          row(
              "Search-as-you-type, " + queries.size() + " keystrokes (page + count)",
              p(search, 50),
              p(search, 95),
              "target p95 < 50 ms; max " + fmt(max(search))));

      list.queryProperty().set("");
      list.lowStockOnlyProperty().set(true);
      long l0 = System.nanoTime();
      list.refresh();
      rows.add(
          row("Low-stock filter (" + list.total() + " items)", ms(System.nanoTime() - l0), "", ""));
      list.lowStockOnlyProperty().set(false);

      Random random = new Random(7);
      List<ItemRow> sample =
          data.items().search("", ItemFilter.all(), random.nextInt(items - 500), 500);
      double[] history = new double[HISTORIES];
      ItemDetailViewModel detail = new ItemDetailViewModel(inventory, tasks);
      int linesShown = 0;
      for (int i = 0; i < HISTORIES; i++) {
        UUID id = sample.get(random.nextInt(sample.size())).item().id();
        long h0 = System.nanoTime();
        detail.load(id);
        history[i] = ms(System.nanoTime() - h0);
        linesShown += detail.lines().size();
      }
      rows.add(
          row(
              "Open item history (row + ledger with running balance, ~"
                  + linesShown / HISTORIES
                  + " lines)",
              p(history, 50),
              p(history, 95),
              "target < 100 ms"));

      System.gc();
      long heap =
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
      long max = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      rows.add(
          row(
              "Heap used after GC (list + search + history)",
              heap + " MB",
              "",
              "-Xmx " + max + " MB; target < 512 MB"));
      long db = Files.size(dir.resolve("bobbin.mv.db")) / (1024 * 1024);
      rows.add(row("Database file", db + " MB", "", ""));
    }
    System.out.println();
    System.out.println("database: " + dir);
    System.out.println("| measurement | p50 / time | p95 | note |");
    System.out.println("|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  /** Search texts as a user types them, one per keystroke: names, colours, SKUs, barcodes. */
  private static List<String> keystrokes() {
    List<String> words =
        List.of(
            "cotton",
            "teal",
            "canvas 12",
            "blk-00042",
            "organza red",
            "rib knit sand",
            "warehouse c-1",
            "2900000",
            "poly-cotton olive 99",
            "twill",
            "zzz",
            "sand 4711");
    List<String> typed = new ArrayList<>();
    for (String w : words) {
      for (int i = 1; i <= w.length(); i++) {
        typed.add(w.substring(0, i));
      }
    }
    while (typed.size() < 200) {
      typed.add(String.format(Locale.ROOT, "BLK-%05d", typed.size() * 37));
    }
    return typed.subList(0, 200);
  }

  private static String row(String what, Object a, Object b, String note) {
    return "| " + what + " | " + cell(a) + " | " + cell(b) + " | " + note + " |";
  }

  private static String cell(Object v) {
    return v instanceof Double d ? fmt(d) : v.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f ms", v);
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static double p(double[] values, int percentile) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }
}
