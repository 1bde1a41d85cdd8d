package dev.bobbin.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bobbin.desktop.testing.LiveServer;
import dev.bobbin.model.auth.Role;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The account API client against the real server over real HTTP. */
class AuthClientTest {
  private final AuthClient client = new AuthClient(LiveServer.shared().uri(), "test-device");

  @Test
  void signingInWithTheRightPasswordGivesTokensAndWhoSignedIn() {
    Tokens tokens = client.login(LiveServer.ADMIN, LiveServer.PASSWORD, Optional.empty());

    assertThat(tokens.accessToken()).isNotBlank();
    assertThat(tokens.refreshToken()).isNotBlank();
    assertThat(tokens.identity().email()).isEqualTo(LiveServer.ADMIN);
    assertThat(tokens.identity().role()).isEqualTo(Role.ADMIN);
    assertThat(tokens.identity().organisationName()).isEqualTo("Demo Atelier");
    assertThat(client.me(tokens.accessToken())).isEqualTo(tokens.identity());
  }

  @Test
  void aWrongPasswordGivesTheServersOwnWords() {
    ServerProblem problem =
        catchThrowableOfType(
            ServerProblem.class,
            () -> client.login(LiveServer.MANAGER, "not-the-password", Optional.empty()));

    assertThat(problem.status()).isEqualTo(401);
    assertThat(problem.title()).isEqualTo("Sign-in failed");
    assertThat(problem.getMessage()).isEqualTo("The e-mail address or password is wrong.");
    assertThat(problem.isUnreachable()).isFalse();
  }

  @Test
  void aServerThatDoesNotAnswerMeansWorkingOffline() throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    AuthClient nowhere = new AuthClient(URI.create("http://localhost:" + freePort), "test-device");

    assertThatThrownBy(() -> nowhere.login("a@example.com", "whatever", Optional.empty()))
        .isInstanceOfSatisfying(ServerProblem.class, p -> assertThat(p.isUnreachable()).isTrue())
        .hasMessage("The server cannot be reached; you can keep working offline.");
  }

  @Test
  void refreshingRotatesTheRefreshToken() {
    Tokens first = client.login(LiveServer.ADMIN, LiveServer.PASSWORD, Optional.empty());

    Tokens second = client.refresh(first.refreshToken());

    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(client.me(second.accessToken()).email()).isEqualTo(LiveServer.ADMIN);
  }

  @Test
  void anAdminCreatesChangesAndDeactivatesUsersAndReadsTheAuditTrail() {
    String token =
        client.login(LiveServer.ADMIN, LiveServer.PASSWORD, Optional.empty()).accessToken();
    String email = "cutter-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

    ServerUser created =
        client.createUser(
            token, new NewUser(email, "Cutter One", Role.FLOOR, "spindle-lantern-93"));
    ServerUser promoted = client.changeRole(token, created.id(), Role.DESIGNER);
    ServerUser deactivated = client.setActive(token, created.id(), false);
    List<ServerUser> everyone = client.users(token);
    List<AuditRecord> audit = client.audit(token, 50);

    assertThat(created.role()).isEqualTo(Role.FLOOR);
    assertThat(promoted.role()).isEqualTo(Role.DESIGNER);
    assertThat(deactivated.active()).isFalse();
    assertThat(everyone).extracting(ServerUser::email).contains(email, LiveServer.ADMIN);
    assertThat(audit)
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("user.created");
              assertThat(e.targetId()).isEqualTo(created.id().toString());
              assertThat(e.device()).isEqualTo("test-device");
            });
  }

  @Test
  void aWeakPasswordIsRefusedNamingTheField() {
    String token =
        client.login(LiveServer.ADMIN, LiveServer.PASSWORD, Optional.empty()).accessToken();

    ServerProblem problem =
        catchThrowableOfType(
            ServerProblem.class,
            () ->
                client.createUser(
                    token, new NewUser("weak@example.com", "Weak", Role.FLOOR, "password")));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.field()).contains("password");
  }

  @Test
  void aFloorWorkerMayNotListUsers() {
    String token =
        client.login(LiveServer.FLOOR, LiveServer.PASSWORD, Optional.empty()).accessToken();

    assertThatThrownBy(() -> client.users(token))
        .isInstanceOfSatisfying(ServerProblem.class, p -> assertThat(p.status()).isEqualTo(403));
  }
}
