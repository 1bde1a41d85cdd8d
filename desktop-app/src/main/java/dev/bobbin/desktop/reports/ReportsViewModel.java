package dev.bobbin.desktop.reports;

import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import dev.bobbin.model.reports.ColumnType;
import dev.bobbin.model.reports.CsvCells;
import dev.bobbin.model.reports.CsvOptions;
import dev.bobbin.model.reports.ReportArguments;
import dev.bobbin.model.reports.ReportColumn;
import dev.bobbin.model.reports.ReportDefinition;
import dev.bobbin.model.reports.ReportParameter;
import dev.bobbin.model.reports.Reports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Reports screen: the chosen report and its parameters (with a message per field), the
 * preview rows and chart, the CSV options, a running export's progress, and the export history.
 * Commands: {@link #preview()}, {@link #export(Path)}, {@link #cancelExport()}.
 */
public final class ReportsViewModel {
  /** Rows the preview shows. */
  public static final int PREVIEW_ROWS = 200;

  /** The delimiters offered, by label. */
  public static final Map<String, Character> DELIMITERS =
      Map.of("Comma ( , )", ',', "Semicolon ( ; )", ';', "Tab", '\t');

  /** A bar of the chart. */
  public record Bar(String label, double value) {}

  private final ReportService reports;
  private final CurrentUser currentUser;
  private final BackgroundTasks tasks;
  private final ObjectProperty<ReportDefinition> report =
      new SimpleObjectProperty<>(this, "report");
  private final Map<String, StringProperty> values = new LinkedHashMap<>();
  private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
  private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
  private final ObservableList<Bar> bars = FXCollections.observableArrayList();
  private final ObservableList<ExportRecord> history = FXCollections.observableArrayList();
  // Kept as fields: an unmodifiable view forwards changes only while someone holds it.
  private final ObservableList<List<String>> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<Bar> readOnlyBars = FXCollections.unmodifiableObservableList(bars);
  private final ObservableList<ExportRecord> readOnlyHistory =
      FXCollections.unmodifiableObservableList(history);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
  private final ReadOnlyObjectWrapper<Path> lastExport =
      new ReadOnlyObjectWrapper<>(this, "lastExport");
  private final StringProperty delimiter =
      new SimpleStringProperty(this, "delimiter", "Comma ( , )");
  private final BooleanProperty byteOrderMark = new SimpleBooleanProperty(this, "bom", false);
  private final StringProperty numberLocale = new SimpleStringProperty(this, "numberLocale", "");
  private volatile AtomicBoolean cancel = new AtomicBoolean();

  public ReportsViewModel(ReportService reports, CurrentUser currentUser, BackgroundTasks tasks) {
    this.reports = reports;
    this.currentUser = currentUser;
    this.tasks = tasks;
    report.addListener((obs, old, now) -> resetParameters(now));
    report.set(Reports.all().get(0));
  }

  public List<ReportDefinition> reports() {
    return Reports.all();
  }

  public ObjectProperty<ReportDefinition> reportProperty() {
    return report;
  }

  /** The text of parameter {@code name} of the chosen report. */
  public StringProperty parameter(String name) {
    return values.get(name);
  }

  /** The message next to parameter {@code name}; empty when it is fine. */
  public ReadOnlyStringProperty parameterError(String name) {
    return errors.get(name).getReadOnlyProperty();
  }

  /** Preview rows, as the table shows them (first {@link #PREVIEW_ROWS}). */
  public ObservableList<List<String>> rows() {
    return readOnlyRows;
  }

  /** The chart's bars (summed per label over the whole report); empty when it has no chart. */
  public ObservableList<Bar> bars() {
    return readOnlyBars;
  }

  public ObservableList<ExportRecord> history() {
    return readOnlyHistory;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** A sentence for the user when something failed; empty otherwise. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty exportingProperty() {
    return exporting.getReadOnlyProperty();
  }

  /** From 0 to 1 while exporting. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** The file of the last finished export, or null. */
  public ReadOnlyObjectProperty<Path> lastExportProperty() {
    return lastExport.getReadOnlyProperty();
  }

  public StringProperty delimiterProperty() {
    return delimiter;
  }

  public BooleanProperty byteOrderMarkProperty() {
    return byteOrderMark;
  }

  /** A language tag ({@code de}) for decimal commas; empty for a dot. */
  public StringProperty numberLocaleProperty() {
    return numberLocale;
  }

  /** Why the signed-in user may not export, or empty when they may. */
  public Optional<String> exportRefusal() {
    Optional<User> user = currentUser.get();
    if (user.isPresent() && user.get().can(Permission.EXPORT_REPORTS)) {
      return Optional.empty();
    }
    return Optional.of("Only managers and admins export reports.");
  }

  /** Runs the chosen report for the preview table and chart. */
  public void preview() {
    Optional<ReportArguments> args = arguments();
    if (args.isEmpty()) {
      return;
    }
    ReportDefinition definition = args.get().report();
    busy.set(true);
    error.set("");
    tasks.run(
        () -> previewOf(args.get()),
        result -> {
          busy.set(false);
          if (!definition.equals(report.get())) {
            return;
          }
          rows.setAll(result.rows());
          bars.setAll(result.bars());
          summary.set(result.summary());
        },
        failure -> {
          busy.set(false);
          error.set(FriendlyErrors.message(failure));
        });
  }

  private record PreviewResult(List<List<String>> rows, List<Bar> bars, String summary) {}

  private PreviewResult previewOf(ReportArguments args) {
    ReportDefinition definition = args.report();
    List<List<String>> shown = new ArrayList<>();
    Map<String, Double> chart = new LinkedHashMap<>();
    long[] total = {0};
    if (definition.chart().isPresent()) {
      int label = definition.columnIndex(definition.chart().get().labelColumn());
      int value = definition.columnIndex(definition.chart().get().valueColumn());
      reports.run(
          args,
          row -> {
            if (shown.size() < PREVIEW_ROWS) {
              shown.add(display(definition, row));
            }
            total[0]++;
            String key = row[label] == null ? "" : row[label].toString();
            double amount = row[value] == null ? 0 : ((Number) row[value]).doubleValue();
            chart.merge(key, amount, Double::sum);
          });
      List<Bar> bars = new ArrayList<>();
      chart.forEach((k, v) -> bars.add(new Bar(k, v)));
      return new PreviewResult(shown, bars, total[0] + " rows");
    }
    ReportService.Preview preview = reports.preview(args, PREVIEW_ROWS);
    preview.rows().forEach(r -> shown.add(display(definition, r)));
    String summary =
        preview.truncated()
            ? "First " + PREVIEW_ROWS + " rows; export for all of them"
            : shown.size() + " rows";
    return new PreviewResult(shown, List.of(), summary);
  }

  /** Cells as the preview shows them: text as is, numbers and dates as in the CSV. */
  static List<String> display(ReportDefinition definition, Object[] row) {
    List<String> cells = new ArrayList<>(row.length);
    for (int i = 0; i < row.length; i++) {
      ReportColumn column = definition.columns().get(i);
      cells.add(
          column.type() == ColumnType.TEXT
              ? (row[i] == null ? "" : row[i].toString())
              : CsvCells.format(column, row[i], CsvOptions.defaults()));
    }
    return cells;
  }

  /** Streams the chosen report into {@code file}, with progress; see {@link #cancelExport()}. */
  public void export(Path file) {
    Optional<String> refusal = exportRefusal();
    if (refusal.isPresent()) {
      error.set(refusal.get());
      return;
    }
    Optional<ReportArguments> args = arguments();
    if (args.isEmpty()) {
      return;
    }
    CsvOptions options = csvOptions();
    AtomicBoolean cancelled = new AtomicBoolean();
    cancel = cancelled;
    exporting.set(true);
    progress.set(0);
    error.set("");
    double[] shown = {0};
    tasks.run(
        () ->
            reports.export(
                args.get(),
                file,
                options,
                (read, total) -> {
                  double fraction = total == 0 ? 1 : (double) read / total;
                  if (fraction - shown[0] >= 0.01 || fraction >= 1) {
                    shown[0] = fraction;
                    tasks.onUiThread(() -> progress.set(fraction));
                  }
                },
                cancelled::get),
        result -> {
          exporting.set(false);
          progress.set(1);
          lastExport.set(result.file());
          summary.set("Exported " + result.rows() + " rows to " + result.file().getFileName());
          refreshHistory();
        },
        failure -> {
          exporting.set(false);
          progress.set(0);
          if (failure instanceof CancellationException) {
            summary.set("Export cancelled; no file was written.");
          } else {
            error.set(FriendlyErrors.message(failure));
          }
        });
  }

  public void cancelExport() {
    cancel.set(true);
  }

  /** A file name for the chosen report, e.g. {@code stock-ledger-2026-03-02.csv}. */
  public String suggestedFileName() {
    return report.get().name() + "-" + reports.today() + ".csv";
  }

  public void refreshHistory() {
    tasks.run(
        () -> reports.history().recent(50),
        history::setAll,
        failure -> error.set(FriendlyErrors.message(failure)));
  }

  private CsvOptions csvOptions() {
    CsvOptions options =
        CsvOptions.defaults().withDelimiter(DELIMITERS.getOrDefault(delimiter.get(), ','));
    if (byteOrderMark.get()) {
      options = options.withByteOrderMark();
    }
    String tag = numberLocale.get() == null ? "" : numberLocale.get().strip();
    if (!tag.isEmpty()) {
      options = options.withNumberLocale(Locale.forLanguageTag(tag));
    }
    return options;
  }

  private Optional<ReportArguments> arguments() {
    errors.values().forEach(e -> e.set(""));
    Map<String, String> raw = new LinkedHashMap<>();
    values.forEach((k, v) -> raw.put(k, v.get() == null ? "" : v.get()));
    try {
      return Optional.of(reports.arguments(report.get(), raw));
    } catch (ValidationException e) {
      for (Violation v : e.violations()) {
        Optional.ofNullable(errors.get(v.field())).ifPresent(w -> w.set(message(v)));
      }
      error.set("Check the parameters marked in red.");
      return Optional.empty();
    }
  }

  private static String message(Violation v) {
    String text = v.message();
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }

  private void resetParameters(ReportDefinition now) {
    values.clear();
    errors.clear();
    for (ReportParameter p : now.parameters()) {
      values.put(
          p.name(),
          new SimpleStringProperty(this, p.name(), p.defaultText(reports.today()).orElse("")));
      errors.put(p.name(), new ReadOnlyStringWrapper(this, p.name() + "Error", ""));
    }
    rows.clear();
    bars.clear();
    summary.set(now.description());
    error.set("");
  }
}
