package dev.bobbin.desktop.quotes;

import static dev.bobbin.desktop.store.Decimals.canonical;

import dev.bobbin.desktop.store.StringListJson;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.quotes.PricingSettings;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** The {@code pricing_settings} row; the three hourly rates share its currency. */
@Entity
@Table(name = "pricing_settings")
class PricingSettingsEntity {
  @Id UUID id;
  String currency;
  BigDecimal simpleHourlyRate;
  BigDecimal standardHourlyRate;
  BigDecimal complexHourlyRate;
  BigDecimal simpleMinutes;
  BigDecimal standardMinutes;
  BigDecimal complexMinutes;
  BigDecimal overheadPercent;
  BigDecimal marginPercent;

  @Convert(converter = StringListJson.class)
  List<String> volumeDiscounts = new ArrayList<>();

  @Convert(converter = StringListJson.class)
  List<String> productMinutes = new ArrayList<>();

  static PricingSettingsEntity of(PricingSettings p) {
    PricingSettingsEntity e = new PricingSettingsEntity();
    e.id = p.id();
    e.currency = p.currency().getCurrencyCode();
    e.simpleHourlyRate = p.simpleHourlyRate().amount();
    e.standardHourlyRate = p.standardHourlyRate().amount();
    e.complexHourlyRate = p.complexHourlyRate().amount();
    e.simpleMinutes = p.simpleMinutes();
    e.standardMinutes = p.standardMinutes();
    e.complexMinutes = p.complexMinutes();
    e.overheadPercent = p.overheadPercent();
    e.marginPercent = p.marginPercent();
    e.volumeDiscounts = new ArrayList<>(p.volumeDiscounts());
    e.productMinutes = new ArrayList<>(p.productMinutes());
    return e;
  }

  PricingSettings toRecord() {
    Currency c = Currency.getInstance(currency);
    return new PricingSettings(
        id,
        new Money(canonical(simpleHourlyRate), c),
        new Money(canonical(standardHourlyRate), c),
        new Money(canonical(complexHourlyRate), c),
        canonical(simpleMinutes),
        canonical(standardMinutes),
        canonical(complexMinutes),
        canonical(overheadPercent),
        canonical(marginPercent),
        volumeDiscounts,
        productMinutes);
  }
}
