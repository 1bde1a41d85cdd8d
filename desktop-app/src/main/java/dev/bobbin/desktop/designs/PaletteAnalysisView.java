package dev.bobbin.desktop.designs;

import atlantafx.base.theme.Styles;
import dev.bobbin.model.designs.ColourAnalyser;
import dev.bobbin.model.designs.PaletteColour;
import dev.bobbin.model.designs.StockMatch;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The palette panel of the design editor: "Analyse colours", its progress, and one row per colour
 * (swatch, share, material, nearest stocked items with their ΔE, a warning where none is close).
 */
final class PaletteAnalysisView {
  private PaletteAnalysisView() {}

  static Node build(PaletteAnalysisViewModel model, boolean canEdit) {
    Button analyse = new Button("Analyse colours", new FontIcon(Feather.DROPLET));
    analyse.setId("design-analyse-colours");
    if (canEdit) {
      analyse.disableProperty().bind(model.canAnalyseProperty().not());
    } else {
      analyse.setDisable(true);
    }
    analyse.setOnAction(e -> model.analyse());

    TextField quantity = new TextField();
    quantity.setId("design-analysis-quantity");
    quantity.setPromptText("units");
    quantity.setPrefColumnCount(4);
    quantity.textProperty().bindBidirectional(model.quantityProperty());
    TextField perUnit = new TextField();
    perUnit.setId("design-analysis-per-unit");
    perUnit.setPromptText("per unit");
    perUnit.setPrefColumnCount(5);
    perUnit.textProperty().bindBidirectional(model.perUnitProperty());
    Label times = new Label("×");
    HBox actions = new HBox(8, analyse, quantity, times, perUnit);
    actions.setAlignment(Pos.CENTER_LEFT);

    ProgressBar progress = new ProgressBar();
    progress.setId("design-analysis-progress");
    progress.setMaxWidth(Double.MAX_VALUE);
    progress.progressProperty().bind(model.progressProperty());
    progress.visibleProperty().bind(model.runningProperty());
    progress.managedProperty().bind(model.runningProperty());

    Label message = new Label();
    message.setId("design-analysis-message");
    message.setWrapText(true);
    message.getStyleClass().add(Styles.TEXT_SMALL);
    message.textProperty().bind(model.messageProperty());

    VBox rows = new VBox(6);
    rows.setId("design-analysis-colours");
    Runnable rebuild =
        () ->
            rows.getChildren()
                .setAll(model.colours().stream().map(PaletteAnalysisView::row).toList());
    model.colours().addListener((ListChangeListener<PaletteColour>) c -> rebuild.run());
    rebuild.run();

    return new VBox(8, actions, progress, message, rows);
  }

  private static Node row(PaletteColour colour) {
    Label hex = new Label(colour.hex());
    hex.getStyleClass().add(Styles.TEXT_BOLD);
    Label share = new Label(String.format(Locale.ROOT, "%.1f %%", colour.share() * 100));
    HBox head = new HBox(8, DesignsView.swatch(colour.hex(), 22), hex, share);
    head.setAlignment(Pos.CENTER_LEFT);
    if (colour.amount() != null) {
      head.getChildren().add(new Label("· " + colour.amount().toPlainString() + " needed"));
    }
    VBox box = new VBox(2, head);
    box.getStyleClass().add("palette-colour");
    for (StockMatch match : colour.nearest()) {
      String name = match.colourName() == null ? match.name() : match.colourName();
      Label line =
          new Label(
              String.format(
                  Locale.ROOT,
                  "%s  %s  ΔE %.1f  ·  %s %s in stock",
                  match.sku(),
                  name,
                  match.deltaE(),
                  match.onHand().toPlainString(),
                  match.unit().symbol()));
      line.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      HBox item = new HBox(6, DesignsView.swatch(match.colourHex(), 12), line);
      item.setAlignment(Pos.CENTER_LEFT);
      item.setPadding(new javafx.geometry.Insets(0, 0, 0, 30));
      box.getChildren().add(item);
    }
    if (colour.noCloseStock()) {
      Label warning =
          new Label(
              String.format(
                  Locale.ROOT,
                  "Nothing in stock within ΔE %.0f of this colour.",
                  ColourAnalyser.CLOSE_ENOUGH),
              new FontIcon(Feather.ALERT_TRIANGLE));
      warning.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "palette-no-stock");
      warning.setPadding(new javafx.geometry.Insets(0, 0, 0, 30));
      box.getChildren().add(warning);
    }
    return box;
  }
}
