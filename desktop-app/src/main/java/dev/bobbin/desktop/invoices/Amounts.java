package dev.bobbin.desktop.invoices;

import dev.bobbin.model.common.Money;
import java.math.BigDecimal;
import java.util.Locale;

/** Money and figures as invoices show them and as users type them. */
final class Amounts {
  private Amounts() {}

  /** e.g. {@code 1,234.50 BDT}. */
  static String money(Money money) {
    return figure(money) + " " + money.currency().getCurrencyCode();
  }

  /** e.g. {@code 1,234.50}, in the currency's minor unit. */
  static String figure(Money money) {
    int digits = Math.max(0, money.currency().getDefaultFractionDigits());
    return String.format(Locale.ROOT, "%,." + digits + "f", money.rounded().amount());
  }

  /** A plain figure for a text field, e.g. {@code 1250.5}. */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** What a user typed as a number; commas are taken as thousands separators. */
  static BigDecimal parse(String text) {
    String cleaned = text == null ? "" : text.trim().replace(",", "").replace(" ", "");
    if (cleaned.isEmpty()) {
      throw new NumberFormatException("empty");
    }
    return new BigDecimal(cleaned);
  }
}
