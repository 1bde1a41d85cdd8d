package dev.bobbin.server.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.production.OrderStatus;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.PriceBreakdown;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteStatus;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.MutationResult;
import dev.bobbin.server.BobbinServer;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import dev.bobbin.server.metrics.ServerMetrics;
import dev.bobbin.server.sync.RecordCodec;
import dev.bobbin.server.sync.SyncHttp;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Invoices end to end on a real server: drafts, gapless issuing, payments, credit notes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoicesTest {
  private static final String PATH = "/api/v1/invoices";
  private final RecordCodec codec = new RecordCodec();
  private final OkHttpClient raw = new OkHttpClient();
  private TestServer test;
  private int orgs;

  @BeforeAll
  void start() throws Exception {
    // Fifty issues at once queue on one counter row: give them connections to wait with.
    test = TestServer.configured(c -> c.withPool(30, Duration.ofSeconds(30)));
    test.bootstrap("Atelier", "admin@atelier.example.com");
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  /** A fresh organisation (its own number series) with its admin. */
  private TestServer.Session org() throws Exception {
    orgs++;
    return test.addOrganisation("Mill " + orgs, "admin" + orgs + "@mill.example.com");
  }

  private UUID customer(TestServer.Session s, String name) throws IOException {
    JsonNode made =
        test.body(
            test.http.postJson(
                "/api/v1/customers",
                "{\"name\":\""
                    + name
                    + "\",\"email\":\"buyer@example.com\",\"address\":\"Gulshan 2, Dhaka\"}",
                s.accessToken()));
    return UUID.fromString(made.path("id").asText());
  }

  private JsonNode draft(TestServer.Session s, UUID customer, String... lines) throws IOException {
    StringBuilder body =
        new StringBuilder("{\"customerId\":\"" + customer + "\",\"currency\":\"BDT\",\"lines\":[");
    for (int i = 0; i < lines.length; i++) {
      body.append(i == 0 ? "" : ",").append(lines[i]);
    }
    TestHttp.Reply reply = test.http.postJson(PATH, body.append("]}").toString(), s.accessToken());
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return test.body(reply);
  }

  private static String line(
      String description, String qty, String price, String disc, String tax) {
    return "{\"description\":\""
        + description
        + "\",\"quantity\":"
        + qty
        + ",\"unitPrice\":"
        + price
        + ",\"discountPercent\":"
        + disc
        + ",\"taxRatePercent\":"
        + tax
        + "}";
  }

  private TestHttp.Reply post(TestServer.Session s, String path, String body) throws IOException {
    return test.http.postJson(path, body, s.accessToken());
  }

  private JsonNode issue(TestServer.Session s, String id) throws IOException {
    TestHttp.Reply reply = post(s, PATH + "/" + id + "/issue", "{}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return test.body(reply);
  }

  @Test
  void totalsAreExactPerLineThenSummedWithEachTaxRate() throws Exception {
    TestServer.Session admin = org();
    UUID customer = customer(admin, "Aarong");

    JsonNode draft =
        draft(
            admin,
            customer,
            // 3 × 19.99 × 0.9 = 53.973 → 53.97; tax 15 % of 53.97 = 8.0955 → 8.10
            line("Polo", "3", "19.99", "10", "15"),
            // 7 × 2.345 = 16.415 → 16.42 (half-up); tax 5 % = 0.821 → 0.82
            line("Buttons", "7", "2.345", "0", "5"),
            // 1 × 100, tax 15 % = 15.00
            line("Delivery", "1", "100", "0", "15"));

    assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
    assertThat(draft.path("number").isNull()).isTrue();
    assertThat(draft.path("subtotal").decimalValue()).isEqualByComparingTo("170.39");
    assertThat(draft.path("taxes").get(0).path("ratePercent").decimalValue())
        .isEqualByComparingTo("5");
    assertThat(draft.path("taxes").get(0).path("amount").decimalValue())
        .isEqualByComparingTo("0.82");
    assertThat(draft.path("taxes").get(1).path("amount").decimalValue())
        .isEqualByComparingTo("23.10");
    assertThat(draft.path("tax").decimalValue()).isEqualByComparingTo("23.92");
    assertThat(draft.path("total").decimalValue()).isEqualByComparingTo("194.31");
  }

  @Test
  void aDraftFromAnOrderTakesItsQuotesPriceAndIssuesWithTheFirstNumberAndItsPdf() throws Exception {
    TestServer.Session admin = org();
    UUID customer = customer(admin, "রূপসা ফ্যাশন");
    UUID design = UUID.randomUUID();
    UUID order = UUID.randomUUID();
    UUID quote = UUID.randomUUID();
    SyncHttp device = new SyncHttp(test.http, admin);
    Money unit = new Money(new BigDecimal("412.50"), java.util.Currency.getInstance("BDT"));
    Money zero = new Money(BigDecimal.ZERO, unit.currency());
    List<MutationResult> results =
        device
            .push(
                device.create(
                    EntityType.DESIGN,
                    design,
                    codec.toWire(
                        new Design(
                            design,
                            "SH-130",
                            "School shirt",
                            customer,
                            null,
                            DesignStatus.APPROVED,
                            Set.of(),
                            null,
                            List.of(),
                            List.of()))),
                device.create(
                    EntityType.PRODUCTION_ORDER,
                    order,
                    codec.toWire(
                        new ProductionOrder(
                            order,
                            "PO-A1-0007",
                            design,
                            customer,
                            UUID.randomUUID(),
                            240,
                            LocalDate.of(2026, 12, 20),
                            Priority.NORMAL,
                            OrderStatus.DONE,
                            null))),
                device.create(
                    EntityType.QUOTE,
                    quote,
                    codec.toWire(
                        new Quote(
                            quote,
                            "Q-A1-0003",
                            customer,
                            design,
                            "shirt",
                            240,
                            null,
                            Complexity.STANDARD,
                            null,
                            new PriceBreakdown(
                                zero,
                                zero,
                                zero,
                                zero,
                                zero,
                                unit,
                                new Money(new BigDecimal("99000.00"), unit.currency())),
                            null,
                            List.of(),
                            QuoteStatus.CONVERTED,
                            order))))
            .results();
    assertThat(results).allMatch(r -> r instanceof MutationResult.Applied);

    TestHttp.Reply made = post(admin, PATH, "{\"orderId\":\"" + order + "\"}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    JsonNode draft = test.body(made);
    assertThat(draft.path("lines").get(0).path("description").asText())
        .isEqualTo("School shirt (SH-130), order PO-A1-0007");
    assertThat(draft.path("lines").get(0).path("quantity").decimalValue())
        .isEqualByComparingTo("240");
    assertThat(draft.path("lines").get(0).path("unitPrice").decimalValue())
        .isEqualByComparingTo("412.50");
    assertThat(draft.path("productionOrderId").asText()).isEqualTo(order.toString());

    JsonNode issued = issue(admin, draft.path("id").asText());

    assertThat(issued.path("number").asText()).isEqualTo("INV-2026-000001");
    assertThat(issued.path("status").asText()).isEqualTo("ISSUED");
    assertThat(issued.path("issueDate").asText()).isEqualTo("2026-11-25");
    assertThat(issued.path("dueDate").asText()).isEqualTo("2026-12-25");
    try (Response pdf =
        raw.newCall(
                new Request.Builder()
                    .url(test.http.url(PATH + "/" + draft.path("id").asText() + ".pdf"))
                    .header("Authorization", "Bearer " + admin.accessToken())
                    .build())
            .execute()) {
      assertThat(pdf.code()).isEqualTo(200);
      assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
      try (PDDocument document = Loader.loadPDF(pdf.body().bytes())) {
        assertThat(new PDFTextStripper().getText(document))
            .contains("INV-2026-000001", "School shirt (SH-130), order PO-A1-0007", "99,000.00");
      }
    }
    // Devices pull the issued invoice like any other change.
    assertThat(device.pullAll(0))
        .anyMatch(
            change ->
                change.entity() == EntityType.INVOICE
                    && !change.deleted()
                    && "INV-2026-000001".equals(change.record().get("number")));
  }

  @Test
  void fiftyIssuesAtOnceOverTwoInstancesGetFiftyConsecutiveNumbers() throws Exception {
    TestServer.Session admin = org();
    UUID customer = customer(admin, "Yellow");
    List<String> drafts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      drafts.add(draft(admin, customer, line("Tee " + i, "1", "10", "0", "0")).path("id").asText());
    }
    try (ServerMetrics metrics = new ServerMetrics();
        BobbinServer second = new BobbinServer(test.config, metrics, "dev", test.clock)) {
      TestHttp other = new TestHttp(second.start());
      ExecutorService pool = Executors.newFixedThreadPool(16);
      try {
        List<Future<TestHttp.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
          TestHttp via = i % 2 == 0 ? test.http : other;
          String id = drafts.get(i);
          Callable<TestHttp.Reply> call =
              () -> via.postJson(PATH + "/" + id + "/issue", "{}", admin.accessToken());
          replies.add(pool.submit(call));
        }
        TreeSet<String> numbers = new TreeSet<>();
        for (Future<TestHttp.Reply> reply : replies) {
          TestHttp.Reply r = reply.get();
          assertThat(r.status()).as(r.body()).isEqualTo(200);
          numbers.add(test.body(r).path("number").asText());
        }
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= 50; n++) {
          expected.add(String.format("INV-2026-%06d", n));
        }
        assertThat(numbers).containsExactlyElementsOf(expected);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void anIssueThatFailsGivesItsNumberBack() throws Exception {
    TestServer.Session admin = org();
    UUID customer = customer(admin, "Kay Kraft");
    String first = draft(admin, customer, line("Kurta", "2", "900", "0", "5")).path("id").asText();
    // A logo that is a PNG only by its first bytes: drawing it fails after the number was taken.
    byte[] broken = new byte[64];
    System.arraycopy(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, broken, 0, 8);
    String sha =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(broken));
    TestHttp.Reply upload =
        test.http.send(
            new Request.Builder()
                .url(test.http.url("/api/v1/blobs/" + sha))
                .header("Authorization", "Bearer " + admin.accessToken())
                .put(okhttp3.RequestBody.create(broken, okhttp3.MediaType.get("image/png")))
                .build());
    assertThat(upload.status()).as(upload.body()).isIn(200, 201);
    settings(admin, "{\"logoSha256\":\"" + sha + "\"}");

    TestHttp.Reply failed = post(admin, PATH + "/" + first + "/issue", "{}");

    assertThat(failed.status()).as(failed.body()).isEqualTo(422);
    assertThat(test.body(failed).path("detail").asText()).contains("Nothing was issued");
    assertThat(
            test.body(test.http.get(PATH + "/" + first, admin.accessToken()))
                .path("status")
                .asText())
        .isEqualTo("DRAFT");
    settings(admin, "{\"logoSha256\":\"\"}");
    assertThat(issue(admin, first).path("number").asText()).isEqualTo("INV-2026-000001");
  }

  private void settings(TestServer.Session admin, String json) throws IOException {
    TestHttp.Reply reply =
        test.http.putJson("/api/v1/admin/invoice-settings", json, admin.accessToken());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  @Test
  void anIssuedInvoiceNeverChangesThroughTheApiOrSync() throws Exception {
    TestServer.Session admin = org();
    UUID customer = customer(admin, "Frozen Ltd");
    String id = draft(admin, customer, line("Jacket", "1", "3000", "0", "15")).path("id").asText();
    issue(admin, id);

    TestHttp.Reply edit =
        test.http.patchJson(PATH + "/" + id, "{\"notes\":\"changed\"}", admin.accessToken());
    assertThat(edit.status()).isEqualTo(409);
    assertThat(test.body(edit).path("detail").asText()).contains("make a credit note");
    assertThat(post(admin, PATH + "/" + id + "/issue", "{}").status()).isEqualTo(409);
    SyncHttp device = new SyncHttp(test.http, admin);
    MutationResult pushed =
        device
            .push(device.update(EntityType.INVOICE, UUID.fromString(id), "notes", null, "x"))
            .results()
            .get(0);
    assertThat(pushed).isInstanceOf(MutationResult.Rejected.class);
    assertThat(((MutationResult.Rejected) pushed).reason()).contains("credit note");
    UUID forged = UUID.randomUUID();
    MutationResult issuedByDevice =
        device
            .push(
                device.create(
                    EntityType.INVOICE,
                    forged,
                    Map.of(
                        "id",
                        forged.toString(),
                        "number",
                        "INV-2026-999999",
                        "customerId",
                        customer.toString(),
                        "currency",
                        "BDT",
                        "status",
                        "ISSUED",
                        "lines",
                        List.of(
                            Map.of(
                                "description",
                                "x",
                                "quantity",
                                1,
                                "unitPrice",
                                Map.of("amount", "1", "currency", "BDT"),
                                "discountPercent",
                                0,
                                "taxRatePercent",
                                0)))))
            .results()
            .get(0);
    assertThat(issuedByDevice).isInstanceOf(MutationResult.Rejected.class);
  }

  @Test
  void paymentsMoveToPartlyPaidThenPaidAndNeverPastTheTotal() throws Exception {
    TestServer.Session admin = org();
    UUID customer = customer(admin, "Payer");
    String id = draft(admin, customer, line("Saree", "2", "500", "0", "0")).path("id").asText();
    issue(admin, id);

    JsonNode part =
        test.body(
            post(
                admin,
                PATH + "/" + id + "/payments",
                "{\"amount\":400,\"reference\":\"bKash 77\"}"));
    assertThat(part.path("status").asText()).isEqualTo("PARTIALLY_PAID");
    assertThat(part.path("outstanding").decimalValue()).isEqualByComparingTo("600");
    TestHttp.Reply over = post(admin, PATH + "/" + id + "/payments", "{\"amount\":600.01}");
    assertThat(over.status()).isEqualTo(400);
    assertThat(test.body(over).path("detail").asText()).contains("600.00 BDT still due");
    JsonNode paid = test.body(post(admin, PATH + "/" + id + "/payments", "{\"amount\":600}"));
    assertThat(paid.path("status").asText()).isEqualTo("PAID");
    assertThat(paid.path("payments")).hasSize(2);
    assertThat(post(admin, PATH + "/" + id + "/void", "{}").status()).isEqualTo(409);
    assertThat(post(admin, PATH + "/" + id + "/payments", "{\"amount\":-5}").status())
        .isIn(400, 409);
  }

  @Test
  void aCreditNoteNegatesTheOriginalAndTakesTheNextNumberAndVoidKeepsTheNumberUsed()
      throws Exception {
    TestServer.Session admin = org();
    UUID customer = customer(admin, "Credit Co");
    String original =
        draft(admin, customer, line("Cap", "10", "150", "0", "15")).path("id").asText();
    issue(admin, original);

    TestHttp.Reply made = post(admin, PATH + "/" + original + "/credit-note", "{}");
    assertThat(made.status()).isEqualTo(201);
    JsonNode note = test.body(made);
    assertThat(note.path("kind").asText()).isEqualTo("credit-note");
    assertThat(note.path("creditNoteOf").asText()).isEqualTo(original);
    assertThat(note.path("total").decimalValue()).isEqualByComparingTo("-1725.00");
    JsonNode issuedNote = issue(admin, note.path("id").asText());
    assertThat(issuedNote.path("number").asText()).isEqualTo("INV-2026-000002");

    String third = draft(admin, customer, line("Belt", "1", "80", "0", "0")).path("id").asText();
    issue(admin, third);
    JsonNode voided = test.body(post(admin, PATH + "/" + third + "/void", "{}"));
    assertThat(voided.path("status").asText()).isEqualTo("VOID");
    String fourth = draft(admin, customer, line("Bag", "1", "80", "0", "0")).path("id").asText();
    assertThat(issue(admin, fourth).path("number").asText()).isEqualTo("INV-2026-000004");
  }

  @Test
  void onlyManagersAndAdminsWorkWithInvoices() throws Exception {
    TestServer.Session admin = org();
    UUID customer = customer(admin, "Guarded");
    String id = draft(admin, customer, line("Vest", "1", "10", "0", "0")).path("id").asText();
    TestServer.Session floor = test.createUser(admin, Role.FLOOR);
    TestServer.Session manager = test.createUser(admin, Role.MANAGER);

    assertThat(post(floor, PATH + "/" + id + "/issue", "{}").status()).isEqualTo(403);
    assertThat(test.http.get(PATH, floor.accessToken()).status()).isEqualTo(403);
    assertThat(issue(manager, id).path("number").asText()).isEqualTo("INV-2026-000001");
    assertThat(
            test.http
                .putJson(
                    "/api/v1/admin/invoice-settings", "{\"taxId\":\"X\"}", manager.accessToken())
                .status())
        .isEqualTo(403);
  }

  @Test
  void badInputGetsAClearError() throws Exception {
    TestServer.Session admin = org();
    UUID customer = customer(admin, "Careful");
    String missing = UUID.randomUUID().toString();

    assertProblem(
        post(
            admin,
            PATH,
            "{\"customerId\":\""
                + missing
                + "\",\"lines\":["
                + line("A", "1", "1", "0", "0")
                + "]}"),
        400,
        "no customer");
    assertProblem(
        post(
            admin,
            PATH,
            "{\"customerId\":\""
                + customer
                + "\",\"lines\":["
                + line("A", "0", "1", "0", "0")
                + "]}"),
        400,
        "quantity");
    assertProblem(
        post(
            admin,
            PATH,
            "{\"customerId\":\""
                + customer
                + "\",\"currency\":\"XYZ1\",\"lines\":["
                + line("A", "1", "1", "0", "0")
                + "]}"),
        400,
        "currency");
    assertProblem(
        post(
            admin,
            PATH,
            "{\"customerId\":\""
                + customer
                + "\",\"lines\":["
                + line("A", "1", "1", "120", "0")
                + "]}"),
        400,
        "discountPercent");
    assertProblem(post(admin, PATH, "{\"orderId\":\"" + missing + "\"}"), 404, "production order");
    assertProblem(post(admin, PATH, "{}"), 400, "orderId, a quoteId, or a customerId");
    assertProblem(test.http.get(PATH + "?status=lost", admin.accessToken()), 400, "status");
    assertProblem(test.http.get(PATH + "/" + missing, admin.accessToken()), 404, "no such invoice");
    assertProblem(test.http.get(PATH + "/not-a-uuid", admin.accessToken()), 404, "no such id");
    assertProblem(
        test.http.putJson(
            "/api/v1/admin/invoice-settings",
            "{\"numberFormat\":\"INV-{yyyy}\"}",
            admin.accessToken()),
        400,
        "{seq:N}");
    assertProblem(
        test.http.putJson(
            "/api/v1/admin/invoice-settings",
            "{\"numberFormat\":\"INV-{seq:6}-{yyyy}\"}",
            admin.accessToken()),
        400,
        "end with {seq:N}");
    String id = draft(admin, customer, line("A", "1", "1", "0", "0")).path("id").asText();
    assertProblem(
        post(admin, PATH + "/" + id + "/payments", "{\"amount\":1}"), 409, "issued invoices");
    assertProblem(post(admin, PATH + "/" + id + "/send", "{}"), 503, "SMTP");
  }

  private void assertProblem(TestHttp.Reply reply, int status, String detail) throws IOException {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(test.body(reply).path("detail").asText()).containsIgnoringCase(detail);
  }
}
