package dev.bobbin.desktop.auth;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings → Account, built in code; a card that can sit in any settings layout. */
public final class AccountView {
  private final AccountViewModel model;
  private final ScrollPane root;

  public AccountView(AccountViewModel model) {
    this.model = model;
    VBox page = new VBox(20, statusCard(), signInCard(), terminalCard());
    page.setPadding(new Insets(24));
    page.setMaxWidth(640);
    page.setId("account-page");
    root = new ScrollPane(page);
    root.setFitToWidth(true);
    model.checkConnection();
  }

  public Node root() {
    return root;
  }

  private Node statusCard() {
    Label title = new Label("Account");
    title.getStyleClass().add(Styles.TITLE_3);
    FontIcon icon = new FontIcon(Feather.USER);
    Label status = new Label();
    status.setId("account-status");
    status.setWrapText(true);
    status.textProperty().bind(model.statusProperty());
    status.setGraphic(icon);
    model
        .offlineProperty()
        .addListener(
            (obs, old, offline) -> icon.setIconCode(offline ? Feather.CLOUD_OFF : Feather.USER));
    Label error = new Label();
    error.setId("account-error");
    error.setWrapText(true);
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(model.errorProperty());
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    error.visibleProperty().bind(error.managedProperty());
    Label notice = new Label();
    notice.setId("account-notice");
    notice.setWrapText(true);
    notice.getStyleClass().add(Styles.SUCCESS);
    notice.textProperty().bind(model.noticeProperty());
    notice.managedProperty().bind(notice.textProperty().isNotEmpty());
    notice.visibleProperty().bind(notice.managedProperty());
    return new VBox(8, title, status, error, notice);
  }

  private Node signInCard() {
    TextField server = new TextField();
    server.setId("account-server");
    server.setPromptText("http://localhost:8080");
    server.textProperty().bindBidirectional(model.serverProperty());
    TextField email = new TextField();
    email.setId("account-email");
    email.setPromptText("name@example.com");
    email.textProperty().bindBidirectional(model.emailProperty());
    PasswordField password = new PasswordField();
    password.setId("account-password");
    password.textProperty().bindBidirectional(model.passwordProperty());
    TextField code = new TextField();
    code.setId("account-totp");
    code.setPromptText("6-digit code");
    code.textProperty().bindBidirectional(model.totpCodeProperty());
    Label codeLabel = new Label("Authenticator code");
    codeLabel.visibleProperty().bind(model.totpNeededProperty());
    codeLabel.managedProperty().bind(model.totpNeededProperty());
    code.visibleProperty().bind(model.totpNeededProperty());
    code.managedProperty().bind(model.totpNeededProperty());

    GridPane form = new GridPane();
    form.setHgap(12);
    form.setVgap(10);
    ColumnConstraints labels = new ColumnConstraints();
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().addAll(labels, fields);
    form.addRow(0, new Label("Server"), server);
    form.addRow(1, new Label("E-mail"), email);
    form.addRow(2, new Label("Password"), password);
    form.addRow(3, codeLabel, code);

    Button signIn = new Button("Sign in", new FontIcon(Feather.LOG_IN));
    signIn.setId("account-sign-in");
    signIn.setDefaultButton(true);
    signIn.getStyleClass().add(Styles.ACCENT);
    signIn
        .disableProperty()
        .bind(
            Bindings.not(
                Bindings.createBooleanBinding(
                    () -> model.canSignInProperty().getValue(), model.canSignInProperty())));
    signIn.setOnAction(e -> model.signIn());
    password.setOnAction(e -> model.signIn());
    code.setOnAction(e -> model.signIn());
    Button signOut = new Button("Sign out", new FontIcon(Feather.LOG_OUT));
    signOut.setId("account-sign-out");
    signOut
        .visibleProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> model.signedInProperty().getValue(), model.signedInProperty()));
    signOut.managedProperty().bind(signOut.visibleProperty());
    signOut.disableProperty().bind(model.busyProperty());
    signOut.setOnAction(e -> model.signOut());
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(20, 20);
    progress.visibleProperty().bind(model.busyProperty());
    HBox actions = new HBox(12, signIn, signOut, progress);
    actions.setAlignment(Pos.CENTER_LEFT);

    Label title = new Label("Sign in to the server");
    title.getStyleClass().add(Styles.TITLE_4);
    Label hint =
        new Label(
            "Bobbin works offline; signing in lets it sync and keeps your changes under your name.");
    hint.getStyleClass().add(Styles.TEXT_MUTED);
    hint.setWrapText(true);
    return new VBox(12, title, hint, form, actions);
  }

  private Node terminalCard() {
    Label title = new Label("This PC");
    title.getStyleClass().add(Styles.TITLE_4);
    CheckBox terminal = new CheckBox("Floor terminal: people switch users here with a PIN");
    terminal.setId("account-floor-terminal");
    terminal.setSelected(model.floorTerminalProperty().get());
    model.floorTerminalProperty().addListener((obs, old, on) -> terminal.setSelected(on));
    terminal.setOnAction(e -> model.setFloorTerminal(terminal.isSelected()));
    terminal
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> !model.canManageTerminalProperty().getValue(),
                model.canManageTerminalProperty()));
    // A disabled control shows no tooltip: wrap it so the reason still shows.
    HBox terminalRow = new HBox(terminal);
    Tooltip.install(
        terminalRow, new Tooltip("Only an admin can turn floor-terminal mode on or off."));

    PasswordField pin = new PasswordField();
    pin.setId("account-pin");
    pin.setPromptText("4 to 8 digits");
    pin.setPrefColumnCount(8);
    pin.textProperty().bindBidirectional(model.pinProperty());
    Button save = new Button("Save PIN");
    save.setId("account-save-pin");
    save.setOnAction(e -> model.savePin());
    pin.setOnAction(e -> model.savePin());
    Label pinLabel = new Label();
    pinLabel
        .textProperty()
        .bind(
            Bindings.when(model.hasPinProperty())
                .then("Change your PIN on this PC")
                .otherwise("Set your PIN on this PC"));
    HBox pinRow = new HBox(12, pinLabel, pin, save);
    pinRow.setAlignment(Pos.CENTER_LEFT);
    pinRow
        .visibleProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> model.signedInProperty().getValue() && model.floorTerminalProperty().get(),
                model.signedInProperty(),
                model.floorTerminalProperty()));
    pinRow.managedProperty().bind(pinRow.visibleProperty());
    return new VBox(12, title, terminalRow, pinRow);
  }
}
