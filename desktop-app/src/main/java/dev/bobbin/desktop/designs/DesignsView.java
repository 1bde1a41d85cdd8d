package dev.bobbin.desktop.designs;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The designs page: a grid of cards with thumbnails, and the editor of the one opened. */
public final class DesignsView {
  static final double THUMB_WIDTH = 220;
  static final double THUMB_HEIGHT = 150;
  private static final String CARD_STYLE =
      "-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default;"
          + " -fx-border-radius: 8; -fx-background-radius: 8;";

  private final DesignsViewModel model;
  private final StackPane root = new StackPane();
  private final Node grid;

  public DesignsView(DesignsViewModel model) {
    this.model = model;
    this.grid = grid();
    root.setId("designs-page");
    root.getChildren().setAll(grid);
    model
        .editorProperty()
        .addListener(
            (obs, old, editor) ->
                root.getChildren()
                    .setAll(editor == null ? grid : new DesignEditorView(editor).root()));
    model.refresh();
  }

  public Node root() {
    return root;
  }

  private Node grid() {
    Label title = new Label("Designs");
    title.getStyleClass().add(Styles.TITLE_2);
    CustomTextField search = new CustomTextField();
    search.setId("designs-search");
    search.setPromptText("Search code, name or tag");
    search.setLeft(new FontIcon(Feather.SEARCH));
    search.setPrefWidth(300);
    search.textProperty().bindBidirectional(model.queryProperty());
    Button create = new Button("New design", new FontIcon(Feather.PLUS));
    create.setId("design-new");
    create.getStyleClass().add(Styles.ACCENT);
    create.setOnAction(e -> model.create());
    Node createNode =
        model.canCreate()
            ? create
            : disabledWithReason(create, "Your role may not create designs.");
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.loadingProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(12, title, spacer, busy, search, createNode);
    top.setAlignment(Pos.CENTER_LEFT);

    Label summary = new Label();
    summary.setId("designs-summary");
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    summary.textProperty().bind(model.summaryProperty());
    Label error = new Label();
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(model.errorProperty());

    FlowPane cards = new FlowPane(16, 16);
    cards.setId("designs-grid");
    cards.setPadding(new Insets(4));
    Label empty = new Label("No designs yet. Create one with \u201cNew design\u201d (Ctrl+N).");
    empty.getStyleClass().add(Styles.TEXT_MUTED);
    model
        .cards()
        .addListener(
            (ListChangeListener<DesignCard>)
                c -> {
                  cards.getChildren().setAll(model.cards().stream().map(this::card).toList());
                  if (model.cards().isEmpty()) {
                    cards.getChildren().setAll(empty);
                  }
                });
    ScrollPane scroll = new ScrollPane(cards);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
    VBox.setVgrow(scroll, Priority.ALWAYS);

    VBox page = new VBox(10, top, new HBox(12, summary, error), scroll);
    page.setPadding(new Insets(16));
    page.sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                scene
                    .getAccelerators()
                    .put(
                        new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        () -> {
                          if (model.canCreate() && root.getChildren().contains(page)) {
                            model.create();
                          }
                        });
              }
            });
    return page;
  }

  private Node card(DesignCard card) {
    Design design = card.design();
    Node picture = thumbnail(card.imageFile().orElse(null), THUMB_WIDTH, THUMB_HEIGHT);
    Label code = new Label(design.code());
    code.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    Label name = new Label(design.name());
    name.getStyleClass().add(Styles.TEXT_BOLD);
    name.setMaxWidth(THUMB_WIDTH);
    Label status = statusBadge(design.status());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox footer = new HBox(6, swatches(design, 14), spacer, status);
    footer.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(6, picture, code, name, footer);
    box.setPadding(new Insets(8));
    box.setPrefWidth(THUMB_WIDTH + 16);
    box.setStyle(CARD_STYLE);
    box.setCursor(Cursor.HAND);
    box.setId("design-card-" + design.code());
    box.setOnMouseClicked(e -> model.open(design));
    return box;
  }

  static Node thumbnail(Path file, double width, double height) {
    StackPane frame = new StackPane();
    frame.setPrefSize(width, height);
    frame.setMinSize(width, height);
    frame.setMaxSize(width, height);
    frame.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6;");
    if (file == null) {
      FontIcon icon = new FontIcon(Feather.IMAGE);
      icon.setIconSize(32);
      icon.getStyleClass().add(Styles.TEXT_SUBTLE);
      frame.getChildren().add(icon);
    } else {
      // Loaded in the background and scaled on load: a 6000-pixel photo costs a thumbnail.
      Image image = new Image(file.toUri().toString(), width, height, true, true, true);
      ImageView view = new ImageView(image);
      view.setFitWidth(width);
      view.setFitHeight(height);
      view.setPreserveRatio(true);
      frame.getChildren().add(view);
    }
    return frame;
  }

  /**
   * A disabled control inside a holder that shows {@code reason} on hover (a disabled control gets
   * no mouse events, so its own tooltip would never show).
   */
  static Node disabledWithReason(javafx.scene.control.Control control, String reason) {
    control.setDisable(true);
    StackPane holder = new StackPane(control);
    holder.setId(control.getId() == null ? null : control.getId() + "-holder");
    Tooltip.install(holder, new Tooltip(reason));
    return holder;
  }

  static HBox swatches(Design design, double size) {
    HBox row = new HBox(3);
    for (String hex : design.palette()) {
      row.getChildren().add(swatch(hex, size));
    }
    return row;
  }

  static Rectangle swatch(String hex, double size) {
    Rectangle r = new Rectangle(size, size, Color.web(hex));
    r.setArcWidth(4);
    r.setArcHeight(4);
    r.setStroke(Color.gray(0.5, 0.6));
    Tooltip.install(r, new Tooltip(hex));
    return r;
  }

  static Label statusBadge(DesignStatus status) {
    Label badge = new Label(status.label());
    badge.getStyleClass().add(Styles.TEXT_SMALL);
    String colour =
        switch (status) {
          case DRAFT -> "-color-accent-emphasis";
          case APPROVED -> "-color-success-emphasis";
          case ARCHIVED -> "-color-neutral-emphasis";
        };
    badge.setStyle(
        "-fx-background-color: "
            + colour
            + "; -fx-text-fill: -color-fg-emphasis; -fx-background-radius: 4;"
            + " -fx-padding: 1 6 1 6;");
    return badge;
  }
}
