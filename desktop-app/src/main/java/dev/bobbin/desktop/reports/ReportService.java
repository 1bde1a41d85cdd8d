package dev.bobbin.desktop.reports;

import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.reports.CsvOptions;
import dev.bobbin.model.reports.CsvReportWriter;
import dev.bobbin.model.reports.ReportArguments;
import dev.bobbin.model.reports.ReportDefinition;
import dev.bobbin.model.reports.RowSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Reports on the local data: previews for the screen and CSV exports streamed to a file, each
 * export remembered in the {@link ExportHistory}.
 */
public final class ReportService {
  private static final int WRITE_BUFFER = 1 << 16;

  /** Told how far an export has got: source rows read out of the total. */
  @FunctionalInterface
  public interface ExportProgress {
    void update(long rowsRead, long totalRows);
  }

  /** The first rows of a report and whether there are more. */
  public record Preview(List<Object[]> rows, boolean truncated) {}

  /** A finished export: the rows written (without the header) and the file. */
  public record ExportResult(long rows, Path file) {}

  private final ReportRunner runner;
  private final ExportHistory history;
  private final CurrentUser currentUser;
  private final Clock clock;

  public ReportService(LocalStore store, CurrentUser currentUser, Clock clock) {
    this.runner = new ReportRunner(store, clock);
    this.history = new ExportHistory(store);
    this.currentUser = currentUser;
    this.clock = clock;
  }

  public LocalDate today() {
    return runner.today();
  }

  /**
   * Checks parameters given as text.
   *
   * @throws dev.bobbin.model.common.ValidationException naming each bad parameter
   */
  public ReportArguments arguments(ReportDefinition report, Map<String, String> raw) {
    return ReportArguments.parse(report, raw, today());
  }

  /** The first {@code limit} rows of the report; stops reading as soon as it has them. */
  public Preview preview(ReportArguments args, int limit) {
    List<Object[]> rows = new ArrayList<>();
    try {
      runner.run(
          args,
          row -> {
            if (rows.size() == limit) {
              throw new PreviewFull();
            }
            rows.add(row.clone());
          },
          read -> {});
      return new Preview(rows, false);
    } catch (PreviewFull full) {
      return new Preview(rows, true);
    }
  }

  /** Runs the report, handing each row to {@code sink}, e.g. for a test or a chart. */
  public long run(ReportArguments args, RowSink sink) {
    return runner.run(args, sink, read -> {});
  }

  /**
   * Streams the report into {@code file} (written to a temporary file beside it, then moved into
   * place, so a cancelled or failed export leaves no half file), and records it in the history.
   *
   * @throws CancellationException when {@code cancelled} became true; nothing is written
   * @throws StoreException with a sentence for the user when the file cannot be written
   */
  public ExportResult export(
      ReportArguments args,
      Path file,
      CsvOptions options,
      ExportProgress progress,
      BooleanSupplier cancelled) {
    Path target = file.toAbsolutePath().normalize();
    long total = runner.sourceRows(args);
    progress.update(0, total);
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    long[] written = {0};
    try {
      Files.createDirectories(target.getParent());
      try (Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8),
                  WRITE_BUFFER);
          CsvReportWriter csv = new CsvReportWriter(out, args.report(), options)) {
        runner.run(
            args,
            row -> {
              if (cancelled.getAsBoolean()) {
                throw new CancellationException("The export was cancelled.");
              }
              csv.write(row);
              written[0]++;
            },
            read -> progress.update(read, total));
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | UncheckedIOException e) {
      deleteQuietly(partial, e);
      throw new StoreException("Bobbin could not write " + target + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteQuietly(partial, e);
      throw e;
    }
    Optional<User> who = currentUser.get();
    history.record(
        new ExportRecord(
            args.report().name(),
            args.asText(),
            written[0],
            target.toString(),
            clock.instant(),
            who.map(User::displayName).orElse("")),
        who.map(User::id).orElse(null));
    return new ExportResult(written[0], target);
  }

  public ExportHistory history() {
    return history;
  }

  private static void deleteQuietly(Path partial, Exception failure) {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Stops a preview's query once it has enough rows. */
  private static final class PreviewFull extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PreviewFull() {
      super(null, null, false, false);
    }
  }
}
