package dev.bobbin.benchmarks;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import dev.bobbin.server.invoices.InvoicePdf;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * PDFs rendered per second for a 20-line invoice (the server's real renderer: embedded, subset Noto
 * fonts, a Bengali and a Chinese name, tax summary, totals), on one thread and on every core. Each
 * rendered document is fully saved to bytes. Usage: {@code [documents] [threads]}.
 */
public final class InvoicePdfBenchmark {
  private InvoicePdfBenchmark() {}

  public static void main(String[] args) throws Exception {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int threads =
        args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, %s %s, load %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        DemoServer.loadAverage());
    for (boolean mixed : new boolean[] {false, true}) {
      System.out.println(mixed ? "mixed scripts:" : "Latin only:");
      measure(sample(mixed), documents, threads);
    }
  }

  private static void measure(InvoicePdf.Printed printed, int documents, int threads)
      throws Exception {
    int bytes = InvoicePdf.render(printed).length;
    for (int i = 0; i < 300; i++) {
      InvoicePdf.render(printed);
    }
    long[] times = new long[documents];
    long start = System.nanoTime();
    for (int i = 0; i < documents; i++) {
      long t = System.nanoTime();
      InvoicePdf.render(printed);
      times[i] = System.nanoTime() - t;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(times);
    System.out.printf(
        Locale.ROOT,
        "one thread: %d PDFs of %,d bytes in %.2f s = %.0f PDFs/s; per PDF p50 %.2f ms, p95 %.2f"
            + " ms%n",
        documents,
        bytes,
        seconds,
        documents / seconds,
        times[documents / 2] / 1e6,
        times[documents * 95 / 100] / 1e6);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      long parallelStart = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        running.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < documents / threads; i++) {
                    InvoicePdf.render(printed);
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      double parallel = (System.nanoTime() - parallelStart) / 1e9;
      int done = documents / threads * threads;
      System.out.printf(
          Locale.ROOT,
          "%d threads: %d PDFs in %.2f s = %.0f PDFs/s%n",
          threads,
          done,
          parallel,
          done / parallel);
    } finally {
      pool.shutdownNow();
    }
  }

  private static InvoicePdf.Printed sample(boolean mixed) {
    Currency bdt = Currency.getInstance("BDT");
    List<InvoiceLine> lines = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      lines.add(
          new InvoiceLine(
              (mixed && i == 3
                      ? "জামদানি ওড়না"
                      : mixed && i == 7 ? "刺绣 embroidery" : "Polo shirt, navy, size M")
                  + " — lot "
                  + i,
              BigDecimal.valueOf(10L * i),
              new Money(new BigDecimal("412.50"), bdt),
              i % 4 == 0 ? new BigDecimal("5") : BigDecimal.ZERO,
              i % 3 == 0 ? new BigDecimal("7.5") : new BigDecimal("15")));
    }
    Invoice invoice =
        new Invoice(
            UUID.randomUUID(),
            "INV-2026-000042",
            UUID.randomUUID(),
            null,
            null,
            bdt,
            lines,
            InvoiceStatus.ISSUED,
            LocalDate.of(2026, 11, 25),
            LocalDate.of(2026, 12, 25),
            null,
            BigDecimal.ZERO,
            "Thank you for your order.");
    return new InvoicePdf.Printed(
        invoice,
        new InvoicePdf.Party(
            "Rupsha Garments Ltd.", List.of("House 12, Road 5, Dhanmondi", "Dhaka 1205")),
        new InvoicePdf.Party(
            mixed ? "রূপসা ফ্যাশন হাউস" : "Rupsha Fashion House",
            List.of("Gulshan 2, Dhaka", "buyer@example.com")),
        null,
        null,
        "Bank transfer to A/C 123-456-789.",
        "A4");
  }
}
