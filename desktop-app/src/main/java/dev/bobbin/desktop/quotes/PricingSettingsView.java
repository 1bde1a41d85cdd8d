package dev.bobbin.desktop.quotes;

import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.ui.Forms;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The card that edits the pricing rules, shown over the Quotes page. */
final class PricingSettingsView {
  private final PricingSettingsViewModel model;
  private final VBox root;
  private final Button cancel = new Button("Close");

  PricingSettingsView(PricingSettingsViewModel model, Runnable close) {
    this.model = model;
    Label title = new Label("Pricing rules");
    title.getStyleClass().add(Styles.TITLE_3);
    GridPane rates = new GridPane();
    rates.setHgap(12);
    rates.setVgap(8);
    rates.addRow(
        0, new Label(""), new Label("Simple"), new Label("Standard"), new Label("Complex"));
    rates.addRow(
        1,
        new Label("Hourly rate"),
        bound(new TextField(), "simpleHourlyRate"),
        bound(new TextField(), "standardHourlyRate"),
        bound(new TextField(), "complexHourlyRate"));
    rates.addRow(
        2,
        new Label("Minutes per piece"),
        bound(new TextField(), "simpleMinutes"),
        bound(new TextField(), "standardMinutes"),
        bound(new TextField(), "complexMinutes"));
    TextArea products = bound(new TextArea(), "productMinutes");
    products.setPrefRowCount(3);
    products.setPromptText("Evening dress:COMPLEX:240");
    Button save = new Button("Save rules");
    save.setId("pricing-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.setOnAction(e -> model.save(() -> {}));
    model.deniedReason().ifPresent(r -> save.setDisable(true));
    cancel.setOnAction(e -> close.run());
    Label status = new Label();
    status.setId("pricing-status");
    status.setWrapText(true);
    status.getStyleClass().add(Styles.TEXT_MUTED);
    status.textProperty().bind(model.statusProperty());
    Label error = new Label();
    error.setId("pricing-error");
    error.setWrapText(true);
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(model.errorProperty());
    root =
        new VBox(
            10,
            title,
            Forms.field("Currency", bound(new TextField(), "currency"), "pricing-currency"),
            rates,
            new HBox(
                12,
                Forms.field(
                    "Overhead %", bound(new TextField(), "overheadPercent"), "pricing-overhead"),
                Forms.field("Margin %", bound(new TextField(), "marginPercent"), "pricing-margin")),
            Forms.field(
                "Volume discounts (from pieces:percent off)",
                bound(new TextField(), "volumeDiscounts"),
                "pricing-tiers"),
            Forms.field("Product types' own minutes, one per line", products, "pricing-products"),
            new HBox(12, save, cancel),
            status,
            error);
    root.setPadding(new Insets(20));
    root.setMaxWidth(620);
    root.setMaxHeight(Region.USE_PREF_SIZE);
    root.getStyleClass().add("modal-card");
    root.setStyle("-fx-background-color: -color-bg-default; -fx-background-radius: 8;");
    model.load();
  }

  Node root() {
    return root;
  }

  Node focus() {
    return cancel;
  }

  private <T extends TextInputControl> T bound(T control, String field) {
    control.textProperty().bindBidirectional(model.field(field));
    control.setId("pricing-" + field);
    return control;
  }
}
