package dev.bobbin.desktop.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.PricingSettings;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteStatus;
import dev.bobbin.model.sync.EntityType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricingSettingsRepositoryTest {
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
  void nobodySetThemAtFirst() {
    assertThat(data.pricing().current()).isEmpty();
  }

  @Test
  void savedSettingsSurviveTheRoundTripAndWaitInTheOutbox() {
    PricingSettings settings = PricingSettings.defaults(Ids.newId(), Currency.getInstance("EUR"));

    data.pricing().save(Optional.empty(), settings);

    assertThat(data.pricing().current()).contains(settings);
    assertThat(data.outbox().all())
        .anySatisfy(e -> assertThat(e.entity()).isEqualTo(EntityType.PRICING_SETTINGS));
  }

  @Test
  void anEditChangesOnlyTheFieldsEdited() {
    PricingSettings before = PricingSettings.defaults(Ids.newId(), Currency.getInstance("EUR"));
    data.pricing().save(Optional.empty(), before);
    PricingSettings after =
        new PricingSettings(
            before.id(),
            before.simpleHourlyRate(),
            Money.of("16.50", "EUR"),
            before.complexHourlyRate(),
            before.simpleMinutes(),
            before.standardMinutes(),
            before.complexMinutes(),
            before.overheadPercent(),
            new BigDecimal("30"),
            List.of("200:7"),
            before.productMinutes());

    data.pricing().save(Optional.of(before), after);

    assertThat(data.pricing().current()).contains(after);
  }

  @Test
  void aRequestedQuoteKeepsWhoAskedAndWhat() {
    Quote lead =
        new Quote(
            Ids.newId(),
            "RQ-0001",
            null,
            null,
            "Hoodie",
            120,
            null,
            Complexity.STANDARD,
            null,
            null,
            null,
            List.of(),
            QuoteStatus.REQUESTED,
            null,
            "Ana Lima",
            "ana@example.com",
            null,
            "Navy, embroidered logo on the chest.");

    data.quotes().create(lead);

    assertThat(data.quotes().findById(lead.id())).contains(lead);
  }
}
