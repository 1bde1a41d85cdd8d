package dev.bobbin.server.invoices;

import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.server.config.MailConfig;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.db.Transactions;
import dev.bobbin.server.sync.SyncedRecords;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends issued invoices to customers over SMTP, from the {@code invoice_email} outbox. Each server
 * instance polls it; a due e-mail is claimed with {@code for update skip locked}, so two instances
 * never send the same attempt. A failure is retried with exponential backoff and jitter (1, 2, 4…
 * minutes, 8 attempts, about 4 hours) and then marked failed; attempts, the last error and the time
 * sent are visible on the invoice ({@code GET /api/v1/invoices/{id}}).
 */
final class InvoiceMailer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(InvoiceMailer.class);
  static final int MAX_ATTEMPTS = 8;
  private static final int BATCH = 20;

  private final MailConfig.Smtp smtp;
  private final Transactions transactions;
  private final SyncedRecords records;
  private final Clock clock;
  private final Duration firstRetry;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "bobbin-invoice-mail");
            t.setDaemon(true);
            return t;
          });

  private java.util.concurrent.ScheduledFuture<?> polling;

  InvoiceMailer(
      MailConfig.Smtp smtp,
      Transactions transactions,
      SyncedRecords records,
      Clock clock,
      Duration firstRetry) {
    this.smtp = smtp;
    this.transactions = transactions;
    this.records = records;
    this.clock = clock;
    this.firstRetry = firstRetry;
  }

  /** Polls the outbox every {@code every}. */
  void start(Duration every) {
    polling =
        timer.scheduleWithFixedDelay(
            this::sendDueQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Wakes the sender shortly (after an e-mail was queued, once its transaction has committed)
   * instead of at its next poll.
   */
  void wake() {
    // Failures are logged by sendDueQuietly itself.
    java.util.concurrent.ScheduledFuture<?> unused =
        timer.schedule(this::sendDueQuietly, 300, TimeUnit.MILLISECONDS);
  }

  private void sendDueQuietly() {
    try {
      sendDue();
    } catch (SQLException | RuntimeException e) {
      log.warn("Invoice e-mails could not be processed: {}", e.toString());
    }
  }

  /** Sends every due e-mail of every organisation; returns how many were sent. */
  int sendDue() throws SQLException {
    List<UUID> orgs =
        transactions.withoutOrganisation(
            c ->
                Sql.list(
                    c,
                    "select * from bobbin_orgs_with_due_invoice_emails()",
                    row -> row.getObject(1, UUID.class)));
    int sent = 0;
    for (UUID org : orgs) {
      sent += transactions.inOrganisation(org, c -> sendDue(c, org));
    }
    return sent;
  }

  private record Due(long id, UUID invoiceId, String recipient, int attempts) {}

  private int sendDue(Connection c, UUID org) throws SQLException {
    List<Due> due =
        Sql.list(
            c,
            "select id, invoice_id, recipient, attempts from invoice_email where status ="
                + " 'pending' and next_attempt_at <= now() order by id limit ? for update skip"
                + " locked",
            row ->
                new Due(
                    row.getLong(1), row.getObject(2, UUID.class), row.getString(3), row.getInt(4)),
            BATCH);
    int sent = 0;
    for (Due email : due) {
      Optional<String> error = send(c, org, email);
      int attempts = email.attempts() + 1;
      if (error.isEmpty()) {
        Sql.update(
            c,
            "update invoice_email set status = 'sent', attempts = ?, sent_at = now(), last_error ="
                + " null where id = ?",
            attempts,
            email.id());
        sent++;
      } else if (attempts >= MAX_ATTEMPTS) {
        log.warn("Invoice e-mail {} failed {} times; giving up: {}", email.id(), attempts, error);
        Sql.update(
            c,
            "update invoice_email set status = 'failed', attempts = ?, last_error = ? where id = ?",
            attempts,
            error.get(),
            email.id());
      } else {
        Sql.update(
            c,
            "update invoice_email set attempts = ?, last_error = ?, next_attempt_at = now() + ? *"
                + " interval '1 millisecond' where id = ?",
            attempts,
            error.get(),
            backoff(attempts).toMillis(),
            email.id());
      }
    }
    return sent;
  }

  /** 1×, 2×, 4×… the first retry, plus up to a quarter more at random (spreads a burst). */
  private Duration backoff(int attempts) {
    long base = firstRetry.toMillis() << Math.min(attempts - 1, 20);
    return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 4 + 1));
  }

  private Optional<String> send(Connection c, UUID org, Due email) throws SQLException {
    Invoice invoice =
        records.find(c, EntityType.INVOICE, Invoice.class, email.invoiceId()).orElseThrow();
    byte[] pdf =
        Sql.one(
                c,
                "select pdf from invoice_document where invoice_id = ?",
                row -> row.getBytes(1),
                invoice.id())
            .orElseThrow();
    InvoiceSettings settings = InvoiceSettings.load(c, org);
    String seller =
        settings.legalName() != null
            ? settings.legalName()
            : Sql.one(c, "select name from organisation where id = ?", r -> r.getString(1), org)
                .orElse("");
    String customer =
        records
            .find(c, EntityType.CUSTOMER, Customer.class, invoice.customerId())
            .map(Customer::name)
            .orElse("customer");
    try {
      Transport.send(
          message(invoice, pdf, seller, customer, settings.email(), email.recipient()),
          smtp.user().orElse(null),
          smtp.password().map(p -> p.value()).orElse(null));
      return Optional.empty();
    } catch (MessagingException | RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return Optional.of(reason.length() > 500 ? reason.substring(0, 500) : reason);
    }
  }

  private MimeMessage message(
      Invoice invoice, byte[] pdf, String seller, String customer, String replyTo, String to)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session());
    message.setFrom(new InternetAddress(smtp.from()));
    if (replyTo != null) {
      message.setReplyTo(InternetAddress.parse(replyTo));
    }
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
    String title = InvoicePdf.title(invoice);
    message.setSubject(title + " " + invoice.number() + " from " + seller, "UTF-8");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(
        "Dear "
            + customer
            + ",\n\nplease find attached "
            + title.toLowerCase(Locale.ROOT)
            + " "
            + invoice.number()
            + " for "
            + invoice.totals().total().amount().toPlainString()
            + " "
            + invoice.currency().getCurrencyCode()
            + (invoice.dueDate() == null ? "" : ", due on " + invoice.dueDate())
            + ".\nPlease quote "
            + invoice.number()
            + " with your payment.\n\nKind regards,\n"
            + seller
            + "\n",
        "UTF-8");
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
    attachment.setFileName(invoice.number() + ".pdf");
    message.setContent(new MimeMultipart(text, attachment));
    message.setSentDate(java.util.Date.from(Instant.now(clock)));
    return message;
  }

  private Session session() {
    Properties p = new Properties();
    p.put("mail.smtp.host", smtp.host());
    p.put("mail.smtp.port", Integer.toString(smtp.port()));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "20000");
    p.put("mail.smtp.writetimeout", "20000");
    p.put("mail.smtp.auth", Boolean.toString(smtp.user().isPresent()));
    switch (smtp.security()) {
      case STARTTLS -> {
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
      }
      case TLS -> p.put("mail.smtp.ssl.enable", "true");
      case NONE -> {}
    }
    return Session.getInstance(p);
  }

  @Override
  public void close() {
    if (polling != null) {
      polling.cancel(false);
    }
    timer.shutdownNow();
  }
}
