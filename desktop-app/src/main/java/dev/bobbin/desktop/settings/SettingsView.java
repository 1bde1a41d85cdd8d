package dev.bobbin.desktop.settings;

import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.shell.Section;
import dev.bobbin.desktop.ui.ModalLayer;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The settings page: appearance, data folder, backup and restore, about. */
public final class SettingsView {
  private static final String CARD =
      "-fx-background-color: -color-bg-subtle; -fx-background-radius: 8;"
          + " -fx-border-color: -color-border-muted; -fx-border-radius: 8;";

  private final SettingsViewModel model;
  private final ModalLayer modal;

  public SettingsView(SettingsViewModel model) {
    this.model = model;
    Label title = new Label("Settings");
    title.getStyleClass().add(Styles.TITLE_2);
    VBox page =
        new VBox(16, title, appearance(), dataFolder(), backup(), restore(), status(), about());
    page.setPadding(new Insets(16));
    page.setMaxWidth(760);
    ScrollPane scroll = new ScrollPane(page);
    scroll.setFitToWidth(true);
    modal = new ModalLayer(scroll);
    modal.root().setId("settings-page");
  }

  public Node root() {
    return modal.root();
  }

  private static VBox card(String title, Node... content) {
    Label heading = new Label(title);
    heading.getStyleClass().add(Styles.TITLE_4);
    VBox box = new VBox(8, heading);
    box.getChildren().addAll(content);
    box.setPadding(new Insets(16));
    box.setStyle(CARD);
    return box;
  }

  private Node appearance() {
    ToggleButton dark = new ToggleButton("Dark theme", new FontIcon(Feather.MOON));
    dark.setId("settings-dark");
    dark.selectedProperty().bindBidirectional(model.darkProperty());
    ComboBox<Section> start = new ComboBox<>();
    start.setId("settings-start");
    start.getItems().setAll(Section.values());
    start.valueProperty().bindBidirectional(model.startProperty());
    start.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Section section) {
            return section == null ? "" : section.title();
          }

          @Override
          public Section fromString(String title) {
            return null;
          }
        });
    HBox startRow = new HBox(8, new Label("Start screen"), start);
    startRow.setAlignment(Pos.CENTER_LEFT);
    return card(
        "Appearance",
        dark,
        startRow,
        muted(
            "Your theme, start screen and inventory columns follow you to every computer you"
                + " sign in on."));
  }

  private Node dataFolder() {
    Label folder = new Label(model.dataFolder());
    folder.setId("settings-data-folder");
    folder.setWrapText(true);
    return card(
        "Data folder",
        folder,
        muted("Start Bobbin with --data-dir or set BOBBIN_DATA_DIR to use another folder."));
  }

  private Node backup() {
    TextField file = new TextField();
    file.setId("backup-file");
    file.textProperty().bindBidirectional(model.backupFileProperty());
    Button choose = new Button("Choose\u2026");
    choose.setOnAction(e -> chooseFile(file, true));
    Button run = new Button("Back up now", new FontIcon(Feather.DOWNLOAD));
    run.setId("backup-run");
    run.getStyleClass().add(Styles.ACCENT);
    run.disableProperty().bind(model.busyProperty());
    run.setOnAction(e -> model.backup());
    HBox.setHgrow(file, Priority.ALWAYS);
    return card(
        "Backup",
        muted("A copy of everything on this computer, taken while you work."),
        new HBox(8, file, choose, run));
  }

  private Node restore() {
    TextField file = new TextField();
    file.setId("restore-file");
    file.textProperty().bindBidirectional(model.restoreFileProperty());
    Button choose = new Button("Choose\u2026");
    choose.setOnAction(e -> chooseFile(file, false));
    Button run = new Button("Restore\u2026", new FontIcon(Feather.UPLOAD));
    run.setId("restore-run");
    run.getStyleClass().add(Styles.DANGER);
    run.disableProperty().bind(model.busyProperty());
    run.setOnAction(e -> model.prepareRestore(this::confirmRestore));
    HBox.setHgrow(file, Priority.ALWAYS);
    return card(
        "Restore",
        muted("Replaces the data on this computer with a backup. Bobbin reopens it at once."),
        new HBox(8, file, choose, run));
  }

  private void confirmRestore(String warning) {
    Label title = new Label("Restore this backup?");
    title.getStyleClass().add(Styles.TITLE_3);
    Label text = new Label(warning);
    text.setId("restore-warning");
    text.setWrapText(true);
    if (warning.contains("not synced")) {
      text.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
      text.getStyleClass().add(Styles.DANGER);
    }
    Button go = new Button("Restore anyway");
    go.setId("restore-confirm");
    go.getStyleClass().add(Styles.DANGER);
    go.setOnAction(
        e -> {
          modal.close();
          model.restore();
        });
    Button cancel = new Button("Keep my data");
    cancel.setCancelButton(true);
    cancel.setDefaultButton(true);
    cancel.setOnAction(e -> modal.close());
    HBox buttons = new HBox(8, cancel, go);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    VBox box = new VBox(12, title, text, buttons);
    box.setPrefWidth(420);
    modal.show(box, cancel, () -> {});
  }

  private Node status() {
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.busyProperty());
    busy.managedProperty().bind(model.busyProperty());
    Label status = new Label();
    status.setId("settings-status");
    status.setWrapText(true);
    status.textProperty().bind(model.statusProperty());
    Label error = new Label();
    error.setId("settings-error");
    error.setWrapText(true);
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(model.errorProperty());
    return new VBox(4, new HBox(8, busy, status), error);
  }

  private Node about() {
    return card(
        "About",
        new Label("Bobbin " + model.version()),
        muted("Signed in as " + model.signedIn()),
        muted("Press F1 or ? for the keyboard shortcuts."));
  }

  private void chooseFile(TextField target, boolean save) {
    FileChooser chooser = new FileChooser();
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Bobbin backup", "*.zip"));
    Path current;
    try {
      current = Path.of(target.getText()).toAbsolutePath();
    } catch (InvalidPathException e) {
      current = Path.of(model.dataFolder(), "bobbin.zip");
    }
    Path parent = current.getParent();
    if (parent != null && parent.toFile().isDirectory()) {
      chooser.setInitialDirectory(parent.toFile());
    }
    Path name = current.getFileName();
    chooser.setInitialFileName(name == null ? "bobbin.zip" : name.toString());
    File chosen =
        save
            ? chooser.showSaveDialog(target.getScene().getWindow())
            : chooser.showOpenDialog(target.getScene().getWindow());
    if (chosen != null) {
      target.setText(chosen.getAbsolutePath());
    }
  }

  private static Label muted(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.TEXT_MUTED);
    l.setWrapText(true);
    return l;
  }
}
