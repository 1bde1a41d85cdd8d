package dev.bobbin.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A person's preferences follow them: merged per name, the later change winning, theirs only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreferencesTest {
  private static final String PATH = "/api/v1/me/preferences";

  private TestServer test;
  private TestServer.Session admin;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    admin = test.bootstrap("Atelier", "admin@atelier.example.com");
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  @Test
  void theLaterChangeOfEachNameWinsWhicheverPcSendsItFirst() throws Exception {
    TestServer.Session user = test.createUser(admin, Role.DESIGNER);
    put(user, entry("theme.dark", "true", "2026-11-25T08:00:00Z"));
    put(user, entry("start.section", "DESIGNS", "2026-11-25T08:30:00Z"));

    // A second PC was offline and sends an older change of one name and a newer one of another.
    JsonNode merged =
        put(
            user,
            entry("theme.dark", "false", "2026-11-25T07:00:00Z"),
            entry("start.section", "INVENTORY", "2026-11-25T08:45:00Z"));

    assertThat(value(merged, "theme.dark")).isEqualTo("true");
    assertThat(value(merged, "start.section")).isEqualTo("INVENTORY");
    JsonNode read = test.body(test.http.get(PATH, user.accessToken()));
    assertThat(read).isEqualTo(merged);
  }

  @Test
  void eachPersonSeesOnlyTheirOwn() throws Exception {
    TestServer.Session one = test.createUser(admin, Role.FLOOR);
    TestServer.Session other = test.createUser(admin, Role.FLOOR);
    TestServer.Session elsewhere = test.addOrganisation("Mill", "admin@mill.example.com");
    put(one, entry("theme.dark", "true", "2026-11-25T08:00:00Z"));

    assertThat(test.body(test.http.get(PATH, other.accessToken())).path("preferences")).isEmpty();
    assertThat(test.body(test.http.get(PATH, elsewhere.accessToken())).path("preferences"))
        .isEmpty();
  }

  @Test
  void changesSentInAnotherPersonsNameAreIgnored() throws Exception {
    TestServer.Session signedIn = test.createUser(admin, Role.FLOOR);
    TestServer.Session workingLocally = test.createUser(admin, Role.FLOOR);
    TestHttp.Reply reply =
        test.http.putJson(
            PATH,
            "{\"userId\":\""
                + workingLocally.userId()
                + "\",\"preferences\":["
                + entry("theme.dark", "true", "2026-11-25T08:00:00Z")
                + "]}",
            signedIn.accessToken());

    assertThat(reply.status()).isEqualTo(200);
    JsonNode answer = test.body(reply);
    assertThat(answer.path("userId").asText()).isEqualTo(signedIn.userId().toString());
    assertThat(answer.path("preferences")).isEmpty();
  }

  @Test
  void aClockAheadCannotWinForeverAndAnErasedUserKeepsNone() throws Exception {
    TestServer.Session user = test.createUser(admin, Role.DESIGNER);
    JsonNode merged = put(user, entry("theme.dark", "true", "2030-01-01T00:00:00Z"));
    Instant stored = Instant.parse(merged.path("preferences").get(0).path("updatedAt").asText());
    assertThat(stored).isEqualTo(test.clock.instant());

    test.http.postJson(
        "/api/v1/admin/users/" + user.userId() + "/erase", "{}", admin.accessToken());
    try (var owner = test.ownerConnection();
        var query =
            owner.prepareStatement("select count(*) from user_preference where user_id = ?")) {
      query.setObject(1, user.userId());
      try (var row = query.executeQuery()) {
        row.next();
        assertThat(row.getLong(1)).isZero();
      }
    }
  }

  @Test
  void badPreferencesAreRefusedWithTheReason() throws Exception {
    TestServer.Session user = test.createUser(admin, Role.FLOOR);
    assertRefused(
        user,
        "{\"preferences\":[" + entry("Theme Dark", "x", "2026-11-25T08:00:00Z") + "]}",
        "name");
    assertRefused(
        user,
        "{\"preferences\":[" + entry("note", "x".repeat(4001), "2026-11-25T08:00:00Z") + "]}",
        "value");
    assertRefused(
        user, "{\"preferences\":[{\"name\":\"theme.dark\",\"value\":\"true\"}]}", "updatedAt");
    String many =
        IntStream.range(0, 101)
            .mapToObj(i -> entry("p" + i, "x", "2026-11-25T08:00:00Z"))
            .collect(Collectors.joining(","));
    assertRefused(user, "{\"preferences\":[" + many + "]}", "At most 100");
    assertRefused(user, "{\"preferences\":", "Malformed JSON");
    assertThat(test.body(test.http.get(PATH, user.accessToken())).path("preferences")).isEmpty();
  }

  @Test
  void anApiKeyHasNoPreferences() throws Exception {
    JsonNode key =
        test.body(
            test.http.postJson(
                "/api/v1/admin/api-keys",
                "{\"name\":\"reporting\",\"scope\":\"READ\"}",
                admin.accessToken()));
    TestHttp.Reply reply = test.http.get(PATH, key.path("key").asText());
    assertThat(reply.status()).isIn(401, 403);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  private void assertRefused(TestServer.Session user, String body, String why) throws Exception {
    TestHttp.Reply reply = test.http.putJson(PATH, body, user.accessToken());
    assertThat(reply.status()).as(body).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body()).contains(why);
  }

  private JsonNode put(TestServer.Session user, String... entries) throws Exception {
    TestHttp.Reply reply =
        test.http.putJson(
            PATH, "{\"preferences\":[" + String.join(",", entries) + "]}", user.accessToken());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return test.body(reply);
  }

  private static String entry(String name, String value, String at) {
    return "{\"name\":\"" + name + "\",\"value\":\"" + value + "\",\"updatedAt\":\"" + at + "\"}";
  }

  private static String value(JsonNode answer, String name) {
    for (JsonNode p : answer.path("preferences")) {
      if (p.path("name").asText().equals(name)) {
        return p.path("value").asText();
      }
    }
    return null;
  }
}
