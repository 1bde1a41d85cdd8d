package dev.bobbin.desktop.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.auth.ServerUser;
import dev.bobbin.desktop.auth.Session;
import dev.bobbin.desktop.auth.SessionModel;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.LiveServer;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.auth.Role;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Users and Audit pages' view models (no screen) through the real server's API. */
class UsersViewModelTest {
  @TempDir Path dir;
  LocalData data;
  Session session;
  SessionModel model;

  @BeforeEach
  void open() {
    data = LocalData.open(dir, TestData.CLOCK);
    session =
        Session.open(
            dir, "test-device", data.currentUser(), data.users()::cacheFromServer, TestData.CLOCK);
    model = new SessionModel(session);
  }

  @AfterEach
  void close() {
    data.close();
  }

  private void signIn(String email) {
    session.signIn(LiveServer.shared().uri(), email, LiveServer.PASSWORD, Optional.empty());
    model.refresh();
  }

  @Test
  void anAdminCreatesAUserThenDeactivatesThem() {
    signIn(LiveServer.ADMIN);
    UsersViewModel users = new UsersViewModel(model, BackgroundTasks.sameThread());
    users.load();
    String email = "press-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

    users.emailProperty().set(email);
    users.displayNameProperty().set("Press Operator");
    users.roleProperty().set(Role.FLOOR);
    users.passwordProperty().set("spindle-lantern-93");
    users.create();

    assertThat(users.errorProperty().get()).isEmpty();
    assertThat(users.noticeProperty().get()).isEqualTo(email + " can now sign in.");
    assertThat(users.emailProperty().get()).isEmpty();
    ServerUser created =
        users.users().stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow();
    assertThat(created.active()).isTrue();

    users.deactivate(created);

    assertThat(users.users())
        .filteredOn(u -> u.email().equals(email))
        .singleElement()
        .satisfies(u -> assertThat(u.active()).isFalse());
    assertThat(users.noticeProperty().get()).isEqualTo("Press Operator is deactivated.");
  }

  @Test
  void theServersRefusalShowsNextToTheFieldItNames() {
    signIn(LiveServer.ADMIN);
    UsersViewModel users = new UsersViewModel(model, BackgroundTasks.sameThread());

    users.emailProperty().set("not-an-address");
    users.displayNameProperty().set("Someone");
    users.passwordProperty().set("spindle-lantern-93");
    users.create();

    assertThat(users.fieldErrors()).containsKey("email");
    assertThat(users.fieldErrors().get("email")).contains("must be an e-mail address");
    assertThat(users.errorProperty().get()).isEmpty();

    users.emailProperty().set(LiveServer.MANAGER);
    users.create();

    assertThat(users.fieldErrors().get("email"))
        .isEqualTo("That e-mail address already has an account.");
  }

  @Test
  void aManagerSeesWhyTheUsersPageIsClosedButReadsTheAuditTrail() {
    signIn(LiveServer.MANAGER);
    UsersViewModel users = new UsersViewModel(model, BackgroundTasks.sameThread());
    AuditViewModel audit = new AuditViewModel(model, data.users(), BackgroundTasks.sameThread());

    users.load();
    audit.load();

    assertThat(users.allowedProperty().getValue()).isFalse();
    assertThat(users.disabledReasonProperty().getValue())
        .isEqualTo("Only admins manage users; you are signed in as Demo manager (manager).");
    assertThat(users.users()).isEmpty();
    assertThat(audit.errorProperty().get()).isEmpty();
    assertThat(audit.rows())
        .anySatisfy(
            row -> {
              assertThat(row.action()).isEqualTo("auth.login");
              assertThat(row.who()).isEqualTo("Demo manager");
              assertThat(row.device()).isEqualTo("test-device");
            });
  }

  @Test
  void aFloorWorkerMayReadNeitherUsersNorTheAuditTrail() {
    signIn(LiveServer.FLOOR);
    AuditViewModel audit = new AuditViewModel(model, data.users(), BackgroundTasks.sameThread());

    audit.load();

    assertThat(audit.allowedProperty().getValue()).isFalse();
    assertThat(audit.errorProperty().get()).contains("Only admins and managers");
  }
}
