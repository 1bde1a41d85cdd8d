package dev.bobbin.desktop.invoices;

import java.util.UUID;

/** A production order a draft can be made from, as the picker shows it. */
record OrderChoice(UUID orderId, String number, String design, String customer, int quantity) {
  @Override
  public String toString() {
    return number + " · " + design + " × " + quantity + " · " + customer;
  }
}
