package dev.bobbin.model.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency. Amounts keep up to four decimals (unit costs such as thread per metre
 * need them); {@link #rounded()} gives the currency's own minor unit for totals.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
  /** The largest number of decimals an amount may carry. */
  public static final int MAX_SCALE = 4;

  public Money {
    Validator.of("Money")
        .notNull("amount", amount)
        .notNull("currency", currency)
        .check(
            amount == null || amount.stripTrailingZeros().scale() <= MAX_SCALE,
            "amount",
            "must have at most " + MAX_SCALE + " decimals")
        .validate();
  }

  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, Currency.getInstance(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** Multiplies and rounds half-up to {@link #MAX_SCALE} decimals. */
  public Money times(BigDecimal factor) {
    return new Money(
        amount.multiply(factor).setScale(MAX_SCALE, RoundingMode.HALF_UP).stripTrailingZeros(),
        currency);
  }

  /** This amount rounded half-up to the currency's minor unit (e.g. cents). */
  public Money rounded() {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return new Money(amount.setScale(digits, RoundingMode.HALF_UP), currency);
  }

  @JsonIgnore
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  /** Equal when currency and numeric value match, whatever the scale ({@code 1.0 == 1.00}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount.stripTrailingZeros(), currency);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new ValidationException(
          "Money",
          "currency",
          "cannot combine " + currency.getCurrencyCode() + " with " + other.currency);
    }
  }
}
