package dev.bobbin.desktop;

import dev.bobbin.desktop.reports.ReportService;
import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import dev.bobbin.model.reports.CsvOptions;
import dev.bobbin.model.reports.ReportArguments;
import dev.bobbin.model.reports.ReportDefinition;
import dev.bobbin.model.reports.Reports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bobbin export <report> --out file.csv [--param k=v …]}: a report of the local data to CSV,
 * without a window, for scripts. Runs without JavaFX.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Exports a report of the local data to a CSV file, without opening a window.",
    footer = {
      "%nReports: inventory-valuation, low-stock, stock-ledger, production-wip, throughput-weekly,"
          + " stage-lead-times, orders-on-time, quotes-conversion, receivables-ageing.",
      "Example: bobbin export stock-ledger --out ledger.csv --param from=2026-01-01"
          + " --param reason=consume"
    })
public final class ExportCommand implements Callable<Integer> {
  static final int BAD_USAGE = 2;
  static final int FAILED = 1;

  @Parameters(index = "0", paramLabel = "REPORT", description = "The report's name.")
  String report;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file.")
  Path out;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "A report parameter, e.g. from=2026-01-01 (repeat for more).")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(
      names = "--data-dir",
      paramLabel = "FOLDER",
      description = "Folder of the local database.")
  Path dataDir;

  @Option(names = "--delimiter", paramLabel = "CHAR", description = "Cell delimiter (default: ,).")
  char delimiter = ',';

  @Option(names = "--bom", description = "Start the file with a UTF-8 byte order mark (Excel).")
  boolean bom;

  @Option(
      names = "--locale",
      paramLabel = "TAG",
      description = "Write decimals with this locale's separator, e.g. de (default: a dot).")
  String locale;

  @Spec CommandSpec spec;

  private final DataDirectory folders;
  private final Clock clock;

  public ExportCommand() {
    this(DataDirectory.ofThisComputer(), Clock.systemUTC());
  }

  ExportCommand(DataDirectory folders, Clock clock) {
    this.folders = folders;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<ReportDefinition> definition = Reports.byName(report);
    if (definition.isEmpty()) {
      err.println(
          "There is no report called \""
              + report
              + "\". Reports: "
              + Reports.all().stream()
                  .map(ReportDefinition::name)
                  .collect(Collectors.joining(", ")));
      return BAD_USAGE;
    }
    CsvOptions options;
    try {
      options = options();
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return BAD_USAGE;
    }
    try (Workspace workspace =
        Workspace.open(
            new DesktopOptions(Optional.ofNullable(dataDir), Optional.empty(), false),
            folders,
            clock)) {
      ReportService reports =
          new ReportService(
              workspace.data().store(), workspace.data().currentUser(), workspace.data().clock());
      ReportArguments args = reports.arguments(definition.get(), params);
      long started = System.nanoTime();
      ReportService.ExportResult result =
          reports.export(args, out, options, (read, total) -> {}, () -> false);
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Exported %d rows of %s to %s in %.1f s%n",
              result.rows(),
              report,
              result.file(),
              (System.nanoTime() - started) / 1e9);
      return 0;
    } catch (ValidationException e) {
      for (Violation v : e.violations()) {
        err.println("--param " + v.field() + ": " + v.message());
      }
      return BAD_USAGE;
    } catch (StoreException e) {
      err.println(e.getMessage());
      return FAILED;
    }
  }

  private CsvOptions options() {
    CsvOptions options = CsvOptions.defaults().withDelimiter(delimiter);
    if (bom) {
      options = options.withByteOrderMark();
    }
    if (locale != null) {
      options = options.withNumberLocale(Locale.forLanguageTag(locale));
    }
    return options;
  }
}
