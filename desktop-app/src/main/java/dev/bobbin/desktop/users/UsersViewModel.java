package dev.bobbin.desktop.users;

import dev.bobbin.desktop.auth.AccountErrors;
import dev.bobbin.desktop.auth.AuthClient;
import dev.bobbin.desktop.auth.Identity;
import dev.bobbin.desktop.auth.NewUser;
import dev.bobbin.desktop.auth.ServerProblem;
import dev.bobbin.desktop.auth.ServerUser;
import dev.bobbin.desktop.auth.SessionModel;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.auth.Role;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Settings → Users (admins): the organisation's users from the server; create one (e-mail, name,
 * role, first password), deactivate or reactivate, change the role. The server checks everything;
 * its refusals show next to the field they name, or as the page's message.
 */
public final class UsersViewModel {
  private final SessionModel session;
  private final BackgroundTasks tasks;
  private final ObservableList<ServerUser> users = FXCollections.observableArrayList();
  private final StringProperty email = new SimpleStringProperty("");
  private final StringProperty displayName = new SimpleStringProperty("");
  private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.FLOOR);
  private final StringProperty password = new SimpleStringProperty("");
  private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final BooleanBinding allowed;
  private final StringBinding disabledReason;

  public UsersViewModel(SessionModel session, BackgroundTasks tasks) {
    this.session = session;
    this.tasks = tasks;
    allowed =
        Bindings.createBooleanBinding(
            () -> session.identity().map(UsersViewModel::canManage).orElse(false),
            session.identityProperty());
    disabledReason =
        Bindings.createStringBinding(
            () -> reasonFor(session.identity()), session.identityProperty());
    email.addListener((obs, old, now) -> fieldErrors.remove("email"));
    displayName.addListener((obs, old, now) -> fieldErrors.remove("displayName"));
    password.addListener((obs, old, now) -> fieldErrors.remove("password"));
  }

  private static boolean canManage(Identity identity) {
    return identity.toUser().can(Permission.MANAGE_USERS);
  }

  private static String reasonFor(Optional<Identity> identity) {
    if (identity.isEmpty()) {
      return "Sign in as an admin (Settings \u2192 Account) to manage users.";
    }
    if (!canManage(identity.get())) {
      return "Only admins manage users; you are signed in as "
          + identity.get().displayName()
          + " ("
          + identity.get().role().name().toLowerCase(java.util.Locale.ROOT)
          + ").";
    }
    return "";
  }

  /** Loads the users from the server. */
  public void load() {
    if (!allowed.get()) {
      users.clear();
      return;
    }
    run(() -> session.session().call(AuthClient::users), list -> users.setAll(list));
  }

  /** Creates the user typed in the form; on success the form is cleared and the list reloaded. */
  public void create() {
    fieldErrors.clear();
    NewUser user =
        new NewUser(email.get().strip(), displayName.get().strip(), role.get(), password.get());
    run(
        () -> {
          ServerUser created = session.session().call((c, t) -> c.createUser(t, user));
          return reloaded(created.email() + " can now sign in.", true);
        },
        this::showReloaded);
  }

  /** Deactivates {@code user}: they cannot sign in and their sessions end at once. */
  public void deactivate(ServerUser user) {
    setActive(user, false);
  }

  public void reactivate(ServerUser user) {
    setActive(user, true);
  }

  private void setActive(ServerUser user, boolean active) {
    run(
        () -> {
          session.session().call((c, t) -> c.setActive(t, user.id(), active));
          return reloaded(
              user.displayName() + (active ? " is active again." : " is deactivated."), false);
        },
        this::showReloaded);
  }

  /** Gives {@code user} another role. */
  public void changeRole(ServerUser user, Role newRole) {
    if (newRole == null || newRole == user.role()) {
      return;
    }
    run(
        () -> {
          session.session().call((c, t) -> c.changeRole(t, user.id(), newRole));
          return reloaded(
              user.displayName()
                  + " is now "
                  + newRole.name().toLowerCase(java.util.Locale.ROOT)
                  + ".",
              false);
        },
        this::showReloaded);
  }

  private record Reloaded(List<ServerUser> users, String notice, boolean created) {}

  private Reloaded reloaded(String notice, boolean created) {
    return new Reloaded(session.session().call(AuthClient::users), notice, created);
  }

  private void showReloaded(Reloaded result) {
    users.setAll(result.users());
    notice.set(result.notice());
    if (result.created()) {
      email.set("");
      displayName.set("");
      password.set("");
      role.set(Role.FLOOR);
      fieldErrors.clear();
    }
  }

  private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
    busy.set(true);
    error.set("");
    notice.set("");
    tasks.run(
        work,
        result -> {
          busy.set(false);
          session.noteServerOutcome(null);
          onSuccess.accept(result);
        },
        failure -> {
          busy.set(false);
          session.noteServerOutcome(failure);
          if (failure instanceof ServerProblem p && p.field().isPresent()) {
            fieldErrors.put(p.field().get(), p.getMessage());
          } else {
            error.set(AccountErrors.message(failure));
          }
        });
  }

  public ObservableList<ServerUser> users() {
    return users;
  }

  public StringProperty emailProperty() {
    return email;
  }

  public StringProperty displayNameProperty() {
    return displayName;
  }

  public ObjectProperty<Role> roleProperty() {
    return role;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  /** The server's refusal per form field ({@code email}, {@code displayName}, {@code password}). */
  public ObservableMap<String, String> fieldErrors() {
    return fieldErrors;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Whether the signed-in person may manage users (admins). */
  public ObservableValue<Boolean> allowedProperty() {
    return allowed;
  }

  /** Why the page is disabled; empty when it is not. */
  public ObservableValue<String> disabledReasonProperty() {
    return disabledReason;
  }
}
