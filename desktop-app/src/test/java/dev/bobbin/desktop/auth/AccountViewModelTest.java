package dev.bobbin.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.LiveServer;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Account's view model, without a screen, against the real server. */
class AccountViewModelTest {
  @TempDir Path dir;
  LocalData data;
  SessionModel model;

  @BeforeEach
  void open() {
    data = LocalData.open(dir, TestData.CLOCK);
    model =
        new SessionModel(
            Session.open(
                dir,
                "test-device",
                data.currentUser(),
                data.users()::cacheFromServer,
                TestData.CLOCK));
  }

  @AfterEach
  void close() {
    data.close();
  }

  private AccountViewModel account(Optional<URI> server) {
    return new AccountViewModel(model, server, BackgroundTasks.sameThread());
  }

  @Test
  void theCommandLineServerIsTheDefaultAndSigningInSaysWho() {
    AccountViewModel account = account(Optional.of(LiveServer.shared().uri()));
    assertThat(account.serverProperty().get()).isEqualTo(LiveServer.shared().uri().toString());
    assertThat(account.statusProperty().get()).startsWith("Not signed in");

    account.emailProperty().set(LiveServer.ADMIN);
    account.passwordProperty().set(LiveServer.PASSWORD);
    account.signIn();

    assertThat(account.errorProperty().get()).isEmpty();
    assertThat(account.statusProperty().get())
        .isEqualTo("Signed in as Demo admin (admin@demo.bobbin.dev) · Admin at Demo Atelier");
    assertThat(account.passwordProperty().get()).isEmpty();
    assertThat(account.canManageTerminalProperty().getValue()).isTrue();

    account.signOut();

    assertThat(account.statusProperty().get()).startsWith("Not signed in");
    assertThat(data.currentUser().get()).isEmpty();
  }

  @Test
  void aWrongPasswordShowsTheServersSentence() {
    AccountViewModel account = account(Optional.of(LiveServer.shared().uri()));
    account.emailProperty().set(LiveServer.FLOOR);
    account.passwordProperty().set("nope-nope-nope");

    account.signIn();

    assertThat(account.errorProperty().get()).isEqualTo("The e-mail address or password is wrong.");
    assertThat(account.signedInProperty().getValue()).isFalse();
  }

  @Test
  void anUnreachableServerSaysSoInPlainWords() throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    AccountViewModel account = account(Optional.empty());
    account.serverProperty().set("localhost:" + freePort);
    account.emailProperty().set(LiveServer.ADMIN);
    account.passwordProperty().set(LiveServer.PASSWORD);

    account.signIn();

    assertThat(account.errorProperty().get())
        .isEqualTo("The server cannot be reached; you can keep working offline.");
    assertThat(account.offlineProperty().get()).isTrue();
  }

  @Test
  void anAdminTurnsOnFloorTerminalModeAndSetsAPin() {
    AccountViewModel account = account(Optional.of(LiveServer.shared().uri()));
    account.emailProperty().set(LiveServer.ADMIN);
    account.passwordProperty().set(LiveServer.PASSWORD);
    account.signIn();

    account.setFloorTerminal(true);
    account.pinProperty().set("12");
    account.savePin();
    assertThat(account.errorProperty().get()).isEqualTo("A PIN is 4 to 8 digits.");
    account.pinProperty().set("4321");
    account.savePin();

    assertThat(account.floorTerminalProperty().get()).isTrue();
    assertThat(account.hasPinProperty().get()).isTrue();
    SwitchUserViewModel pad = new SwitchUserViewModel(model, BackgroundTasks.sameThread());
    pad.reload();
    assertThat(pad.people()).extracting(Identity::email).containsExactly(LiveServer.ADMIN);
    for (int digit : new int[] {4, 3, 2, 1}) {
      pad.pressDigit(digit);
    }
    pad.submit();
    assertThat(pad.errorProperty().get()).isEmpty();
    assertThat(pad.switchedProperty().get()).isTrue();
  }
}
