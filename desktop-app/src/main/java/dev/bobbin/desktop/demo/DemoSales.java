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
import dev.bobbin.model.quotes.PricingSettings;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The pricing rules, two quotes (one sent with its price breakdown, one draft) and a draft invoice.
 */
final class DemoSales {
  private final LocalData data;
  private final LocalDate today;

  DemoSales(LocalData data, LocalDate today) {
    this.data = data;
    this.today = today;
  }

  void write(Design silkDress, Design tee, ProductionOrder finishedOrder) {
    data.pricing()
        .save(
            Optional.empty(),
            new PricingSettings(
                Ids.newId(),
                bdt("180"),
                bdt("240"),
                bdt("360"),
                new BigDecimal("12"),
                new BigDecimal("30"),
                new BigDecimal("75"),
                new BigDecimal("15"),
                new BigDecimal("22"),
                List.of("100:3", "250:5", "500:8", "1000:10"),
                List.of("Crew-neck tee:SIMPLE:9", "Slip dress:COMPLEX:150")));
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
