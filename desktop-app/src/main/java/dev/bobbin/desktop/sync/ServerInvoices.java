package dev.bobbin.desktop.sync;

import dev.bobbin.desktop.invoices.InvoiceServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The invoices' server actions over the sync client's HTTP connection and session. */
public final class ServerInvoices implements InvoiceServer {
  private final SyncClient client;

  public ServerInvoices(SyncClient client) {
    this.client = client;
  }

  @Override
  public String issue(UUID invoiceId) throws Unreachable, Refused {
    try {
      return client.issueInvoice(invoiceId);
    } catch (SyncException e) {
      throw translate(e);
    }
  }

  @Override
  public byte[] pdf(UUID invoiceId) throws Unreachable, Refused {
    try {
      return client.invoicePdf(invoiceId);
    } catch (SyncException e) {
      throw translate(e);
    }
  }

  @Override
  public void recordPayment(UUID invoiceId, BigDecimal amount, LocalDate paidOn, String reference)
      throws Unreachable, Refused {
    try {
      client.recordPayment(invoiceId, amount, paidOn, reference);
    } catch (SyncException e) {
      throw translate(e);
    }
  }

  /** Refusals keep the server's reason; anything else means "not now". */
  private static Unreachable translate(SyncException e) throws Refused {
    if (e instanceof SyncException.Refused) {
      throw new Refused(e.getMessage());
    }
    return new Unreachable(e.getMessage());
  }
}
