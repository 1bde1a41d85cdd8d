package dev.bobbin.desktop.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.PriceBreakdown;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteRepositoryTest {
  @TempDir Path dir;
  private LocalData data;

  @BeforeEach
  void open() {
    data = TestData.open(dir);
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void aPricedQuoteSurvivesTheRoundTrip() {
    Quote quote = quote(breakdown("BDT", "BDT"));

    data.quotes().create(quote);

    assertThat(data.quotes().findById(quote.id())).contains(quote);
    assertThat(data.quotes().forCustomer(quote.customerId())).containsExactly(quote);
  }

  @Test
  void aQuoteWithoutPriceSurvivesTheRoundTrip() {
    Quote draft = quote(null);

    data.quotes().create(draft);

    assertThat(data.quotes().findById(draft.id()).orElseThrow().breakdown()).isNull();
  }

  @Test
  void aBreakdownMixingCurrenciesIsRejected() {
    assertThatThrownBy(() -> data.quotes().create(quote(breakdown("BDT", "USD"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("one currency");
  }

  private Quote quote(PriceBreakdown breakdown) {
    UUID customer = Ids.newId();
    return new Quote(
        Ids.newId(),
        data.documentNumbers().next("Q"),
        customer,
        null,
        "Slip dress",
        40,
        null,
        Complexity.COMPLEX,
        LocalDate.of(2026, 4, 6),
        breakdown,
        LocalDate.of(2026, 3, 30),
        List.of("Order 60 or more for the mill's minimum."),
        QuoteStatus.SENT,
        null);
  }

  private static PriceBreakdown breakdown(String currency, String totalCurrency) {
    return new PriceBreakdown(
        Money.of("3063.9", currency),
        Money.of("850", currency),
        Money.of("390", currency),
        Money.of("860.78", currency),
        Money.of("0", currency),
        Money.of("5164.68", currency),
        Money.of("206587.2", totalCurrency));
  }
}
