package dev.bobbin.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An organisation that requires a second factor of its admins. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequiredSecondFactorTest {
  private final Totp totp = new Totp();
  private TestServer test;
  private TestServer.Session owner;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    owner = test.bootstrap("Atelier", "admin@atelier.example.com");
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  @Test
  void anAdminWithoutASecondFactorCannotRequireOneOfOthers() throws Exception {
    // Its own organisation, so that the other test's setting does not interfere.
    TestServer.Session admin = test.addOrganisation("Other atelier", "admin@other.example.com");

    TestHttp.Reply reply =
        test.http.patchJson(
            "/api/v1/admin/organisation", "{\"requireAdminTotp\":true}", admin.accessToken());

    assertThat(reply.status()).isEqualTo(409);
    assertThat(test.body(reply).path("type").asText())
        .isEqualTo("urn:bobbin:problem:totp-required-first");
  }

  @Test
  void onceRequiredAdminsWithoutItMayOnlyEnrolWhileOthersWorkOn() throws Exception {
    TestServer.Session otherAdmin = test.createUser(owner, Role.ADMIN);
    TestServer.Session manager = test.createUser(owner, Role.MANAGER);
    enrol(owner);
    TestHttp.Reply turnedOn =
        test.http.patchJson(
            "/api/v1/admin/organisation", "{\"requireAdminTotp\":true}", owner.accessToken());
    assertThat(turnedOn.status()).isEqualTo(200);

    TestHttp.Reply blocked = test.http.get("/api/v1/admin/users", otherAdmin.accessToken());

    assertThat(blocked.status()).isEqualTo(403);
    assertThat(test.body(blocked).path("detail").asText()).contains("second factor");
    JsonNode me = test.body(test.http.get("/api/v1/auth/me", otherAdmin.accessToken()));
    assertThat(me.path("mustEnrolTotp").asBoolean()).isTrue();
    assertThat(
            test.http.postJson("/api/v1/auth/totp/enrol", "{}", otherAdmin.accessToken()).status())
        .isEqualTo(200);
    assertThat(test.http.get("/api/v1/audit", manager.accessToken()).status()).isEqualTo(200);
    assertThat(test.http.get("/api/v1/admin/users", owner.accessToken()).status()).isEqualTo(200);
  }

  private void enrol(TestServer.Session user) throws Exception {
    JsonNode enrolment =
        test.body(test.http.postJson("/api/v1/auth/totp/enrol", "{}", user.accessToken()));
    byte[] secret = Base32.decode(enrolment.path("secret").asText());
    String code = totp.codeAt(secret, test.clock.instant());
    TestHttp.Reply confirmed =
        test.http.postJson(
            "/api/v1/auth/totp/confirm",
            test.json.writeValueAsString(Map.of("code", code)),
            user.accessToken());
    assertThat(confirmed.status()).isEqualTo(200);
    test.clock.advance(Duration.ofSeconds(30));
  }
}
