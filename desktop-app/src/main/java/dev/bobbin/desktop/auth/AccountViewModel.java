package dev.bobbin.desktop.auth;

import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.auth.Permission;
import java.net.URI;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * Settings → Account: the server address, signing in (with the authenticator code when the server
 * asks for it) and out, who is signed in and whether the server is reachable; on this PC, the
 * floor-terminal switch (admins) and the signed-in person's PIN.
 */
public final class AccountViewModel {
  private final SessionModel model;
  private final Session session;
  private final BackgroundTasks tasks;

  private final StringProperty server = new SimpleStringProperty("");
  private final StringProperty email = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty totpCode = new SimpleStringProperty("");
  private final StringProperty pin = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper totpNeeded = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper hasPin = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final BooleanBinding signedIn;
  private final BooleanBinding canSignIn;
  private final BooleanBinding canManageTerminal;

  /**
   * @param defaultServer the {@code --server} of the command line, used until someone signs in
   */
  public AccountViewModel(SessionModel model, Optional<URI> defaultServer, BackgroundTasks tasks) {
    this.model = model;
    this.session = model.session();
    this.tasks = tasks;
    server.set(session.lastServer().or(() -> defaultServer).map(URI::toString).orElse(""));
    model.identity().ifPresent(i -> email.set(i.email()));
    signedIn = model.identityProperty().isNotNull();
    canSignIn =
        Bindings.createBooleanBinding(
            () ->
                !busy.get()
                    && !server.get().isBlank()
                    && !email.get().isBlank()
                    && !password.get().isEmpty(),
            busy,
            server,
            email,
            password);
    canManageTerminal =
        Bindings.createBooleanBinding(
            () ->
                model.identity().map(i -> i.toUser().can(Permission.MANAGE_SETTINGS)).orElse(false),
            model.identityProperty());
    model.identityProperty().addListener((obs, old, now) -> updateStatus());
    model.offlineProperty().addListener((obs, old, now) -> updateStatus());
    updateStatus();
  }

  /** Signs in with what was typed; on success the password (and code) fields are cleared. */
  public void signIn() {
    if (!canSignIn.get()) {
      return;
    }
    URI target;
    try {
      target = AuthClient.parseServer(server.get());
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return;
    }
    String typedEmail = email.get();
    String typedPassword = password.get();
    Optional<String> code = Optional.of(totpCode.get()).filter(c -> !c.isBlank());
    busy.set(true);
    error.set("");
    notice.set("");
    tasks.run(
        () -> session.signIn(target, typedEmail, typedPassword, code),
        identity -> {
          busy.set(false);
          password.set("");
          totpCode.set("");
          totpNeeded.set(false);
          server.set(identity.server().toString());
          model.noteServerOutcome(null);
          model.refresh();
          if (session.isFloorTerminal() && !session.hasPin()) {
            notice.set("Set your PIN for this floor terminal below.");
          }
        },
        failure -> {
          busy.set(false);
          model.noteServerOutcome(failure);
          if (failure instanceof ServerProblem p && p.needsSecondFactor()) {
            totpNeeded.set(true);
          }
          error.set(AccountErrors.message(failure));
        });
  }

  /** Signs out here (and on the server when it is reachable). */
  public void signOut() {
    busy.set(true);
    error.set("");
    notice.set("");
    tasks.run(
        () -> {
          session.signOut();
          return Boolean.TRUE;
        },
        done -> {
          busy.set(false);
          model.refresh();
          notice.set("Signed out.");
        },
        failure -> {
          busy.set(false);
          error.set(AccountErrors.message(failure));
        });
  }

  /** Asks the server who we are, to show whether it is reachable (page opened, "Check" clicked). */
  public void checkConnection() {
    if (!session.hasServerSession()) {
      updateStatus();
      return;
    }
    tasks.run(
        () -> session.call(AuthClient::me),
        me -> {
          model.noteServerOutcome(null);
          model.refresh();
        },
        failure -> {
          model.noteServerOutcome(failure);
          model.refresh();
          if (!(failure instanceof ServerProblem p && p.isUnreachable())) {
            error.set(AccountErrors.message(failure));
          }
          updateStatus();
        });
  }

  /** Turns floor-terminal mode on or off on this PC (admins). */
  public void setFloorTerminal(boolean on) {
    error.set("");
    tasks.run(
        () -> {
          session.setFloorTerminal(on);
          return on;
        },
        done -> {
          model.refresh();
          updateStatus();
          notice.set(
              done
                  ? "Floor-terminal mode is on: people switch with their PIN."
                  : "Floor-terminal mode is off.");
        },
        failure -> {
          model.refresh();
          error.set(AccountErrors.message(failure));
        });
  }

  /** Saves the typed PIN for the signed-in person on this PC. */
  public void savePin() {
    String typed = pin.get();
    error.set("");
    busy.set(true);
    tasks.run(
        () -> {
          session.setPin(typed);
          return Boolean.TRUE;
        },
        done -> {
          busy.set(false);
          pin.set("");
          updateStatus();
          notice.set("PIN saved: you can switch to your account on this PC with it.");
        },
        failure -> {
          busy.set(false);
          error.set(AccountErrors.message(failure));
        });
  }

  private void updateStatus() {
    hasPin.set(session.hasPin());
    Optional<Identity> who = model.identity();
    if (who.isEmpty()) {
      status.set("Not signed in. Sign in with your Bobbin account to sync and to manage users.");
    } else if (model.offlineProperty().get()) {
      status.set(
          "Signed in as "
              + who.get().describe()
              + ". Working offline: the server cannot be reached; your changes are kept on this"
              + " PC under your name.");
    } else if (!session.hasServerSession()) {
      status.set(
          "Signed in as "
              + who.get().describe()
              + " on this PC only (offline). Sign in with your password to reach the server.");
    } else {
      status.set(
          "Signed in as "
              + who.get().describe()
              + " \u00b7 "
              + roleName(who.get())
              + " at "
              + who.get().organisationName());
    }
  }

  private static String roleName(Identity identity) {
    String role = identity.role().name();
    return role.charAt(0) + role.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  public StringProperty serverProperty() {
    return server;
  }

  public StringProperty emailProperty() {
    return email;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty totpCodeProperty() {
    return totpCode;
  }

  public StringProperty pinProperty() {
    return pin;
  }

  /** Whether the server asked for the authenticator code. */
  public ReadOnlyBooleanProperty totpNeededProperty() {
    return totpNeeded.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasPinProperty() {
    return hasPin.getReadOnlyProperty();
  }

  public ObservableValue<Boolean> signedInProperty() {
    return signedIn;
  }

  public ObservableValue<Boolean> canSignInProperty() {
    return canSignIn;
  }

  /** Whether the floor-terminal switch is available (admins only). */
  public ObservableValue<Boolean> canManageTerminalProperty() {
    return canManageTerminal;
  }

  public ReadOnlyBooleanProperty floorTerminalProperty() {
    return model.floorTerminalProperty();
  }

  public ReadOnlyBooleanProperty offlineProperty() {
    return model.offlineProperty();
  }

  /** What went wrong, in the server's or Bobbin's words; empty when nothing did. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** A confirmation of what just happened. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** "Signed in as …", "Not signed in", or the offline state. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
