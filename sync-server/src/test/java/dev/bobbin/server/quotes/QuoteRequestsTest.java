package dev.bobbin.server.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.model.auth.Role;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A website form's quote request, sent without an account, lands in the Quotes inbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteRequestsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestServer test;
  private TestServer.Session manager;
  private String path;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    TestServer.Session admin = test.bootstrap("Leads", "admin@leads.example.com");
    manager = test.createUser(admin, Role.MANAGER);
    path = "/api/v1/public/quote-requests/" + admin.orgId();
  }

  @AfterAll
  void stop() throws IOException {
    test.close();
  }

  private TestHttp.Reply send(String body) throws IOException {
    return test.http.postJson(path, body, null);
  }

  @Test
  void aValidRequestLandsAsARequestedQuoteInTheInbox() throws IOException {
    TestHttp.Reply reply =
        send(
            "{\"name\": \"Ana Lima\", \"email\": \"ana@example.com\", \"productType\": \"Hoodie\","
                + " \"quantity\": 120, \"deadline\": \"2026-12-20\","
                + " \"message\": \"Navy, logo on the chest.\"}");

    assertThat(reply.status()).isEqualTo(201);
    String number = JSON.readTree(reply.body()).path("number").asText();
    assertThat(number).matches("Q-WEB-\\d{4}");
    JsonNode inbox =
        JSON.readTree(
                test.http.get("/api/v1/quotes?status=REQUESTED", manager.accessToken()).body())
            .path("quotes");
    JsonNode lead = inbox.get(0);
    assertThat(lead.path("number").asText()).isEqualTo(number);
    assertThat(lead.path("status").asText()).isEqualTo("REQUESTED");
    assertThat(lead.path("requesterName").asText()).isEqualTo("Ana Lima");
    assertThat(lead.path("requesterEmail").asText()).isEqualTo("ana@example.com");
    assertThat(lead.path("requestMessage").asText()).isEqualTo("Navy, logo on the chest.");
    assertThat(lead.path("quantity").asInt()).isEqualTo(120);
  }

  @Test
  void aRequestWithoutANameIsRefusedNamingTheField() throws IOException {
    TestHttp.Reply reply =
        send("{\"email\": \"a@example.com\", \"productType\": \"Tee\", \"quantity\": 5}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body()).contains("requesterName: is required for a requested quote");
  }

  @Test
  void aRequestWithNeitherEmailNorPhoneIsRefused() throws IOException {
    TestHttp.Reply reply = send("{\"name\": \"Ana\", \"productType\": \"Tee\", \"quantity\": 5}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("or a phone number is required");
  }

  @Test
  void aMalformedEmailIsRefused() throws IOException {
    TestHttp.Reply reply =
        send(
            "{\"name\": \"Ana\", \"email\": \"ana at home\", \"productType\": \"Tee\","
                + " \"quantity\": 5}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("must be an e-mail address");
  }

  @Test
  void aZeroQuantityIsRefused() throws IOException {
    TestHttp.Reply reply =
        send(
            "{\"name\": \"Ana\", \"phone\": \"+880 1700 000000\", \"productType\": \"Tee\","
                + " \"quantity\": 0}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("quantity: must be greater than zero");
  }

  @Test
  void anUnknownOrganisationIsNotFound() throws IOException {
    TestHttp.Reply reply =
        test.http.postJson(
            "/api/v1/public/quote-requests/" + UUID.randomUUID(),
            "{\"name\": \"Ana\", \"phone\": \"123\", \"productType\": \"Tee\", \"quantity\": 5}",
            null);

    assertThat(reply.status()).isEqualTo(404);
  }

  @Test
  void aBodyOverSixteenKibIsTooLarge() throws IOException {
    String message = "x".repeat(QuoteRequestController.MAX_BODY_BYTES);

    TestHttp.Reply reply =
        send(
            "{\"name\": \"Ana\", \"phone\": \"123\", \"productType\": \"Tee\", \"quantity\": 5,"
                + " \"message\": \""
                + message
                + "\"}");

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body()).contains("request-too-large").contains("at most 16 KiB");
  }
}
