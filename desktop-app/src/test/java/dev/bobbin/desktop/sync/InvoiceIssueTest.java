package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.desktop.invoices.InvoiceServer;
import dev.bobbin.desktop.invoices.IssueQueue;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the server numbers invoices: a device queues the issue and gets the number by sync. */
class InvoiceIssueTest {
  private static final Currency BDT = Currency.getInstance("BDT");
  static SyncServers.Running server;

  @BeforeAll
  static void startServer() {
    server = SyncServers.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  private static Invoice draft(TestDevice device, String customerName, InvoiceLine... lines) {
    Customer customer = device.data.customers().create(TestData.customer(customerName));
    return device
        .data
        .invoices()
        .create(
            new Invoice(
                Ids.newId(),
                null,
                customer.id(),
                null,
                null,
                BDT,
                List.of(lines),
                InvoiceStatus.DRAFT,
                null,
                null,
                null));
  }

  private static InvoiceLine line(String description, String quantity, String price) {
    return new InvoiceLine(
        description,
        new BigDecimal(quantity),
        new Money(new BigDecimal(price), BDT),
        BigDecimal.ZERO,
        new BigDecimal("15"));
  }

  @Test
  void anIssueAskedForOfflineTakesItsNumberFromTheServerOnTheNextSync(@TempDir Path dir) {
    try (TestDevice device = TestDevice.admin(dir, server.uri())) {
      Invoice draft = draft(device, "Offline Ltd", line("Panjabi", "30", "1200"));
      IssueQueue queue = device.data.issueQueue();

      queue.request(draft.id());

      assertThat(device.data.invoices().findById(draft.id()).orElseThrow().number()).isNull();
      assertThat(queue.pending()).containsExactly(draft.id());

      device.sync();

      Invoice issued = device.data.invoices().findById(draft.id()).orElseThrow();
      assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
      assertThat(issued.number()).matches("INV-\\d{4}-\\d{6}");
      assertThat(issued.issueDate()).isNotNull();
      assertThat(queue.all()).isEmpty();
    }
  }

  @Test
  void aRefusedIssueStaysWithTheServersReasonUntilTheUserRetries(@TempDir Path dir) {
    try (TestDevice device = TestDevice.admin(dir, server.uri())) {
      Invoice empty = draft(device, "Empty Ltd");
      device.data.issueQueue().request(empty.id());

      device.sync();

      IssueQueue.Request request = device.data.issueQueue().all().get(empty.id());
      assertThat(request.lastError())
          .hasValueSatisfying(e -> assertThat(e).contains("at least one line"));
      assertThat(device.data.issueQueue().pending()).isEmpty();
      assertThat(device.data.invoices().findById(empty.id()).orElseThrow().status())
          .isEqualTo(InvoiceStatus.DRAFT);
    }
  }

  @Test
  void thePdfAndPaymentsGoThroughTheServer(@TempDir Path dir) throws Exception {
    try (TestDevice device = TestDevice.admin(dir, server.uri())) {
      Invoice draft = draft(device, "Paying Ltd", line("Lungi", "10", "100"));
      device.sync();
      InvoiceServer invoices = new ServerInvoices(device.client);
      String number = invoices.issue(draft.id());

      byte[] pdf = invoices.pdf(draft.id());
      assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      assertThatThrownBy(
              () ->
                  invoices.recordPayment(
                      draft.id(), new BigDecimal("2000"), LocalDate.now(ZoneOffset.UTC), null))
          .isInstanceOf(InvoiceServer.Refused.class)
          .hasMessageContaining("still due");
      invoices.recordPayment(
          draft.id(), new BigDecimal("1150"), LocalDate.now(ZoneOffset.UTC), "bKash 42");
      device.sync();

      Invoice paid = device.data.invoices().findById(draft.id()).orElseThrow();
      assertThat(paid.number()).isEqualTo(number);
      assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
      assertThat(paid.amountPaid()).isEqualByComparingTo("1150");
      assertThatThrownBy(() -> invoices.issue(draft.id()))
          .isInstanceOf(InvoiceServer.Refused.class)
          .hasMessageContaining("credit note");
    }
  }

  @Test
  void withoutTheServerTheActionsSaySoInsteadOfFailingStrangely(@TempDir Path dir) {
    try (TestDevice device = TestDevice.admin(dir, server.uri())) {
      SyncClient nowhere =
          new SyncClient(
              URI.create("http://127.0.0.1:9"), device.data.store().clientId(), device.signIn);
      InvoiceServer invoices = new ServerInvoices(nowhere);

      assertThatThrownBy(() -> invoices.issue(Ids.newId()))
          .isInstanceOf(InvoiceServer.Unreachable.class)
          .hasMessageContaining("cannot be reached");
    }
  }
}
