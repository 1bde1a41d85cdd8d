package dev.bobbin.desktop.demo;

/** EAN-13 barcodes with a correct check digit, as a real scanner would read them. */
final class Ean13 {
  private Ean13() {}

  /** The 13-digit code for 12 digits of payload. */
  static String of(String twelveDigits) {
    if (!twelveDigits.matches("\\d{12}")) {
      throw new IllegalArgumentException("EAN-13 needs 12 digits before its check digit");
    }
    return twelveDigits + checkDigit(twelveDigits);
  }

  /** Digits weigh 1, 3, 1, 3… from the left; the check digit rounds the sum up to a ten. */
  static int checkDigit(String twelveDigits) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      int digit = twelveDigits.charAt(i) - '0';
      sum += i % 2 == 0 ? digit : digit * 3;
    }
    return (10 - sum % 10) % 10;
  }

  static boolean isValid(String code) {
    return code != null && code.matches("\\d{13}") && of(code.substring(0, 12)).equals(code);
  }
}
