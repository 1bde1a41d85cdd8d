package dev.bobbin.desktop.users;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings → Audit: who did what, on what, when, from which device (newest first). */
public final class AuditView {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

  private final VBox root;

  public AuditView(AuditViewModel model) {
    Label title = new Label("Audit trail");
    title.getStyleClass().add(Styles.TITLE_3);
    Button reload = new Button("Reload", new FontIcon(Feather.REFRESH_CW));
    reload.setId("audit-reload");
    reload.setOnAction(e -> model.load());
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(20, 20);
    progress.visibleProperty().bind(model.busyProperty());
    HBox header = new HBox(12, title, reload, progress);
    header.setAlignment(Pos.CENTER_LEFT);
    Label error = new Label();
    error.setId("audit-error");
    error.setWrapText(true);
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(model.errorProperty());
    error.visibleProperty().bind(error.textProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());

    TableView<AuditViewModel.Row> table = new TableView<>(model.rows());
    table.setId("audit-table");
    table.getStyleClass().add(Styles.DENSE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No entries to show."));
    table.getColumns().add(column("When", r -> WHEN.format(r.at())));
    table.getColumns().add(column("Who", AuditViewModel.Row::who));
    table.getColumns().add(column("What", AuditViewModel.Row::action));
    table.getColumns().add(column("Target", AuditViewModel.Row::target));
    table.getColumns().add(column("Device", AuditViewModel.Row::device));
    VBox.setVgrow(table, Priority.ALWAYS);
    root = new VBox(12, header, error, table);
    root.setPadding(new Insets(24));
    root.setId("audit-page");
    model.allowedProperty().addListener((obs, old, allowed) -> model.load());
    model.load();
  }

  public Node root() {
    return root;
  }

  private static TableColumn<AuditViewModel.Row, String> column(
      String title, java.util.function.Function<AuditViewModel.Row, String> value) {
    TableColumn<AuditViewModel.Row, String> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    return column;
  }
}
