package dev.bobbin.desktop.invoices;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.production.OrderRequest;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import dev.bobbin.model.production.Priority;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.PriceBreakdown;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** A small factory for the invoice tests: a customer, a design, orders, quotes and invoices. */
final class SalesFloor {
  final LocalData data;
  final Customer rahman;
  final Customer lotus;
  final Design polo;
  final WorkflowTemplate workflow;

  SalesFloor(LocalData data) {
    this.data = data;
    rahman = data.customers().create(TestData.customer("Rahman Garments"));
    lotus = data.customers().create(TestData.customer("Lotus Kids"));
    polo =
        data.designs()
            .create(
                new Design(
                    Ids.newId(),
                    "POLO-1",
                    "Polo shirt, navy",
                    rahman.id(),
                    null,
                    DesignStatus.APPROVED,
                    Set.of(),
                    null,
                    List.of(),
                    List.of()));
    workflow =
        data.workflows()
            .create(
                new WorkflowTemplate(
                    Ids.newId(), "Garment", List.of(new StageTemplate("Sewing", false))));
  }

  InvoiceService service() {
    return new InvoiceService(
        data.invoices(),
        data.orders(),
        data.designs(),
        data.customers(),
        data.quotes(),
        InvoiceDefaults.standard(),
        data.clock());
  }

  InvoicesViewModel model() {
    return new InvoicesViewModel(service(), BackgroundTasks.sameThread(), data.currentUser()::get);
  }

  ProductionOrder order(Customer customer, int quantity) {
    return data.production()
        .plan(
            new OrderRequest(
                polo.id(),
                customer.id(),
                workflow.id(),
                quantity,
                LocalDate.of(2026, 4, 1),
                Priority.NORMAL,
                null));
  }

  /** A quote for {@code order}, converted into it, at {@code unitPrice} BDT a piece. */
  Quote convertedQuote(ProductionOrder order, String unitPrice) {
    Money price = Money.of(unitPrice, "BDT");
    Money zero = Money.of("0", "BDT");
    return data.quotes()
        .create(
            new Quote(
                Ids.newId(),
                data.documentNumbers().next("Q"),
                order.customerId(),
                polo.id(),
                "Polo shirt",
                order.quantity(),
                null,
                Complexity.SIMPLE,
                null,
                new PriceBreakdown(
                    zero,
                    zero,
                    zero,
                    zero,
                    zero,
                    price,
                    price.times(BigDecimal.valueOf(order.quantity()))),
                null,
                List.of(),
                QuoteStatus.CONVERTED,
                order.id()));
  }

  /** An invoice the server issued (as a pull would store it). */
  Invoice issued(
      Customer customer, String number, InvoiceStatus status, LocalDate issued, String paid) {
    return data.invoices()
        .create(
            new Invoice(
                Ids.newId(),
                number,
                customer.id(),
                null,
                null,
                Currency.getInstance("BDT"),
                List.of(line("Kids' T-shirts", "100", "250")),
                status,
                issued,
                issued.plusDays(30),
                null,
                new BigDecimal(paid),
                null));
  }

  Invoice draft(Customer customer) {
    return data.invoices()
        .create(
            new Invoice(
                Ids.newId(),
                null,
                customer.id(),
                null,
                null,
                Currency.getInstance("BDT"),
                List.of(line("Samples", "3", "400")),
                InvoiceStatus.DRAFT,
                null,
                LocalDate.of(2026, 4, 1),
                null));
  }

  static InvoiceLine line(String description, String quantity, String price) {
    return new InvoiceLine(
        description,
        new BigDecimal(quantity),
        Money.of(price, "BDT"),
        BigDecimal.ZERO,
        new BigDecimal("15"));
  }
}
