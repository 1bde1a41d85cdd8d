package dev.bobbin.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** TOTP enrolment, sign-in with a code, wrong and replayed codes, recovery codes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondFactorTest {
  private static final String ADMIN = "admin@atelier.example.com";
  private final Totp totp = new Totp();
  private TestServer test;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    test.bootstrap("Atelier", ADMIN);
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  private TestServer.Session admin() throws Exception {
    return test.login(ADMIN, TestServer.PASSWORD);
  }

  /** A user who enrolled; returns the secret and recovery codes. */
  private record Enrolled(TestServer.Session user, String base32Secret, JsonNode recoveryCodes) {
    byte[] secret() {
      return Base32.decode(base32Secret);
    }
  }

  private Enrolled enrol(Role role) throws Exception {
    TestServer.Session user = test.createUser(admin(), role);
    JsonNode enrolment =
        test.body(test.http.postJson("/api/v1/auth/totp/enrol", "{}", user.accessToken()));
    assertThat(enrolment.path("otpauthUri").asText())
        .startsWith("otpauth://totp/Bobbin%3A")
        .contains("secret=" + enrolment.path("secret").asText());
    byte[] secret = Base32.decode(enrolment.path("secret").asText());
    TestHttp.Reply confirmed =
        test.http.postJson(
            "/api/v1/auth/totp/confirm", codeBody(currentCode(secret)), user.accessToken());
    assertThat(confirmed.status()).isEqualTo(200);
    // The confirming code is used up: later sign-ins need the next step's code.
    test.clock.advance(Duration.ofSeconds(30));
    return new Enrolled(
        user, enrolment.path("secret").asText(), test.body(confirmed).path("recoveryCodes"));
  }

  @Test
  void confirmingEnrolmentReturnsTenOneTimeRecoveryCodes() throws Exception {
    Enrolled enrolled = enrol(Role.DESIGNER);

    assertThat(enrolled.recoveryCodes()).hasSize(10);
    JsonNode me = test.body(test.http.get("/api/v1/auth/me", enrolled.user().accessToken()));
    assertThat(me.path("totpEnabled").asBoolean()).isTrue();
  }

  @Test
  void theSecretIsStoredEncrypted() throws Exception {
    TestServer.Session user = test.createUser(admin(), Role.FLOOR);
    String secret =
        test.body(test.http.postJson("/api/v1/auth/totp/enrol", "{}", user.accessToken()))
            .path("secret")
            .asText();

    try (var owner = test.ownerConnection();
        var query =
            owner.prepareStatement("select totp_secret from user_credential where user_id = ?")) {
      query.setObject(1, user.userId());
      try (var row = query.executeQuery()) {
        row.next();
        assertThat(row.getString(1)).startsWith("v1:").doesNotContain(secret);
      }
    }
  }

  @Test
  void signInWithoutACodeAsksForOne() throws Exception {
    Enrolled enrolled = enrol(Role.FLOOR);

    TestHttp.Reply reply = test.loginReply(enrolled.user().email(), TestServer.PASSWORD);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(test.body(reply).path("type").asText())
        .isEqualTo("urn:bobbin:problem:totp-required");
  }

  @Test
  void signInWithTheCurrentCodeSucceeds() throws Exception {
    Enrolled enrolled = enrol(Role.FLOOR);

    TestHttp.Reply reply = login(enrolled, Map.of("totpCode", currentCode(enrolled.secret())));

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void wrongCodeIsRefused() throws Exception {
    Enrolled enrolled = enrol(Role.FLOOR);
    String wrong = currentCode(enrolled.secret()).equals("000000") ? "111111" : "000000";

    TestHttp.Reply reply = login(enrolled, Map.of("totpCode", wrong));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(test.body(reply).path("type").asText()).isEqualTo("urn:bobbin:problem:totp-invalid");
  }

  @Test
  void aCodeThatWasAlreadyUsedCannotBeReplayed() throws Exception {
    Enrolled enrolled = enrol(Role.FLOOR);
    String code = currentCode(enrolled.secret());
    assertThat(login(enrolled, Map.of("totpCode", code)).status()).isEqualTo(200);

    TestHttp.Reply replay = login(enrolled, Map.of("totpCode", code));

    assertThat(replay.status()).isEqualTo(401);
    assertThat(test.body(replay).path("type").asText())
        .isEqualTo("urn:bobbin:problem:totp-invalid");
  }

  @Test
  void anOlderCodeThanOneAlreadyUsedIsRefused() throws Exception {
    Enrolled enrolled = enrol(Role.FLOOR);
    String previous = totp.codeAt(enrolled.secret(), test.clock.instant().minusSeconds(30));
    assertThat(login(enrolled, Map.of("totpCode", currentCode(enrolled.secret()))).status())
        .isEqualTo(200);

    assertThat(login(enrolled, Map.of("totpCode", previous)).status()).isEqualTo(401);
  }

  @Test
  void aRecoveryCodeWorksExactlyOnce() throws Exception {
    Enrolled enrolled = enrol(Role.FLOOR);
    String recovery = enrolled.recoveryCodes().get(0).asText();

    assertThat(login(enrolled, Map.of("recoveryCode", recovery)).status()).isEqualTo(200);
    assertThat(login(enrolled, Map.of("recoveryCode", recovery)).status()).isEqualTo(401);
  }

  @Test
  void disablingNeedsACurrentCode() throws Exception {
    Enrolled enrolled = enrol(Role.FLOOR);
    String token = enrolled.user().accessToken();

    assertThat(test.http.postJson("/api/v1/auth/totp/disable", codeBody("123"), token).status())
        .isEqualTo(400);
    TestHttp.Reply disabled =
        test.http.postJson(
            "/api/v1/auth/totp/disable", codeBody(currentCode(enrolled.secret())), token);

    assertThat(disabled.status()).isEqualTo(204);
    assertThat(test.loginReply(enrolled.user().email(), TestServer.PASSWORD).status())
        .isEqualTo(200);
  }

  private String currentCode(byte[] secret) {
    return totp.codeAt(secret, test.clock.instant());
  }

  private TestHttp.Reply login(Enrolled enrolled, Map<String, String> factor) throws Exception {
    Map<String, String> body = new HashMap<>(factor);
    body.put("email", enrolled.user().email());
    body.put("password", TestServer.PASSWORD);
    return test.http.postJson("/api/v1/auth/login", test.json.writeValueAsString(body), null);
  }

  private String codeBody(String code) throws Exception {
    return test.json.writeValueAsString(Map.of("code", code));
  }
}
