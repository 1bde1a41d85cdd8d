package dev.bobbin.desktop.inventory;

import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How inventory figures read on screen. */
final class Formats {
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
          .withZone(ZoneId.systemDefault());

  private Formats() {}

  static String quantity(BigDecimal value, Unit unit) {
    return value.setScale(unit.decimals(), RoundingMode.HALF_UP).toPlainString()
        + " "
        + unit.symbol();
  }

  static String signed(BigDecimal value, Unit unit) {
    String plain = quantity(value, unit);
    return value.signum() > 0 ? "+" + plain : plain;
  }

  static String money(Money money) {
    BigDecimal amount = money.amount().stripTrailingZeros();
    int digits = Math.max(amount.scale(), money.currency().getDefaultFractionDigits());
    return amount.setScale(digits, RoundingMode.UNNECESSARY).toPlainString()
        + " "
        + money.currency().getCurrencyCode();
  }

  static String label(String enumName) {
    String lower = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
