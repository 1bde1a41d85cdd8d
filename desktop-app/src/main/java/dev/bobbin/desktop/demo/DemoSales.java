package dev.bobbin.desktop.demo;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.PriceBreakdown;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Two quotes (one sent with its price breakdown, one draft) and a draft invoice. */
final class DemoSales {
  private final LocalData data;
  private final LocalDate today;

  DemoSales(LocalData data, LocalDate today) {
    this.data = data;
    this.today = today;
  }

  void write(Design silkDress, Design tee, ProductionOrder finishedOrder) {
    data.quotes()
        .create(
            new Quote(
                Ids.newId(),
                data.documentNumbers().next("Q"),
                silkDress.customerId(),
                silkDress.id(),
                "Slip dress",
                40,
                null,
                Complexity.COMPLEX,
                today.plusDays(35),
                new PriceBreakdown(
                    bdt("3063.90"),
                    bdt("850"),
                    bdt("390"),
                    bdt("860.78"),
                    bdt("0"),
                    bdt("5164.68"),
                    bdt("206587.20")),
                today.plusDays(28),
                List.of(
                    "Order 60 or more to reach the mill's minimum for silk charmeuse.",
                    "Champagne bias binding runs low: reorder before cutting."),
                QuoteStatus.SENT,
                null));
    data.quotes()
        .create(
            new Quote(
                Ids.newId(),
                data.documentNumbers().next("Q"),
                tee.customerId(),
                tee.id(),
                "Crew-neck tee",
                1000,
                null,
                Complexity.SIMPLE,
                today.plusDays(45),
                null,
                null,
                List.of(),
                QuoteStatus.DRAFT,
                null));
    data.invoices()
        .create(
            new Invoice(
                Ids.newId(),
                null,
                finishedOrder.customerId(),
                finishedOrder.id(),
                null,
                Currency.getInstance(DemoCatalog.CURRENCY),
                List.of(
                    new InvoiceLine(
                        "School uniform shirt SH-130",
                        BigDecimal.valueOf(finishedOrder.quantity()),
                        bdt("420"),
                        BigDecimal.ZERO,
                        new BigDecimal("15")),
                    new InvoiceLine(
                        "Delivery to Dhanmondi",
                        BigDecimal.ONE,
                        bdt("1500"),
                        BigDecimal.ZERO,
                        new BigDecimal("15"))),
                InvoiceStatus.DRAFT,
                null,
                null,
                null));
  }

  private static Money bdt(String amount) {
    return Money.of(amount, DemoCatalog.CURRENCY);
  }
}
