package dev.bobbin.desktop.users;

import dev.bobbin.desktop.auth.AccountErrors;
import dev.bobbin.desktop.auth.AuditRecord;
import dev.bobbin.desktop.auth.SessionModel;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.auth.User;
import java.time.Instant;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Settings → Audit (admins and managers): the newest entries of the organisation's trail. */
public final class AuditViewModel {
  /** How many entries the page shows. */
  public static final int LIMIT = 200;

  private final SessionModel session;
  private final UserRepository localUsers;
  private final BackgroundTasks tasks;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final BooleanBinding allowed;

  /**
   * One line as shown: who (a name when this PC knows them), what, on what, when, from which
   * device.
   */
  public record Row(Instant at, String who, String action, String target, String device) {}

  public AuditViewModel(SessionModel session, UserRepository localUsers, BackgroundTasks tasks) {
    this.session = session;
    this.localUsers = localUsers;
    this.tasks = tasks;
    allowed =
        Bindings.createBooleanBinding(
            () ->
                session
                    .identity()
                    .map(i -> i.toUser().can(Permission.VIEW_AUDIT_LOG))
                    .orElse(false),
            session.identityProperty());
  }

  public void load() {
    if (!allowed.get()) {
      rows.clear();
      error.set("Only admins and managers can read the audit trail; sign in as one of them.");
      return;
    }
    busy.set(true);
    error.set("");
    tasks.run(
        () -> session.session().call((c, t) -> c.audit(t, LIMIT)).stream().map(this::row).toList(),
        (List<Row> loaded) -> {
          busy.set(false);
          session.noteServerOutcome(null);
          rows.setAll(loaded);
        },
        failure -> {
          busy.set(false);
          session.noteServerOutcome(failure);
          error.set(AccountErrors.message(failure));
        });
  }

  private Row row(AuditRecord r) {
    String who =
        r.actorUserId() == null
            ? "system"
            : localUsers
                .findById(r.actorUserId())
                .map(User::displayName)
                .orElse("user " + r.actorUserId().toString().substring(0, 8));
    String target =
        r.targetType() == null
            ? ""
            : r.targetType() + (r.targetId() == null ? "" : " " + shortId(r.targetId()));
    return new Row(r.at(), who, r.action(), target, r.device() == null ? "" : r.device());
  }

  private String shortId(String id) {
    if (id.length() == 36) {
      try {
        return localUsers
            .findById(java.util.UUID.fromString(id))
            .map(User::displayName)
            .orElse(id.substring(0, 8));
      } catch (IllegalArgumentException e) {
        return id;
      }
    }
    return id;
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ObservableValue<Boolean> allowedProperty() {
    return allowed;
  }
}
