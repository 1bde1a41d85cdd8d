package dev.bobbin.desktop.conflicts;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The outbox: what waits for the server, since when, why; export and retry. */
public final class OutboxView {
  private final OutboxViewModel model;
  private final VBox root;

  public OutboxView(OutboxViewModel model) {
    this.model = model;
    Label title = new Label("Outbox");
    title.getStyleClass().add(Styles.TITLE_3);
    Label message = new Label();
    message.textProperty().bind(model.messageProperty());
    message.getStyleClass().add(Styles.TEXT_MUTED);
    Button refresh = new Button("Refresh");
    refresh.setOnAction(e -> model.refresh());
    Button retry = new Button("Retry set-aside");
    retry.setOnAction(e -> model.retrySetAside());
    Button export = new Button("Export…");
    export.setId("outbox-export");
    export.setOnAction(e -> export());
    HBox header = new HBox(12, title, refresh, retry, export);

    TableView<OutboxViewModel.Row> table = new TableView<>(model.rows());
    table.setId("outbox-table");
    table.getColumns().add(column("Change", OutboxViewModel.Row::what));
    table.getColumns().add(column("Pending since", OutboxViewModel.Row::since));
    table.getColumns().add(column("Why", OutboxViewModel.Row::why));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    VBox.setVgrow(table, Priority.ALWAYS);
    root = new VBox(12, header, message, table);
    root.setPadding(new Insets(16));
  }

  public Node root() {
    return root;
  }

  void refresh() {
    model.refresh();
  }

  private void export() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export the outbox");
    chooser.setInitialFileName("bobbin-outbox.json");
    File file = chooser.showSaveDialog(root.getScene().getWindow());
    if (file != null) {
      model.export(file.toPath());
    }
  }

  private static TableColumn<OutboxViewModel.Row, String> column(
      String name, Function<OutboxViewModel.Row, String> value) {
    TableColumn<OutboxViewModel.Row, String> column = new TableColumn<>(name);
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    return column;
  }
}
