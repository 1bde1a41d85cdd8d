package dev.bobbin.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Oversized, malformed, unknown-field and wrong-typed bodies on the real routes: each is a
 * problem+json 400 (413 for size) that names the field, never a 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
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
        "/api/v1/auth/login",
        "/api/v1/auth/bootstrap",
        "/api/v1/auth/refresh",
        "/api/v1/admin/users",
        "/api/v1/customers"
      })
  void oversizedBodyIs413(String path) throws Exception {
    String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";

    TestHttp.Reply reply = test.http.postJson(path, big, admin.accessToken());

    assertProblem(reply, 413);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /api/v1/auth/login   | {"email": "a@b.c", "password":
          /api/v1/auth/login   | not json at all
          /api/v1/auth/login   | {"email":"a@b.c","password":"x"} trailing
          /api/v1/admin/users  | [1, 2, 3]
          /api/v1/customers    | {"name": "unterminated}
          /api/v1/auth/refresh | ''
          """)
  void malformedJsonIs400(String path, String body) throws Exception {
    TestHttp.Reply reply = test.http.postJson(path, body, admin.accessToken());

    assertProblem(reply, 400);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /api/v1/auth/login          | {"email":"a@b.c","password":"x","remember":true}       | remember
          /api/v1/admin/users         | {"email":"a@b.c","displayName":"A","role":"FLOOR","password":"x","isAdmin":true} | isAdmin
          /api/v1/customers           | {"name":"A","orgId":"0190a1b2-0000-7000-8000-000000000001"} | orgId
          /api/v1/admin/api-keys      | {"name":"k","scope":"READ","expires":1}                | expires
          /api/v1/auth/totp/confirm   | {"code":"123456","trustDevice":true}                  | trustDevice
          """)
  void unknownFieldIs400NamingIt(String path, String body, String field) throws Exception {
    TestHttp.Reply reply = test.http.postJson(path, body, admin.accessToken());

    JsonNode problem = assertProblem(reply, 400);
    assertThat(problem.path("type").asText()).isEqualTo("urn:bobbin:problem:invalid-body");
    assertThat(problem.path("detail").asText()).contains("\"" + field + "\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          POST  | /api/v1/auth/login       | {"email":42,"password":"x"}                              | email
          POST  | /api/v1/auth/login       | {"email":"a@b.c","password":["x"]}                       | password
          POST  | /api/v1/admin/users      | {"email":"a@b.c","displayName":"A","role":"OWNER","password":"x"} | role
          POST  | /api/v1/admin/users      | {"email":"a@b.c","displayName":"A","role":3,"password":"x"} | role
          PATCH | /api/v1/admin/users/{me} | {"active":"yes"}                                         | active
          PATCH | /api/v1/admin/users/{me} | {"active":1}                                             | active
          PATCH | /api/v1/admin/organisation | {"requireAdminTotp":"true"}                            | requireAdminTotp
          POST  | /api/v1/customers        | {"id":"not-a-uuid","name":"A"}                           | id
          POST  | /api/v1/customers        | {"name":{"first":"A"}}                                   | name
          POST  | /api/v1/admin/api-keys   | {"name":"k","scope":"ADMIN"}                             | scope
          POST  | /api/v1/admin/api-keys   | {"name":true,"scope":"READ"}                             | name
          """)
  void wrongTypeIs400NamingTheField(String method, String path, String body, String field)
      throws Exception {
    String resolved = path.replace("{me}", admin.userId().toString());
    TestHttp.Reply reply =
        method.equals("PATCH")
            ? test.http.patchJson(resolved, body, admin.accessToken())
            : test.http.postJson(resolved, body, admin.accessToken());

    JsonNode problem = assertProblem(reply, 400);
    assertThat(problem.path("detail").asText()).contains("\"" + field + "\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /api/v1/auth/login     | {"password":"x"}                                   | email
          /api/v1/auth/login     | {"email":"a@b.c"}                                  | password
          /api/v1/admin/users    | {"email":"a@b.c","role":"FLOOR","password":"x"}    | displayName
          /api/v1/admin/users    | {"email":"not-an-email","displayName":"A","role":"FLOOR","password":"spindle-lantern-93"} | email
          /api/v1/admin/api-keys | {"name":"   ","scope":"READ"}                      | name
          /api/v1/customers      | {"email":"x@y.z"}                                  | name
          """)
  void missingOrBlankRequiredFieldIs400NamingIt(String path, String body, String field)
      throws Exception {
    TestHttp.Reply reply = test.http.postJson(path, body, admin.accessToken());

    JsonNode problem = assertProblem(reply, 400);
    assertThat(problem.path("detail").asText()).contains(field);
  }

  @org.junit.jupiter.api.Test
  void aCustomerIdThatAlreadyExistsIs409NotAServerError() throws Exception {
    String body = "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"name\":\"Twice\"}";
    assertThat(test.http.postJson("/api/v1/customers", body, admin.accessToken()).status())
        .isEqualTo(201);

    TestHttp.Reply again = test.http.postJson("/api/v1/customers", body, admin.accessToken());

    assertProblem(again, 409);
  }

  private JsonNode assertProblem(TestHttp.Reply reply, int status) throws Exception {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode problem = test.body(reply);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).isNotBlank();
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    return problem;
  }
}
