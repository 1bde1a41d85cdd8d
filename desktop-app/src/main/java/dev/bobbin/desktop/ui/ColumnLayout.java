package dev.bobbin.desktop.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/**
 * A table's column layout as one line of text, {@code id:width} per column in display order, a
 * leading {@code -} for a hidden one (e.g. {@code sku:120,name:220,-colour:80}): what a user
 * arranged, kept as a preference. Columns need ids; unknown or malformed parts are skipped, so an
 * old layout never breaks a newer table.
 */
public final class ColumnLayout {
  private ColumnLayout() {}

  /** The layout of {@code table} now. */
  public static String of(TableView<?> table) {
    List<String> parts = new ArrayList<>();
    for (TableColumn<?, ?> column : table.getColumns()) {
      parts.add(
          (column.isVisible() ? "" : "-") + column.getId() + ":" + Math.round(column.getWidth()));
    }
    return String.join(",", parts);
  }

  /** Orders, sizes and hides {@code table}'s columns as {@code layout} says. */
  public static <S> void apply(TableView<S> table, String layout) {
    Map<String, TableColumn<S, ?>> byId = new LinkedHashMap<>();
    table.getColumns().forEach(c -> byId.put(c.getId(), c));
    List<TableColumn<S, ?>> ordered = new ArrayList<>();
    for (String part : layout.split(",", -1)) {
      String[] idAndWidth = part.trim().split(":", -1);
      if (idAndWidth.length != 2) {
        continue;
      }
      boolean hidden = idAndWidth[0].startsWith("-");
      TableColumn<S, ?> column = byId.remove(hidden ? idAndWidth[0].substring(1) : idAndWidth[0]);
      if (column == null) {
        continue;
      }
      try {
        double width = Double.parseDouble(idAndWidth[1]);
        if (width >= 20 && width <= 2000) {
          column.setPrefWidth(width);
        }
      } catch (NumberFormatException e) {
        // keep the column's own width
      }
      column.setVisible(!hidden);
      ordered.add(column);
    }
    ordered.addAll(byId.values()); // columns the layout did not know, in their own order
    table.getColumns().setAll(ordered);
  }

  /**
   * Calls {@code changed} with the new layout once the user has stopped moving, resizing, hiding or
   * showing columns for half a second.
   */
  public static <S> void watch(TableView<S> table, Consumer<String> changed) {
    PauseTransition settle = new PauseTransition(Duration.millis(500));
    settle.setOnFinished(e -> changed.accept(of(table)));
    Runnable restart = settle::playFromStart;
    table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> restart.run());
    for (TableColumn<S, ?> column : table.getColumns()) {
      column.widthProperty().addListener((obs, old, now) -> restart.run());
      column.visibleProperty().addListener((obs, old, now) -> restart.run());
    }
  }
}
