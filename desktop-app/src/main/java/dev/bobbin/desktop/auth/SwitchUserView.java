package dev.bobbin.desktop.auth;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The status bar's "who is working here" label and, on floor terminals, the "Switch user" button
 * that opens a PIN pad over the cached people of this PC.
 */
public final class SwitchUserView {
  private final SwitchUserViewModel model;
  private final HBox root;

  public SwitchUserView(SwitchUserViewModel model) {
    this.model = model;
    Label who = new Label();
    who.setId("signed-in-user");
    who.setGraphic(new FontIcon(Feather.USER));
    who.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.identityProperty().get() == null
                        ? "Nobody signed in"
                        : model.identityProperty().get().displayName(),
                model.identityProperty()));
    Button switchUser = new Button("Switch user", new FontIcon(Feather.USERS));
    switchUser.setId("switch-user");
    switchUser.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    switchUser.visibleProperty().bind(model.availableProperty());
    switchUser.managedProperty().bind(model.availableProperty());
    switchUser.setOnAction(e -> open(switchUser));
    root = new HBox(8, who, switchUser);
    root.setAlignment(Pos.CENTER_LEFT);
  }

  public Node root() {
    return root;
  }

  private void open(Node owner) {
    model.reload();
    Dialog<Void> dialog = new Dialog<>();
    dialog.setTitle("Switch user");
    dialog.setHeaderText("Who is working on this PC?");
    if (owner.getScene() != null) {
      dialog.initOwner(owner.getScene().getWindow());
    }
    dialog.getDialogPane().setContent(pad());
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
    model
        .switchedProperty()
        .addListener(
            (obs, old, done) -> {
              if (done) {
                dialog.setResult(null);
                dialog.close();
              }
            });
    dialog.show();
  }

  private Node pad() {
    ListView<Identity> people = new ListView<>(model.people());
    people.setId("switch-user-people");
    people.setPrefSize(240, 260);
    people.setCellFactory(
        lv ->
            new ListCell<>() {
              @Override
              protected void updateItem(Identity identity, boolean empty) {
                super.updateItem(identity, empty);
                setText(empty || identity == null ? null : identity.displayName());
              }
            });
    Label none =
        new Label(
            "Nobody has set a PIN on this PC yet: sign in with your password in"
                + " Settings \u2192 Account and set one.");
    none.setWrapText(true);
    none.setMaxWidth(240);
    people.setPlaceholder(none);
    people
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> model.selectedProperty().set(now));
    if (model.selectedProperty().get() != null) {
      people.getSelectionModel().select(model.selectedProperty().get());
    }

    Label dots = new Label();
    dots.setId("switch-user-pin");
    dots.getStyleClass().add(Styles.TITLE_3);
    dots.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> "\u2022".repeat(model.pinProperty().get().length()), model.pinProperty()));
    GridPane keys = new GridPane();
    keys.setHgap(6);
    keys.setVgap(6);
    for (int digit = 1; digit <= 9; digit++) {
      keys.add(key(digit), (digit - 1) % 3, (digit - 1) / 3);
    }
    Button back = new Button("", new FontIcon(Feather.DELETE));
    back.setPrefSize(56, 44);
    back.setOnAction(e -> model.backspace());
    Button ok = new Button("OK");
    ok.setId("switch-user-ok");
    ok.setPrefSize(56, 44);
    ok.getStyleClass().add(Styles.ACCENT);
    ok.disableProperty().bind(model.busyProperty());
    ok.setOnAction(e -> model.submit());
    keys.add(back, 0, 3);
    keys.add(key(0), 1, 3);
    keys.add(ok, 2, 3);
    Label error = new Label();
    error.setId("switch-user-error");
    error.getStyleClass().add(Styles.DANGER);
    error.setWrapText(true);
    error.setMaxWidth(200);
    error.textProperty().bind(model.errorProperty());
    VBox right = new VBox(10, dots, keys, error);
    right.setAlignment(Pos.TOP_CENTER);
    HBox box = new HBox(16, people, right);
    box.setPadding(new Insets(8));
    return box;
  }

  private Button key(int digit) {
    Button key = new Button(Integer.toString(digit));
    key.setId("pin-key-" + digit);
    key.setPrefSize(56, 44);
    key.setOnAction(e -> model.pressDigit(digit));
    return key;
  }
}
