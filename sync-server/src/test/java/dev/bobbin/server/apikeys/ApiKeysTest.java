package dev.bobbin.server.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeysTest {
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
  void theKeyIsShownOnceAndListedOnlyByItsHint() throws Exception {
    JsonNode created = create("storefront", "READ");
    String key = created.path("key").asText();

    JsonNode list = test.body(test.http.get("/api/v1/admin/api-keys", admin.accessToken()));

    assertThat(key).startsWith("bobbin_" + admin.orgId().toString().replace("-", "") + "_");
    assertThat(list.toString()).doesNotContain(key);
    assertThat(list.path("apiKeys").findValuesAsText("hint"))
        .contains("…" + key.substring(key.length() - 4));
    assertThat(storedAnywhere(key)).isFalse();
  }

  @Test
  void aKeyWorksAsBearerOrAsXApiKeyAndRecordsWhenItWasUsed() throws Exception {
    JsonNode created = create("reporting", "READ");
    String key = created.path("key").asText();

    assertThat(test.http.get("/api/v1/customers", key).status()).isEqualTo(200);
    TestHttp.Reply viaHeader =
        test.http.send(
            new Request.Builder()
                .url(test.http.url("/api/v1/customers"))
                .header("X-Api-Key", key)
                .get()
                .build());

    assertThat(viaHeader.status()).isEqualTo(200);
    JsonNode list = test.body(test.http.get("/api/v1/admin/api-keys", admin.accessToken()));
    for (JsonNode info : list.path("apiKeys")) {
      if (info.path("id").asText().equals(created.path("info").path("id").asText())) {
        assertThat(info.path("lastUsedAt").isNull()).isFalse();
      }
    }
  }

  @Test
  void aReadKeyCanReadButNotWrite() throws Exception {
    String key = create("catalogue", "READ").path("key").asText();

    TestHttp.Reply write =
        test.http.postJson("/api/v1/customers", "{\"name\":\"Shop customer\"}", key);

    assertThat(write.status()).isEqualTo(403);
    assertThat(test.body(write).path("detail").asText()).contains("only read");
  }

  @Test
  void aReadWriteKeyCanWriteAndItsWritesAreAudited() throws Exception {
    JsonNode created = create("shop sync", "READ_WRITE");
    String key = created.path("key").asText();

    TestHttp.Reply write =
        test.http.postJson("/api/v1/customers", "{\"name\":\"Web order customer\"}", key);

    assertThat(write.status()).isEqualTo(201);
    JsonNode audit = test.body(test.http.get("/api/v1/audit", admin.accessToken()));
    assertThat(audit.path("entries").findValuesAsText("actorApiKeyId"))
        .contains(created.path("info").path("id").asText());
  }

  @Test
  void aRevokedKeyIsRefusedAtOnce() throws Exception {
    JsonNode created = create("old shop", "READ_WRITE");
    String key = created.path("key").asText();

    TestHttp.Reply revoke =
        test.http.delete(
            "/api/v1/admin/api-keys/" + created.path("info").path("id").asText(),
            admin.accessToken());

    assertThat(revoke.status()).isEqualTo(204);
    assertThat(test.http.get("/api/v1/customers", key).status()).isEqualTo(401);
  }

  @Test
  void aKeyWithAnotherOrganisationsPrefixOrAFakeSecretIsRefused() throws Exception {
    String key = create("tamper", "READ").path("key").asText();
    String otherOrg = "bobbin_" + "0".repeat(32) + key.substring(key.lastIndexOf('_'));
    String fakeSecret = key.substring(0, key.lastIndexOf('_') + 1) + "x".repeat(43);

    assertThat(test.http.get("/api/v1/customers", otherOrg).status()).isEqualTo(401);
    assertThat(test.http.get("/api/v1/customers", fakeSecret).status()).isEqualTo(401);
    assertThat(test.http.get("/api/v1/customers", "bobbin_garbage").status()).isEqualTo(401);
  }

  @Test
  void keysCannotManageKeysOrUsers() throws Exception {
    String key = create("greedy", "READ_WRITE").path("key").asText();

    assertThat(test.http.get("/api/v1/admin/api-keys", key).status()).isEqualTo(403);
    assertThat(test.http.postJson("/api/v1/admin/users", "{}", key).status()).isEqualTo(403);
  }

  private JsonNode create(String name, String scope) throws Exception {
    TestHttp.Reply reply =
        test.http.postJson(
            "/api/v1/admin/api-keys",
            test.json.writeValueAsString(java.util.Map.of("name", name, "scope", scope)),
            admin.accessToken());
    assertThat(reply.status()).isEqualTo(201);
    return test.body(reply);
  }

  private boolean storedAnywhere(String key) throws Exception {
    try (Connection owner = test.ownerConnection();
        PreparedStatement query =
            owner.prepareStatement(
                "select count(*) from api_key where strpos(name, ?) > 0 or strpos(hint, ?) > 0"
                    + " or strpos(encode(key_hash, 'escape'), ?) > 0")) {
      // The secret follows "bobbin_<org>_" and may itself contain '_' (base64url).
      String prefix = "bobbin_" + admin.orgId().toString().replace("-", "") + "_";
      String secret = key.substring(prefix.length());
      query.setString(1, secret);
      query.setString(2, secret);
      query.setString(3, secret);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1) > 0;
      }
    }
  }
}
