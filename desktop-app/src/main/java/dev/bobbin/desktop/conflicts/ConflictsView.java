package dev.bobbin.desktop.conflicts;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Conflicts section: open conflicts (both values side by side) and the outbox. */
public final class ConflictsView {
  private final TabPane root = new TabPane();

  public ConflictsView(ConflictsViewModel conflicts, OutboxView outbox) {
    Tab inbox = new Tab("Conflicts", inbox(conflicts));
    Tab waiting = new Tab("Outbox", outbox.root());
    inbox.setClosable(false);
    waiting.setClosable(false);
    waiting.setOnSelectionChanged(e -> outbox.refresh());
    root.getTabs().addAll(inbox, waiting);
    root.setId("conflicts-page");
    conflicts.refresh();
  }

  public Node root() {
    return root;
  }

  private static Node inbox(ConflictsViewModel model) {
    Label title = new Label("Conflicts");
    title.getStyleClass().add(Styles.TITLE_3);
    Label message = new Label();
    message.textProperty().bind(model.messageProperty());
    message.getStyleClass().add(Styles.TEXT_MUTED);
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.busyProperty());
    Button refresh = new Button("Refresh");
    refresh.setOnAction(e -> model.refresh());
    HBox header = new HBox(12, title, refresh, busy);

    TableView<ConflictsViewModel.Row> table = new TableView<>(model.rows());
    table.setId("conflicts-table");
    table.getColumns().add(column("Record", ConflictsViewModel.Row::record));
    table.getColumns().add(column("Field", ConflictsViewModel.Row::field));
    table.getColumns().add(column("Kept value", ConflictsViewModel.Row::kept));
    table.getColumns().add(column("Overwritten value", ConflictsViewModel.Row::overwritten));
    table.getColumns().add(column("Who · when", ConflictsViewModel.Row::who));
    TableColumn<ConflictsViewModel.Row, ConflictsViewModel.Row> actions = new TableColumn<>("");
    actions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    actions.setCellFactory(c -> new ActionCell(model));
    actions.setPrefWidth(190);
    table.getColumns().add(actions);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox box = new VBox(12, header, message, table);
    box.setPadding(new Insets(16));
    return box;
  }

  private static TableColumn<ConflictsViewModel.Row, String> column(
      String name, Function<ConflictsViewModel.Row, String> value) {
    TableColumn<ConflictsViewModel.Row, String> column = new TableColumn<>(name);
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    return column;
  }

  private static final class ActionCell
      extends TableCell<ConflictsViewModel.Row, ConflictsViewModel.Row> {
    private final Button keep = new Button("Keep");
    private final Button restore = new Button("Restore other");
    private final HBox box = new HBox(6, keep, restore);

    ActionCell(ConflictsViewModel model) {
      keep.getStyleClass().add(Styles.SMALL);
      restore.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
      keep.setOnAction(e -> model.keep(getItem()));
      restore.setOnAction(e -> model.restore(getItem()));
    }

    @Override
    protected void updateItem(ConflictsViewModel.Row item, boolean empty) {
      super.updateItem(item, empty);
      setGraphic(empty || item == null ? null : box);
    }
  }
}
