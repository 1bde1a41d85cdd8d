package dev.bobbin.desktop.labels;

import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.ui.Forms;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "Print labels" dialog: label stock, copies, the roll's figures for fabric; "Save PDF…" writes
 * the labels in the background with a progress bar, then offers "Open folder".
 */
public final class LabelsView {
  private final LabelsViewModel model;
  private final Function<String, Optional<Path>> chooseFile;
  private final VBox root = new VBox(12);
  private final ComboBox<LabelLayout> layout = new ComboBox<>();

  /** A dialog that asks where to save with the system's save dialog. */
  public LabelsView(LabelsViewModel model, Runnable close) {
    this.model = model;
    this.chooseFile = this::askWhereToSave;
    build(close);
  }

  /** A dialog that asks {@code chooseFile} where to save (given a suggested file name). */
  public LabelsView(
      LabelsViewModel model, Runnable close, Function<String, Optional<Path>> chooseFile) {
    this.model = model;
    this.chooseFile = chooseFile;
    build(close);
  }

  public Node root() {
    return root;
  }

  /** What gets the keyboard focus when the dialog opens. */
  public Node focusTarget() {
    return layout;
  }

  private void build(Runnable close) {
    Label title = new Label("Print labels");
    title.getStyleClass().add(Styles.TITLE_3);
    Label summary = new Label();
    summary.setId("labels-summary");
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    summary.textProperty().bind(model.summaryProperty());

    layout.getItems().setAll(LabelLayout.values());
    layout.valueProperty().bindBidirectional(model.layoutProperty());
    TextField copies = new TextField();
    copies.textProperty().bindBidirectional(model.copiesProperty());
    copies.setPrefColumnCount(4);
    TextField startAt = new TextField();
    startAt.textProperty().bindBidirectional(model.startAtProperty());
    startAt.setPromptText("1 = top left");
    // Only a sheet can be part-used; a roll always starts with its next label.
    startAt.disableProperty().bind(model.layoutProperty().map(l -> l.perPage() == 1).orElse(true));
    Node copiesField = Forms.field("Copies of each label", copies, "labels-copies");
    Node startField = Forms.field("Start at label (part-used sheet)", startAt, "labels-start");
    HBox counts = new HBox(8, copiesField, startField);
    counts.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
    VBox form = new VBox(8, Forms.field("Labels", layout, "labels-layout"), counts);
    if (model.hasFabric()) {
      TextField length = new TextField();
      length.textProperty().bindBidirectional(model.rollLengthProperty());
      length.setPromptText("e.g. 50");
      TextField width = new TextField();
      width.textProperty().bindBidirectional(model.rollWidthProperty());
      width.setPromptText("e.g. 150");
      TextField lot = new TextField();
      lot.textProperty().bindBidirectional(model.lotProperty());
      lot.setPromptText("dye lot, e.g. L-2311");
      Node lengthField = Forms.field("Roll length (m)", length, "labels-roll-length");
      Node widthField = Forms.field("Width (cm)", width, "labels-roll-width");
      Node lotField = Forms.field("Lot", lot, "labels-lot");
      HBox roll = new HBox(8, lengthField, widthField, lotField);
      roll.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
      Label hint = new Label("Fabric labels show the roll's length, width and lot.");
      hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      form.getChildren().addAll(hint, roll);
    }

    ProgressBar progress = new ProgressBar();
    progress.setId("labels-progress");
    progress.setMaxWidth(Double.MAX_VALUE);
    progress.progressProperty().bind(model.progressProperty());
    progress.visibleProperty().bind(model.busyProperty());
    progress.managedProperty().bind(progress.visibleProperty());

    Label error = new Label();
    error.setId("labels-error");
    error.setWrapText(true);
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(model.errorProperty());
    error.managedProperty().bind(error.visibleProperty());
    error.visibleProperty().bind(model.errorProperty().isNotEmpty());

    Label saved = new Label();
    saved.setId("labels-saved");
    saved.setWrapText(true);
    saved
        .textProperty()
        .bind(
            model
                .savedProperty()
                .map(p -> "Saved " + p.getFileName() + " in " + p.toAbsolutePath().getParent())
                .orElse(""));
    Button open = new Button("Open folder", new FontIcon(Feather.FOLDER));
    open.setId("labels-open-folder");
    open.setOnAction(e -> model.openFolder());
    HBox done = new HBox(8, saved, open);
    done.setAlignment(Pos.CENTER_LEFT);
    done.visibleProperty().bind(model.savedProperty().isNotNull());
    done.managedProperty().bind(done.visibleProperty());

    Button cancel = new Button("Close");
    cancel.setId("labels-close");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> close.run());
    Button save = new Button("Save PDF…", new FontIcon(Feather.PRINTER));
    save.setId("labels-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.setDefaultButton(true);
    save.disableProperty().bind(model.busyProperty());
    save.setOnAction(e -> chooseFile.apply(model.suggestedFileName()).ifPresent(model::save));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox buttons = new HBox(8, spacer, cancel, save);

    root.getChildren().addAll(title, summary, form, progress, error, done, buttons);
    root.setPrefWidth(460);
    root.setId("labels-dialog");
  }

  private Optional<Path> askWhereToSave(String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save labels");
    chooser.setInitialFileName(suggestedName);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
    return Optional.ofNullable(chooser.showSaveDialog(root.getScene().getWindow()))
        .map(File::toPath);
  }
}
