package dev.bobbin.desktop.users;

import atlantafx.base.theme.Styles;
import dev.bobbin.desktop.auth.ServerUser;
import dev.bobbin.model.auth.Role;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings → Users: the organisation's users and a form to add one (admins only). */
public final class UsersView {
  private final UsersViewModel model;
  private final VBox root;

  public UsersView(UsersViewModel model) {
    this.model = model;
    Label title = new Label("Users");
    title.getStyleClass().add(Styles.TITLE_3);
    Label reason = new Label();
    reason.setId("users-disabled-reason");
    reason.setWrapText(true);
    reason.getStyleClass().add(Styles.WARNING);
    reason.setGraphic(new FontIcon(Feather.LOCK));
    reason.textProperty().bind(model.disabledReasonProperty());
    reason.visibleProperty().bind(reason.textProperty().isNotEmpty());
    reason.managedProperty().bind(reason.visibleProperty());
    Label error = message("users-error", Styles.DANGER);
    error.textProperty().bind(model.errorProperty());
    Label notice = message("users-notice", Styles.SUCCESS);
    notice.textProperty().bind(model.noticeProperty());

    Node form = form();
    Node table = table();
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox content = new VBox(16, form, table);
    VBox.setVgrow(content, Priority.ALWAYS);
    content
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> !model.allowedProperty().getValue(), model.allowedProperty()));
    root = new VBox(12, title, reason, error, notice, content);
    root.setPadding(new Insets(24));
    root.setId("users-page");
    model.allowedProperty().addListener((obs, old, allowed) -> model.load());
    model.load();
  }

  public Node root() {
    return root;
  }

  private static Label message(String id, String style) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.getStyleClass().add(style);
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }

  private Node form() {
    TextField email = new TextField();
    email.setId("users-new-email");
    email.setPromptText("E-mail");
    TextField name = new TextField();
    name.setId("users-new-name");
    name.setPromptText("Name");
    ComboBox<Role> role = new ComboBox<>();
    role.setId("users-new-role");
    role.getItems().setAll(Role.values());
    role.setConverter(roleNames());
    role.valueProperty().bindBidirectional(model.roleProperty());
    PasswordField password = new PasswordField();
    password.setId("users-new-password");
    password.setPromptText("First password");
    Button create = new Button("Add user", new FontIcon(Feather.USER_PLUS));
    create.setId("users-create");
    create.getStyleClass().add(Styles.ACCENT);
    create.disableProperty().bind(model.busyProperty());
    create.setOnAction(e -> model.create());
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(20, 20);
    progress.visibleProperty().bind(model.busyProperty());
    HBox row =
        new HBox(
            8,
            field(email, model.emailProperty(), "email"),
            field(name, model.displayNameProperty(), "displayName"),
            role,
            field(password, model.passwordProperty(), "password"),
            create,
            progress);
    row.setAlignment(Pos.TOP_LEFT);
    Label title = new Label("Add a user");
    title.getStyleClass().add(Styles.TITLE_4);
    return new VBox(8, title, row);
  }

  /** A text field with the server's refusal of that field shown under it. */
  private Node field(TextField input, StringProperty value, String fieldName) {
    input.textProperty().bindBidirectional(value);
    input.setPrefColumnCount(14);
    Label error = new Label();
    error.setId("users-error-" + fieldName);
    error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
    error.setWrapText(true);
    error.setMaxWidth(220);
    error.visibleProperty().bind(error.textProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    model
        .fieldErrors()
        .addListener(
            (MapChangeListener<String, String>)
                change -> {
                  String text = model.fieldErrors().get(fieldName);
                  error.setText(text == null ? "" : text);
                  input.pseudoClassStateChanged(Styles.STATE_DANGER, text != null);
                });
    return new VBox(4, input, error);
  }

  private Node table() {
    TableView<ServerUser> table = new TableView<>(model.users());
    table.setId("users-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getStyleClass().add(Styles.DENSE);
    table.setPlaceholder(new Label("No users to show."));
    TableColumn<ServerUser, String> name = new TableColumn<>("Name");
    name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().displayName()));
    TableColumn<ServerUser, String> email = new TableColumn<>("E-mail");
    email.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().email()));
    TableColumn<ServerUser, ServerUser> role = new TableColumn<>("Role");
    role.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    role.setCellFactory(c -> new RoleCell());
    TableColumn<ServerUser, String> status = new TableColumn<>("Status");
    status.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(c.getValue().active() ? "Active" : "Deactivated"));
    TableColumn<ServerUser, ServerUser> actions = new TableColumn<>("");
    actions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    actions.setCellFactory(c -> new ActiveCell());
    table.getColumns().addAll(java.util.List.of(name, email, role, status, actions));
    return table;
  }

  private static StringConverter<Role> roleNames() {
    return new StringConverter<>() {
      @Override
      public String toString(Role role) {
        if (role == null) {
          return "";
        }
        String n = role.name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
      }

      @Override
      public Role fromString(String text) {
        return Role.valueOf(text.toUpperCase(Locale.ROOT));
      }
    };
  }

  /** The role, changeable in place. */
  private final class RoleCell extends TableCell<ServerUser, ServerUser> {
    private final ComboBox<Role> choice = new ComboBox<>();

    RoleCell() {
      choice.getItems().setAll(Role.values());
      choice.setConverter(roleNames());
      choice.getStyleClass().add(Styles.SMALL);
      choice.setOnAction(
          e -> {
            ServerUser user = getItem();
            if (user != null && choice.getValue() != user.role()) {
              model.changeRole(user, choice.getValue());
            }
          });
    }

    @Override
    protected void updateItem(ServerUser user, boolean empty) {
      super.updateItem(user, empty);
      if (empty || user == null) {
        setGraphic(null);
      } else {
        choice.setValue(user.role());
        setGraphic(choice);
      }
    }
  }

  /** Deactivate or reactivate. */
  private final class ActiveCell extends TableCell<ServerUser, ServerUser> {
    private final Button button = new Button();

    ActiveCell() {
      button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
      button.setOnAction(
          e -> {
            ServerUser user = getItem();
            if (user == null) {
              return;
            }
            if (user.active()) {
              model.deactivate(user);
            } else {
              model.reactivate(user);
            }
          });
    }

    @Override
    protected void updateItem(ServerUser user, boolean empty) {
      super.updateItem(user, empty);
      if (empty || user == null) {
        setGraphic(null);
      } else {
        button.setText(user.active() ? "Deactivate" : "Reactivate");
        button.setId("users-toggle-" + user.email());
        setGraphic(button);
      }
    }
  }
}
