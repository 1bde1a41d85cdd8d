package dev.bobbin.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.LiveServer;
import dev.bobbin.desktop.testing.MutableClock;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in, refresh, restarts, offline work and PINs, on a real H2 store and a real server. */
class SessionTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(TestData.NOW);
  LocalData data;
  Session session;

  @BeforeEach
  void open() {
    data = LocalData.open(dir, clock);
    session = newSession();
  }

  @AfterEach
  void close() {
    data.close();
  }

  private Session newSession() {
    return Session.open(
        dir, "test-device", data.currentUser(), data.users()::cacheFromServer, clock);
  }

  private Identity signIn(String email) {
    return session.signIn(LiveServer.shared().uri(), email, LiveServer.PASSWORD, Optional.empty());
  }

  @Test
  void signingInMakesThatPersonTheCurrentUserAndKeepsTheirProfileLocally() {
    Identity admin = signIn(LiveServer.ADMIN);

    User current = data.currentUser().get().orElseThrow();
    assertThat(current.id()).isEqualTo(admin.userId());
    assertThat(current.role()).isEqualTo(Role.ADMIN);
    assertThat(data.users().findById(admin.userId())).contains(current);
    // The profile belongs to the server: nothing to push about it.
    assertThat(data.outbox().entriesFor(admin.userId())).isEmpty();
  }

  @Test
  void aWrongPasswordGivesTheServersMessageAndSignsNobodyIn() {
    assertThatThrownBy(
            () ->
                session.signIn(
                    LiveServer.shared().uri(), LiveServer.ADMIN, "wrong-one", Optional.empty()))
        .isInstanceOf(ServerProblem.class)
        .hasMessage("The e-mail address or password is wrong.");
    assertThat(session.identity()).isEmpty();
    assertThat(data.currentUser().get()).isEmpty();
  }

  @Test
  void aDroppedAccessTokenIsRefreshedAndTheRotatedRefreshTokenSaved() {
    signIn(LiveServer.MANAGER);
    String refreshBefore = storedRefreshToken();

    session.dropAccessToken();
    Identity me = session.call(AuthClient::me);

    assertThat(me.email()).isEqualTo(LiveServer.MANAGER);
    assertThat(storedRefreshToken()).isNotEqualTo(refreshBefore);
  }

  @Test
  void theSignInSurvivesARestartAndTheFileHoldsNoTokenInPlainText() throws Exception {
    signIn(LiveServer.ADMIN);
    String refreshToken = storedRefreshToken();

    data.close();
    data = LocalData.open(dir, clock);
    session = newSession();
    boolean restored = session.restore();

    assertThat(restored).isTrue();
    assertThat(data.currentUser().get().orElseThrow().email()).isEqualTo(LiveServer.ADMIN);
    assertThat(session.call(AuthClient::me).email()).isEqualTo(LiveServer.ADMIN);
    byte[] file = Files.readAllBytes(dir.resolve(SessionStore.DATA_FILE));
    String asText = new String(file, StandardCharsets.ISO_8859_1);
    assertThat(asText).doesNotContain(refreshToken).doesNotContain(LiveServer.ADMIN);
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(SessionStore.KEY_FILE))))
        .isEqualTo("rw-------");
  }

  @Test
  void withTheServerStoppedTheLastSignedInPersonKeepsWorkingOffline() {
    Identity floor;
    try (LiveServer own = LiveServer.startNew()) {
      floor = session.signIn(own.uri(), LiveServer.FLOOR, LiveServer.PASSWORD, Optional.empty());
    }
    data.close();
    data = LocalData.open(dir, clock);
    session = newSession();

    assertThat(session.restore()).isTrue();
    assertThat(data.currentUser().requireId()).isEqualTo(floor.userId());
    session.dropAccessToken();
    assertThatThrownBy(() -> session.call(AuthClient::me))
        .isInstanceOfSatisfying(ServerProblem.class, p -> assertThat(p.isUnreachable()).isTrue());
    // Still the same person: local changes are attributed to them.
    assertThat(session.identity()).contains(floor);
    User attributed = data.users().findById(data.currentUser().requireId()).orElseThrow();
    assertThat(attributed.email()).isEqualTo(LiveServer.FLOOR);
  }

  @Test
  void signingOutEndsTheServerSessionAndLeavesNobodySignedIn() {
    signIn(LiveServer.MANAGER);
    String refreshToken = storedRefreshToken();

    session.signOut();

    assertThat(session.identity()).isEmpty();
    assertThat(data.currentUser().get()).isEmpty();
    AuthClient client = new AuthClient(LiveServer.shared().uri(), "test-device");
    assertThatThrownBy(() -> client.refresh(refreshToken))
        .isInstanceOfSatisfying(ServerProblem.class, p -> assertThat(p.status()).isEqualTo(401));
  }

  @Test
  void onlyAnAdminTurnsFloorTerminalModeOn() {
    signIn(LiveServer.MANAGER);
    assertThatThrownBy(() -> session.setFloorTerminal(true))
        .isInstanceOf(AccountException.class)
        .hasMessageContaining("Only an admin");

    signIn(LiveServer.ADMIN);
    session.setFloorTerminal(true);

    assertThat(newSession().isFloorTerminal()).isTrue();
  }

  @Test
  void aPinSwitchesUsersWithoutTheServerAndWrongPinsPauseEntry() {
    Identity admin = signIn(LiveServer.ADMIN);
    session.setFloorTerminal(true);
    session.setPin("2468");
    Identity floor = signIn(LiveServer.FLOOR);
    session.setPin("135790");
    assertThatThrownBy(() -> session.setPin("12a4")).hasMessage("A PIN is 4 to 8 digits.");

    // A session whose server calls would all fail: PIN switching needs none.
    Session offline =
        new Session(
            SessionStore.open(dir),
            data.currentUser(),
            data.users()::cacheFromServer,
            server -> {
              throw new AssertionError("no network for a PIN switch");
            },
            new PinHasher(),
            clock);
    assertThat(offline.switchableUsers()).containsExactlyInAnyOrder(admin, floor);
    assertThat(offline.switchTo(admin.userId(), "2468")).isEqualTo(admin);
    assertThat(data.currentUser().requireId()).isEqualTo(admin.userId());

    for (int i = 1; i < Session.PIN_TRIES; i++) {
      assertThatThrownBy(() -> offline.switchTo(floor.userId(), "0000"))
          .hasMessageStartingWith("Wrong PIN");
    }
    assertThatThrownBy(() -> offline.switchTo(floor.userId(), "0000"))
        .hasMessage("Too many wrong PINs; try again in 30 second(s).");
    // Even the right PIN waits out the pause, and a restart does not lift it.
    Session restarted = newSession();
    assertThatThrownBy(() -> restarted.switchTo(floor.userId(), "135790"))
        .isInstanceOfSatisfying(
            AccountException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
    assertThat(data.currentUser().requireId()).isEqualTo(admin.userId());

    clock.advance(Session.PIN_PAUSE);
    assertThat(restarted.switchTo(floor.userId(), "135790")).isEqualTo(floor);
    assertThat(data.currentUser().requireId()).isEqualTo(floor.userId());
  }

  private String storedRefreshToken() {
    return SessionStore.open(dir).load().active().orElseThrow().refreshToken();
  }
}
