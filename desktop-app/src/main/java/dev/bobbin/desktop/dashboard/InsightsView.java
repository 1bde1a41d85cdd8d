package dev.bobbin.desktop.dashboard;

import atlantafx.base.theme.Styles;
import dev.bobbin.model.insights.BatchSuggestion;
import dev.bobbin.model.insights.Blocker;
import dev.bobbin.model.insights.Insights;
import dev.bobbin.model.insights.Readiness;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The dashboard's production insights: readiness, the worst blockers, batches to run together. */
final class InsightsView {
  static final int BLOCKERS = 5;
  static final int BATCHES = 3;
  static final int WAITING = 3;

  private InsightsView() {}

  static Node build(Insights insights, Map<UUID, String> skus) {
    Readiness readiness = insights.readiness();
    Label ready =
        new Label(
            String.format(
                Locale.ROOT,
                "%d of %d open orders have all their materials (%.0f %%)",
                readiness.readyOrders(),
                readiness.openOrders(),
                readiness.share() * 100));
    ready.setId("insights-readiness");
    ready.setWrapText(true);
    ProgressBar bar = new ProgressBar(readiness.share());
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.getStyleClass().add(readiness.share() < 0.5 ? Styles.DANGER : Styles.SUCCESS);
    VBox readyBox = new VBox(6, heading("Ready to make"), ready, bar);
    for (Readiness.Waiting waiting : readiness.waiting().stream().limit(WAITING).toList()) {
      String missing =
          waiting.shortfalls().stream()
              .map(s -> skus.getOrDefault(s.itemId(), "?"))
              .collect(Collectors.joining(", "));
      Label line = new Label(waiting.orderNumber() + " waits for " + missing);
      line.setWrapText(true);
      line.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      readyBox.getChildren().add(line);
    }

    VBox blockers = new VBox(4, heading("Holding production up"));
    blockers.setId("insights-blockers");
    if (insights.blockers().isEmpty()) {
      blockers.getChildren().add(muted("Nothing overdue, blocked or overrunning."));
    }
    for (Blocker b : insights.blockers().stream().limit(BLOCKERS).toList()) {
      Label severity = new Label(String.valueOf(b.severity()));
      severity.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
      severity.setMinWidth(Region.USE_PREF_SIZE);
      severity.setStyle(
          "-fx-background-color: -color-danger-muted; -fx-background-radius: 4;"
              + " -fx-padding: 0 6 0 6;");
      Label reason = new Label(b.reason());
      reason.setWrapText(true);
      HBox line = new HBox(8, severity, reason);
      line.setAlignment(Pos.CENTER_LEFT);
      blockers.getChildren().add(line);
    }

    VBox batches = new VBox(4, heading("Run together"));
    batches.setId("insights-batches");
    if (insights.batches().isEmpty()) {
      batches
          .getChildren()
          .add(
              muted(
                  "No orders to batch now. Finished stages teach Bobbin how long each setup"
                      + " takes."));
    }
    for (BatchSuggestion batch : insights.batches().stream().limit(BATCHES).toList()) {
      Label line =
          new Label(
              String.join(", ", batch.orderNumbers())
                  + " at "
                  + batch.stageName()
                  + " \u2013 saves about "
                  + duration(batch.minutesSaved()));
      line.setWrapText(true);
      batches.getChildren().add(line);
    }

    HBox columns = new HBox(24, readyBox, blockers, batches);
    for (Node column : columns.getChildren()) {
      HBox.setHgrow(column, Priority.ALWAYS);
      ((VBox) column).setPrefWidth(0);
      ((VBox) column).setMaxWidth(Double.MAX_VALUE);
    }
    VBox card = DashboardView.card("Production insights", columns);
    card.setId("card-insights");
    return card;
  }

  static String duration(long minutes) {
    if (minutes < 60) {
      return minutes + " min";
    }
    long hours = minutes / 60;
    long rest = minutes % 60;
    return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
  }

  private static Label heading(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(Styles.TEXT_BOLD);
    return label;
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.getStyleClass().add(Styles.TEXT_MUTED);
    return label;
  }
}
