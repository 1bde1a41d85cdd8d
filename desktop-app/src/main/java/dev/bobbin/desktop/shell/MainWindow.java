package dev.bobbin.desktop.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: a sidebar of sections, the page of the selected one, and a status bar.
 * Pages are built lazily by the suppliers the caller registers; a section without one shows what it
 * will hold.
 */
public final class MainWindow {
  private final ShellModel model;
  private final Map<Section, Supplier<Node>> pageFactories;
  private final Map<Section, Node> pages = new java.util.EnumMap<>(Section.class);
  private final StackPane content = new StackPane();
  private final BorderPane root = new BorderPane();
  private final HBox statusItems = new HBox(12);

  public MainWindow(ShellModel model, Map<Section, Supplier<Node>> pageFactories) {
    this.model = model;
    this.pageFactories = Map.copyOf(pageFactories);
    root.setLeft(sidebar());
    root.setCenter(content);
    root.setBottom(statusBar());
    root.getStyleClass().add("bobbin-shell");
    model.sectionProperty().addListener((obs, old, section) -> show(section));
    applyTheme(model.darkProperty().get());
    model.darkProperty().addListener((obs, old, dark) -> applyTheme(dark));
    show(model.sectionProperty().get());
  }

  public Parent root() {
    return root;
  }

  /** Adds {@code item} to the status bar, after the sync status (e.g. who is signed in). */
  public MainWindow addStatusItem(Node item) {
    statusItems.getChildren().add(item);
    return this;
  }

  /** Sets the AtlantaFX user-agent stylesheet for the whole application. */
  public static void applyTheme(boolean dark) {
    Application.setUserAgentStylesheet(
        dark
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }

  private void show(Section section) {
    Node page = pages.computeIfAbsent(section, this::createPage);
    content.getChildren().setAll(page);
  }

  private Node createPage(Section section) {
    Supplier<Node> factory = pageFactories.get(section);
    return factory != null ? factory.get() : placeholder(section);
  }

  private static Node placeholder(Section section) {
    Label title = new Label(section.title());
    title.getStyleClass().add(Styles.TITLE_2);
    Label purpose = new Label(section.purpose());
    purpose.getStyleClass().add(Styles.TEXT_MUTED);
    Label soon = new Label("This section arrives in a coming version of Bobbin.");
    soon.getStyleClass().add(Styles.TEXT_SUBTLE);
    FontIcon icon = new FontIcon(section.icon());
    icon.setIconSize(48);
    VBox box = new VBox(12, icon, title, purpose, soon);
    box.setAlignment(Pos.CENTER);
    box.setId("placeholder-" + section.name().toLowerCase(java.util.Locale.ROOT));
    return box;
  }

  private Node sidebar() {
    Label brand = new Label("Bobbin", new FontIcon(Feather.SCISSORS));
    brand.getStyleClass().addAll(Styles.TITLE_3);
    brand.setPadding(new Insets(16, 16, 8, 16));

    ListView<Section> list = new ListView<>();
    list.setId("sidebar");
    list.getItems().setAll(Section.values());
    list.getStyleClass().add(Styles.DENSE);
    list.setCellFactory(
        lv ->
            new ListCell<>() {
              @Override
              protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                setText(empty || section == null ? null : section.title());
                setGraphic(empty || section == null ? null : new FontIcon(section.icon()));
              }
            });
    list.getSelectionModel().select(model.sectionProperty().get());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, section) -> {
              if (section != null) {
                model.open(section);
              }
            });
    model
        .sectionProperty()
        .addListener((obs, old, section) -> list.getSelectionModel().select(section));
    VBox.setVgrow(list, Priority.ALWAYS);

    ToggleButton theme = new ToggleButton("Dark theme", new FontIcon(Feather.MOON));
    theme.setId("theme-toggle");
    theme.selectedProperty().bindBidirectional(model.darkProperty());
    theme.setMaxWidth(Double.MAX_VALUE);

    VBox box = new VBox(8, brand, list, theme);
    box.setPadding(new Insets(0, 8, 8, 8));
    box.setPrefWidth(200);
    box.getStyleClass().add("sidebar");
    return box;
  }

  private Node statusBar() {
    Label sync = new Label();
    sync.setId("sync-status");
    sync.textProperty().bind(model.syncStatusProperty());
    sync.setGraphic(new FontIcon(Feather.CLOUD_OFF));
    Label location = new Label();
    location.setId("data-location");
    location.textProperty().bind(model.locationProperty());
    location.getStyleClass().add(Styles.TEXT_MUTED);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    statusItems.setAlignment(Pos.CENTER_LEFT);
    HBox bar = new HBox(12, sync, statusItems, spacer, location);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 12, 4, 12));
    bar.getStyleClass().add("status-bar");
    bar.setStyle("-fx-border-color: -color-border-default transparent transparent transparent;");
    return bar;
  }
}
