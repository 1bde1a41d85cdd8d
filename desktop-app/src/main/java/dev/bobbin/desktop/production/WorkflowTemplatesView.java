package dev.bobbin.desktop.production;

import atlantafx.base.theme.Styles;
import dev.bobbin.model.production.WorkflowTemplate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Settings → Workflow templates: the list, and the stages of the chosen one, editable by managers.
 */
public final class WorkflowTemplatesView {
  private final WorkflowTemplatesViewModel model;
  private final HBox root;

  public WorkflowTemplatesView(WorkflowTemplatesViewModel model) {
    this.model = model;
    ListView<WorkflowTemplate> list = new ListView<>(model.templates());
    list.setId("workflow-list");
    list.setPrefWidth(220);
    list.setCellFactory(
        lv ->
            new ListCell<>() {
              @Override
              protected void updateItem(WorkflowTemplate t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name() + " (" + t.stages().size() + ")");
              }
            });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, o, t) -> {
              if (t != null && !t.equals(model.selectedProperty().get())) {
                model.select(t);
              }
            });
    Button create = new Button("New workflow", new FontIcon(Feather.PLUS));
    create.setId("workflow-new");
    create.setOnAction(e -> model.createNew());
    VBox left = new VBox(8, list, create);
    VBox.setVgrow(list, Priority.ALWAYS);

    TextField name = new TextField();
    name.setId("workflow-name");
    name.textProperty().bindBidirectional(model.nameProperty());
    VBox stages = new VBox(6);
    stages.setId("workflow-stages");
    model
        .stages()
        .addListener(
            (ListChangeListener<WorkflowTemplatesViewModel.StageDraft>)
                c ->
                    stages.getChildren().setAll(model.stages().stream().map(this::stage).toList()));
    Button add = new Button("Add stage", new FontIcon(Feather.PLUS));
    add.setId("workflow-add-stage");
    add.setOnAction(e -> model.addStage());
    Button save = new Button("Save", new FontIcon(Feather.SAVE));
    save.setId("workflow-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.setOnAction(e -> model.save());
    Label message = new Label();
    message.textProperty().bind(model.messageProperty());
    message.getStyleClass().add(Styles.SUCCESS);
    Label error = new Label();
    error.setId("workflow-error");
    error.textProperty().bind(model.errorProperty());
    error.getStyleClass().add(Styles.DANGER);
    error.setWrapText(true);
    Label hint =
        new Label(
            "Orders are made with a copy of these stages: a change applies to new orders only.");
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    VBox right =
        new VBox(
            10,
            new Label("Name"),
            name,
            new Label("Stages, in order"),
            stages,
            add,
            new HBox(8, save, message),
            error,
            hint);
    HBox.setHgrow(right, Priority.ALWAYS);
    boolean readOnly = !model.canEdit();
    if (readOnly) {
      Label why = new Label("Only a manager may change workflow templates.");
      why.getStyleClass().add(Styles.WARNING);
      right.getChildren().add(0, why);
      for (Node n : new Node[] {name, stages, add, save, create}) {
        n.setDisable(true);
      }
    }
    root = new HBox(16, left, right);
    root.setPadding(new Insets(16));
    root.setId("workflow-templates");
    model.load();
  }

  public Node root() {
    return root;
  }

  private Node stage(WorkflowTemplatesViewModel.StageDraft draft) {
    TextField name = new TextField();
    name.textProperty().bindBidirectional(draft.nameProperty());
    CheckBox consumes = new CheckBox("Consumes materials");
    consumes.selectedProperty().bindBidirectional(draft.consumesProperty());
    Button up = icon(Feather.ARROW_UP, () -> model.moveStage(draft, -1));
    Button down = icon(Feather.ARROW_DOWN, () -> model.moveStage(draft, 1));
    Button remove = icon(Feather.X, () -> model.removeStage(draft));
    HBox row = new HBox(8, name, consumes, up, down, remove);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private static Button icon(Feather icon, Runnable action) {
    Button b = new Button(null, new FontIcon(icon));
    b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    b.setOnAction(e -> action.run());
    return b;
  }
}
