package dev.bobbin.server.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import dev.bobbin.server.config.MailConfig;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Issued invoices reach the customer through a real (in-process) SMTP server, retried if down. */
class InvoiceMailTest {
  private static final String PATH = "/api/v1/invoices";

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static TestServer serverMailingTo(int port) {
    MailConfig mail =
        MailConfig.via(
                new MailConfig.Smtp(
                    "127.0.0.1",
                    port,
                    MailConfig.Security.NONE,
                    Optional.empty(),
                    Optional.empty(),
                    "invoices@rupsha.example.com"))
            .withTimings(Duration.ofMillis(300), Duration.ofMillis(200));
    return TestServer.configured(config -> config.withMail(mail));
  }

  /** An issued invoice of a customer with an e-mail address; returns its id. */
  private static String issuedInvoice(TestServer test, TestServer.Session admin)
      throws IOException {
    JsonNode customer =
        test.body(
            test.http.postJson(
                "/api/v1/customers",
                "{\"name\":\"Nazma Akter\",\"email\":\"nazma@shop.example.com\"}",
                admin.accessToken()));
    JsonNode draft =
        test.body(
            test.http.postJson(
                PATH,
                "{\"customerId\":\""
                    + customer.path("id").asText()
                    + "\",\"currency\":\"BDT\",\"lines\":[{\"description\":\"Salwar kameez\","
                    + "\"quantity\":12,\"unitPrice\":1450,\"taxRatePercent\":15}]}",
                admin.accessToken()));
    String id = draft.path("id").asText();
    assertThat(test.http.postJson(PATH + "/" + id + "/issue", "{}", admin.accessToken()).status())
        .isEqualTo(200);
    return id;
  }

  @Test
  void theCustomerReceivesTheInvoiceWithItsPdfAttached() throws Exception {
    int port = freePort();
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try (TestServer test = serverMailingTo(port)) {
      TestServer.Session admin = test.bootstrap("Rupsha", "admin@rupsha.example.com");
      String id = issuedInvoice(test, admin);

      TestHttp.Reply queued =
          test.http.postJson(PATH + "/" + id + "/send", "{}", admin.accessToken());

      assertThat(queued.status()).isEqualTo(202);
      assertThat(test.body(queued).path("to").asText()).isEqualTo("nazma@shop.example.com");
      assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
      MimeMessage message = smtp.getReceivedMessages()[0];
      assertThat(message.getSubject()).isEqualTo("Invoice INV-2026-000001 from Rupsha");
      assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString())
          .isEqualTo("nazma@shop.example.com");
      MimeMultipart parts = (MimeMultipart) message.getContent();
      assertThat(parts.getCount()).isEqualTo(2);
      assertThat((String) parts.getBodyPart(0).getContent())
          .contains("INV-2026-000001", "20010.00 BDT", "Please quote INV-2026-000001");
      Part pdf = parts.getBodyPart(1);
      assertThat(pdf.getContentType()).startsWith("application/pdf");
      assertThat(pdf.getFileName()).isEqualTo("INV-2026-000001.pdf");
      try (PDDocument document = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
        assertThat(new PDFTextStripper().getText(document))
            .contains("INV-2026-000001", "Salwar kameez", "Nazma Akter");
      }
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> {
                JsonNode email =
                    test.body(test.http.get(PATH + "/" + id, admin.accessToken()))
                        .path("emails")
                        .get(0);
                assertThat(email.path("status").asText()).isEqualTo("sent");
                assertThat(email.path("attempts").asInt()).isEqualTo(1);
              });
    } finally {
      smtp.stop();
    }
  }

  @Test
  void whileTheMailServerIsDownTheFailureIsVisibleAndRetriedUntilItIsBack() throws Exception {
    int port = freePort();
    try (TestServer test = serverMailingTo(port)) {
      TestServer.Session admin = test.bootstrap("Rupsha", "admin@rupsha.example.com");
      String id = issuedInvoice(test, admin);
      assertThat(
              test.http
                  .postJson(
                      PATH + "/" + id + "/send",
                      "{\"to\":\"accounts@shop.example.com\"}",
                      admin.accessToken())
                  .status())
          .isEqualTo(202);

      await()
          .atMost(Duration.ofSeconds(15))
          .untilAsserted(
              () -> {
                JsonNode email = email(test, admin, id);
                assertThat(email.path("status").asText()).isEqualTo("pending");
                assertThat(email.path("attempts").asInt()).isGreaterThanOrEqualTo(1);
                assertThat(email.path("lastError").asText()).isNotBlank();
              });

      GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
      try {
        assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString())
            .isEqualTo("accounts@shop.example.com");
        await()
            .atMost(Duration.ofSeconds(10))
            .untilAsserted(
                () -> assertThat(email(test, admin, id).path("status").asText()).isEqualTo("sent"));
      } finally {
        smtp.stop();
      }
    }
  }

  private static JsonNode email(TestServer test, TestServer.Session admin, String id)
      throws IOException {
    return test.body(test.http.get(PATH + "/" + id, admin.accessToken())).path("emails").get(0);
  }
}
