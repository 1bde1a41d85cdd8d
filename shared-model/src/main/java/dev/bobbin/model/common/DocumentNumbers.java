package dev.bobbin.model.common;

import java.util.regex.Pattern;

/**
 * Numbers people read (orders, quotes), made on the device without a round trip. Each device has a
 * short prefix unique in its organisation, so {@code PO-K7-0042} made offline on one device can
 * never clash with a number made on another. Invoice numbers are different: gapless, given by the
 * server when an invoice is issued.
 */
public final class DocumentNumbers {
  private static final Pattern DEVICE_PREFIX = Pattern.compile("[A-Z0-9]{2,4}");

  private DocumentNumbers() {}

  /**
   * Formats e.g. {@code format("PO", "K7", 42)} as {@code PO-K7-0042}.
   *
   * @throws ValidationException when the device prefix is not 2–4 capital letters or digits or the
   *     sequence is not positive
   */
  public static String format(String kind, String devicePrefix, long sequence) {
    Validator.of("DocumentNumber")
        .check(
            devicePrefix != null && DEVICE_PREFIX.matcher(devicePrefix).matches(),
            "devicePrefix",
            "must be 2 to 4 capital letters or digits")
        .positive("sequence", sequence)
        .validate();
    return String.format("%s-%s-%04d", kind, devicePrefix, sequence);
  }
}
