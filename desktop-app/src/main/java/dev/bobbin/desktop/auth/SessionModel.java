package dev.bobbin.desktop.auth;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The UI's observable view of the {@link Session}: who is signed in, whether this PC is a floor
 * terminal, whether the server was last found unreachable. View models that change the session call
 * {@link #refresh()} on the UI thread afterwards, so every page follows.
 */
public final class SessionModel {
  private final Session session;
  private final ReadOnlyObjectWrapper<Identity> identity = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper floorTerminal = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper();

  public SessionModel(Session session) {
    this.session = session;
    refresh();
  }

  public Session session() {
    return session;
  }

  /** Reads the session again (no I/O); call on the UI thread. */
  public void refresh() {
    identity.set(session.identity().orElse(null));
    floorTerminal.set(session.isFloorTerminal());
  }

  /** Who is signed in, or null. */
  public ReadOnlyObjectProperty<Identity> identityProperty() {
    return identity.getReadOnlyProperty();
  }

  public Optional<Identity> identity() {
    return Optional.ofNullable(identity.get());
  }

  public ReadOnlyBooleanProperty floorTerminalProperty() {
    return floorTerminal.getReadOnlyProperty();
  }

  /** Whether the last attempt to reach the server failed for want of a connection. */
  public ReadOnlyBooleanProperty offlineProperty() {
    return offline.getReadOnlyProperty();
  }

  /** Notes the outcome of a server call: unreachable means offline, anything else online. */
  public void noteServerOutcome(Throwable failureOrNull) {
    offline.set(failureOrNull instanceof ServerProblem p && p.isUnreachable());
  }
}
