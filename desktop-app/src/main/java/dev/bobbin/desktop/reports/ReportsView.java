package dev.bobbin.desktop.reports;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.bobbin.model.reports.ParameterType;
import dev.bobbin.model.reports.ReportColumn;
import dev.bobbin.model.reports.ReportDefinition;
import dev.bobbin.model.reports.ReportParameter;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Reports screen: reports on the left; parameters, actions, CSV options, and the preview, chart
 * and export history on the right.
 */
public final class ReportsView {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

  private final ReportsViewModel model;
  private final Function<String, Optional<Path>> chooseFile;
  private final BorderPane root = new BorderPane();
  private final VBox form = new VBox(8);
  private final TableView<List<String>> table = new TableView<>();
  private final BarChart<String, Number> chart =
      new BarChart<>(new CategoryAxis(), new NumberAxis());
  private final Tab chartTab = new Tab("Chart", chart);

  /**
   * @param chooseFile asks where to save, given a suggested file name; empty when the user backs
   *     out (tests pass a fixed path)
   */
  public ReportsView(ReportsViewModel model, Function<String, Optional<Path>> chooseFile) {
    this.model = model;
    this.chooseFile = chooseFile;
    build();
  }

  /** A view that asks with the system's save dialog. */
  public ReportsView(ReportsViewModel model) {
    this.model = model;
    this.chooseFile = this::askWhereToSave;
    build();
  }

  private Optional<Path> askWhereToSave(String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export to CSV");
    chooser.setInitialFileName(suggestedName);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
    return Optional.ofNullable(chooser.showSaveDialog(root.getScene().getWindow()))
        .map(File::toPath);
  }

  public Node root() {
    return root;
  }

  private void build() {
    ListView<ReportDefinition> list = new ListView<>();
    list.setId("reportList");
    list.getItems().setAll(model.reports());
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(ReportDefinition item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
              }
            });
    list.getSelectionModel().select(model.reportProperty().get());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                model.reportProperty().set(now);
              }
            });
    list.setPrefWidth(260);
    root.setLeft(list);

    Label title = new Label();
    title.getStyleClass().add(Styles.TITLE_3);
    title.textProperty().bind(model.reportProperty().map(ReportDefinition::title));
    Label summary = new Label();
    summary.setId("reportSummary");
    summary.setWrapText(true);
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    summary.textProperty().bind(model.summaryProperty());
    Label error = new Label();
    error.setId("reportError");
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(model.errorProperty());
    error.managedProperty().bind(error.textProperty().isNotEmpty());

    VBox content = new VBox(10, title, summary, form, actions(), options(), error, tabs());
    content.setPadding(new Insets(16));
    VBox.setVgrow(content.getChildren().get(content.getChildren().size() - 1), Priority.ALWAYS);
    root.setCenter(content);

    model.reportProperty().addListener((obs, old, now) -> showReport(now));
    model.bars().addListener((ListChangeListener<ReportsViewModel.Bar>) c -> showChart());
    showReport(model.reportProperty().get());
    model.refreshHistory();
  }

  private Node actions() {
    Button preview = new Button("Preview", new FontIcon(Feather.EYE));
    preview.setId("previewButton");
    preview.setDefaultButton(true);
    preview.disableProperty().bind(model.busyProperty());
    preview.setOnAction(e -> model.preview());

    Button export = new Button("Export to CSV…", new FontIcon(Feather.DOWNLOAD));
    export.setId("exportButton");
    export.getStyleClass().add(Styles.ACCENT);
    Label refused = new Label();
    refused.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    Optional<String> refusal = model.exportRefusal();
    if (refusal.isPresent()) {
      // A disabled button shows no tooltip: the reason goes beside it.
      export.setDisable(true);
      refused.setText(refusal.get());
    } else {
      export.disableProperty().bind(model.exportingProperty());
    }
    export.setOnAction(e -> chooseFile.apply(model.suggestedFileName()).ifPresent(model::export));

    ProgressBar progress = new ProgressBar();
    progress.setId("exportProgress");
    progress.progressProperty().bind(model.progressProperty());
    progress.visibleProperty().bind(model.exportingProperty());
    progress.setPrefWidth(180);

    Button cancel = new Button("Cancel");
    cancel.setId("cancelButton");
    cancel.visibleProperty().bind(model.exportingProperty());
    cancel.setOnAction(e -> model.cancelExport());

    Button openFolder = new Button("Open folder", new FontIcon(Feather.FOLDER));
    openFolder.setId("openFolderButton");
    boolean canOpen = canOpenFolders();
    openFolder
        .visibleProperty()
        .bind(
            model
                .lastExportProperty()
                .isNotNull()
                .and(Bindings.createBooleanBinding(() -> canOpen)));
    openFolder.managedProperty().bind(openFolder.visibleProperty());
    openFolder.setOnAction(e -> openFolder(model.lastExportProperty().get()));

    Label file = new Label();
    file.setId("lastExportLabel");
    file.textProperty().bind(model.lastExportProperty().map(p -> p.toString()).orElse(""));
    file.getStyleClass().add(Styles.TEXT_SMALL);

    HBox box = new HBox(8, preview, export, refused, progress, cancel, openFolder, file);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private Node options() {
    ComboBox<String> delimiter = new ComboBox<>();
    delimiter.setId("delimiterChoice");
    delimiter
        .getItems()
        .setAll(new ArrayList<>(new TreeSet<>(ReportsViewModel.DELIMITERS.keySet())));
    delimiter.valueProperty().bindBidirectional(model.delimiterProperty());
    CheckBox bom = new CheckBox("Byte order mark (for Excel)");
    bom.setId("bomCheck");
    bom.selectedProperty().bindBidirectional(model.byteOrderMarkProperty());
    TextField locale = new TextField();
    locale.setId("localeField");
    locale.setPromptText("e.g. de for 1234,50");
    locale.setPrefColumnCount(8);
    locale.textProperty().bindBidirectional(model.numberLocaleProperty());
    FlowPane box =
        new FlowPane(
            12,
            6,
            new Label("Delimiter"),
            delimiter,
            bom,
            new Label("Decimal comma locale"),
            locale);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private Node tabs() {
    table.setId("previewTable");
    table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
    table.setItems(model.rows());
    table.setPlaceholder(new Label("Press Preview to see the first rows."));
    chart.setId("reportChart");
    chart.setLegendVisible(false);
    chart.setAnimated(false);

    TableView<ExportRecord> history = new TableView<>(model.history());
    history.setId("historyTable");
    history.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
    history.setPlaceholder(new Label("No exports yet."));
    history.getColumns().add(column("Report", ExportRecord::report));
    history.getColumns().add(column("Parameters", ExportRecord::parametersText));
    history.getColumns().add(column("Rows", r -> Long.toString(r.rows())));
    history.getColumns().add(column("File", ExportRecord::file));
    history.getColumns().add(column("When", r -> WHEN.format(r.at())));
    history.getColumns().add(column("Who", ExportRecord::who));

    TabPane tabs =
        new TabPane(new Tab("Preview", table), chartTab, new Tab("Export history", history));
    tabs.setId("reportTabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    return tabs;
  }

  private static <T> TableColumn<T, String> column(String name, Function<T, String> value) {
    TableColumn<T, String> column = new TableColumn<>(name);
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    return column;
  }

  private void showReport(ReportDefinition report) {
    form.getChildren().clear();
    FlowPane fields = new FlowPane(16, 8);
    for (ReportParameter p : report.parameters()) {
      fields.getChildren().add(field(p));
    }
    form.getChildren().add(fields);
    table.getColumns().clear();
    List<ReportColumn> columns = report.columns();
    for (int i = 0; i < columns.size(); i++) {
      int index = i;
      TableColumn<List<String>, String> column = new TableColumn<>(columns.get(i).title());
      column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(index)));
      if (columns.get(i).type().numeric()) {
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
      }
      table.getColumns().add(column);
    }
    chartTab.setDisable(report.chart().isEmpty());
    showChart();
  }

  private Node field(ReportParameter p) {
    Label label = new Label(p.label() + (p.type() == ParameterType.DATE ? " (yyyy-mm-dd)" : ""));
    Node input;
    if (p.type() == ParameterType.CHOICE) {
      ComboBox<String> choice = new ComboBox<>();
      choice.getItems().add("");
      choice.getItems().addAll(p.choices());
      choice.valueProperty().bindBidirectional(model.parameter(p.name()));
      choice.setPromptText("Any");
      input = choice;
    } else {
      TextField text = new TextField();
      text.textProperty().bindBidirectional(model.parameter(p.name()));
      text.setPrefColumnCount(p.type() == ParameterType.DATE ? 9 : 14);
      text.setPromptText(p.required() ? "" : "Any");
      input = text;
    }
    input.setId("param-" + p.name());
    Label error = new Label();
    error.setId("param-" + p.name() + "-error");
    error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
    error.textProperty().bind(model.parameterError(p.name()));
    model
        .parameterError(p.name())
        .addListener(
            (obs, old, now) -> input.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
    return new VBox(2, label, input, error);
  }

  private void showChart() {
    chart.getData().clear();
    if (model.bars().isEmpty()) {
      return;
    }
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    for (ReportsViewModel.Bar bar : model.bars()) {
      series.getData().add(new XYChart.Data<>(bar.label(), bar.value()));
    }
    chart.getData().add(series);
  }

  private static boolean canOpenFolders() {
    return !GraphicsEnvironment.isHeadless()
        && Desktop.isDesktopSupported()
        && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
  }

  private void openFolder(Path file) {
    Thread opener =
        new Thread(
            () -> {
              try {
                Desktop.getDesktop().open(file.getParent().toFile());
              } catch (IOException | UnsupportedOperationException e) {
                // Nothing to open it with: the path is on screen, which is what the user needs.
              }
            },
            "bobbin-open-folder");
    opener.setDaemon(true);
    opener.start();
  }
}
