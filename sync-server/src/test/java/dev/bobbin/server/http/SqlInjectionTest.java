package dev.bobbin.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SQL-injection strings in every text field are stored verbatim and do no harm. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlInjectionTest {
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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'; DROP TABLE customer; --",
        "Robert'); DELETE FROM app_user WHERE ('1'='1",
        "' OR '1'='1",
        "1; UPDATE organisation SET name='pwned'",
        "\\'; select set_config('bobbin.org_id', '00000000-0000-0000-0000-000000000000', false); --",
        "$$; drop table audit_log; $$",
        "%' AND 1=(SELECT COUNT(*) FROM user_email_directory) --",
        "Ünïcødé \"quoted\" \\backslash\\ — fine"
      })
  void customerTextFieldsAreStoredVerbatim(String attack) throws Exception {
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("id", UUID.randomUUID().toString());
    customer.put("name", attack);
    customer.put("email", attack.replace(" ", "") + "@x.example");
    customer.put("phone", attack.length() > 40 ? attack.substring(0, 40) : attack);
    customer.put("address", attack);
    customer.put("notes", attack);

    TestHttp.Reply created =
        test.http.postJson(
            "/api/v1/customers", test.json.writeValueAsString(customer), admin.accessToken());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode stored = find(customer.get("id").toString());
    for (Map.Entry<String, Object> field : customer.entrySet()) {
      assertThat(stored.path(field.getKey()).asText()).isEqualTo(field.getValue());
    }
    assertNothingBroke();
  }

  @org.junit.jupiter.api.Test
  void aNulCharacterInTextIs400NotAServerError() throws Exception {
    TestHttp.Reply reply =
        test.http.postJson(
            "/api/v1/customers", "{\"name\":\"nul\\u0000byte\"}", admin.accessToken());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(test.body(reply).path("detail").asText()).contains("NUL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"'; DROP TABLE app_user; --", "x' OR 'a'='a", "admin'--"})
  void userAndKeyTextFieldsAreStoredVerbatim(String attack) throws Exception {
    String email = "inj" + Integer.toHexString(attack.hashCode()) + "'--@example.com";
    TestHttp.Reply user =
        test.http.postJson(
            "/api/v1/admin/users",
            test.json.writeValueAsString(
                Map.of(
                    "email",
                    email,
                    "displayName",
                    attack,
                    "role",
                    "FLOOR",
                    "password",
                    TestServer.PASSWORD)),
            admin.accessToken());
    TestHttp.Reply key =
        test.http.postJson(
            "/api/v1/admin/api-keys",
            test.json.writeValueAsString(Map.of("name", attack, "scope", "READ")),
            admin.accessToken());

    assertThat(user.status()).as(user.body()).isEqualTo(201);
    assertThat(test.body(user).path("displayName").asText()).isEqualTo(attack);
    assertThat(test.body(user).path("email").asText()).isEqualTo(email);
    assertThat(test.body(key).path("info").path("name").asText()).isEqualTo(attack);
    assertThat(test.loginReply(email, TestServer.PASSWORD).status()).isEqualTo(200);
    assertNothingBroke();
  }

  @ParameterizedTest
  @ValueSource(strings = {"' OR '1'='1", "admin@atelier.example.com'--", "x' UNION SELECT 1 --"})
  void injectionInLoginFieldsIsJustAWrongCredential(String attack) throws Exception {
    TestHttp.Reply reply = test.loginReply(attack, attack);

    assertThat(reply.status()).isEqualTo(401);
    assertNothingBroke();
  }

  private JsonNode find(String id) throws Exception {
    for (JsonNode customer :
        test.body(test.http.get("/api/v1/customers", admin.accessToken())).path("customers")) {
      if (customer.path("id").asText().equals(id)) {
        return customer;
      }
    }
    throw new AssertionError("Customer " + id + " not found");
  }

  private void assertNothingBroke() throws Exception {
    JsonNode organisation = test.body(test.http.get("/api/v1/organisation", admin.accessToken()));
    assertThat(organisation.path("name").asText()).isEqualTo("Atelier");
    assertThat(test.http.get("/api/v1/admin/users", admin.accessToken()).status()).isEqualTo(200);
    assertThat(test.http.get("/api/v1/audit", admin.accessToken()).status()).isEqualTo(200);
  }
}
