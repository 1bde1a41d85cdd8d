package dev.bobbin.desktop.quotes;

import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.quotes.PricingSettings;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The managers' editor of the organisation's pricing rules: hourly rates and minutes per unit by
 * complexity, overhead and margin, volume tiers ({@code 100:5, 250:8}) and product types' own
 * minutes (one {@code product:COMPLEXITY:minutes} per line). Saved rules sync to every device.
 */
public final class PricingSettingsViewModel {
  /** The editor's fields, by the names the domain's violations use. */
  public static final List<String> FIELDS =
      List.of(
          "currency",
          "simpleHourlyRate",
          "standardHourlyRate",
          "complexHourlyRate",
          "simpleMinutes",
          "standardMinutes",
          "complexMinutes",
          "overheadPercent",
          "marginPercent",
          "volumeDiscounts",
          "productMinutes");

  private final QuoteService service;
  private final CurrentUser user;
  private final BackgroundTasks tasks;
  private final Map<String, StringProperty> fields = new LinkedHashMap<>();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private PricingSettings loaded;

  public PricingSettingsViewModel(QuoteService service, CurrentUser user, BackgroundTasks tasks) {
    this.service = service;
    this.user = user;
    this.tasks = tasks;
    for (String f : FIELDS) {
      fields.put(f, new SimpleStringProperty(this, f, ""));
    }
  }

  public StringProperty field(String name) {
    return fields.get(name);
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Why the user may not change the rules, or empty when they may. */
  public Optional<String> deniedReason() {
    boolean allowed = user.get().map(u -> u.can(Permission.EDIT_PRICES)).orElse(false);
    return allowed ? Optional.empty() : Optional.of("Only managers may change the pricing rules.");
  }

  /** Fills the editor with the rules in use (the defaults when nobody set any). */
  public void load() {
    error.set("");
    status.set("");
    tasks.run(
        () -> new Object[] {service.pricingInUse(), service.pricingSet().isPresent()},
        found -> {
          show((PricingSettings) found[0]);
          status.set(
              Boolean.TRUE.equals(found[1])
                  ? ""
                  : "These are Bobbin's defaults; save to make them your own.");
        },
        failure -> error.set(FriendlyErrors.message(failure)));
  }

  /** Checks the fields and saves the rules; {@code whenSaved} runs after the save. */
  public void save(Runnable whenSaved) {
    error.set("");
    if (deniedReason().isPresent()) {
      error.set(deniedReason().get());
      return;
    }
    PricingSettings settings;
    try {
      settings = read();
    } catch (ValidationException e) {
      error.set(FriendlyErrors.message(e));
      return;
    } catch (IllegalArgumentException e) {
      error.set("Please check: every rate, minute and percent must be a number, like 12.50.");
      return;
    }
    tasks.run(
        () -> service.savePricing(settings),
        saved -> {
          show(saved);
          status.set("Saved. Every device prices with these rules once it syncs.");
          whenSaved.run();
        },
        failure -> error.set(FriendlyErrors.message(failure)));
  }

  private void show(PricingSettings p) {
    loaded = p;
    set("currency", p.currency().getCurrencyCode());
    set("simpleHourlyRate", p.simpleHourlyRate().amount().toPlainString());
    set("standardHourlyRate", p.standardHourlyRate().amount().toPlainString());
    set("complexHourlyRate", p.complexHourlyRate().amount().toPlainString());
    set("simpleMinutes", p.simpleMinutes().toPlainString());
    set("standardMinutes", p.standardMinutes().toPlainString());
    set("complexMinutes", p.complexMinutes().toPlainString());
    set("overheadPercent", p.overheadPercent().toPlainString());
    set("marginPercent", p.marginPercent().toPlainString());
    set("volumeDiscounts", String.join(", ", p.volumeDiscounts()));
    set("productMinutes", String.join("\n", p.productMinutes()));
  }

  private PricingSettings read() {
    Currency currency = Currency.getInstance(value("currency").toUpperCase(java.util.Locale.ROOT));
    return new PricingSettings(
        loaded.id(),
        new Money(number("simpleHourlyRate"), currency),
        new Money(number("standardHourlyRate"), currency),
        new Money(number("complexHourlyRate"), currency),
        number("simpleMinutes"),
        number("standardMinutes"),
        number("complexMinutes"),
        number("overheadPercent"),
        number("marginPercent"),
        split(value("volumeDiscounts"), ","),
        split(value("productMinutes"), "\n"));
  }

  private static List<String> split(String text, String separator) {
    return Arrays.stream(text.split(separator, -1))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private BigDecimal number(String field) {
    return new BigDecimal(value(field).replace(',', '.'));
  }

  private String value(String field) {
    String v = fields.get(field).get();
    return v == null ? "" : v.strip();
  }

  private void set(String field, String value) {
    fields.get(field).set(value);
  }
}
