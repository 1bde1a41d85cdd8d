package dev.bobbin.model.common;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Numbers people read (orders, quotes), made on the device without a round trip. Each device has a
 * short prefix unique in its organisation, so {@code PO-K7-0042} made offline on one device can
 * never clash with a number made on another. Invoice numbers are different: gapless, given by the
 * server when an invoice is issued.
 */
public final class DocumentNumbers {
  private static final Pattern DEVICE_PREFIX = Pattern.compile("[A-Z0-9]{2,4}");

  // No 0/O or 1/I: people read these prefixes aloud and type them.
  private static final String PREFIX_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private DocumentNumbers() {}

  /** Whether {@code prefix} can be a device prefix: 2 to 4 capital letters or digits. */
  public static boolean isDevicePrefix(String prefix) {
    return prefix != null && DEVICE_PREFIX.matcher(prefix).matches();
  }

  /** A random device prefix of {@code length} (2–4) characters that cannot be misread. */
  public static String newDevicePrefix(RandomGenerator random, int length) {
    if (length < 2 || length > 4) {
      throw new IllegalArgumentException("A device prefix has 2 to 4 characters, not " + length);
    }
    StringBuilder prefix = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      prefix.append(PREFIX_ALPHABET.charAt(random.nextInt(PREFIX_ALPHABET.length())));
    }
    return prefix.toString();
  }

  /**
   * Formats e.g. {@code format("PO", "K7", 42)} as {@code PO-K7-0042}.
   *
   * @throws ValidationException when the device prefix is not 2–4 capital letters or digits or the
   *     sequence is not positive
   */
  public static String format(String kind, String devicePrefix, long sequence) {
    Validator.of("DocumentNumber")
        .check(
            isDevicePrefix(devicePrefix),
            "devicePrefix",
            "must be 2 to 4 capital letters or digits")
        .positive("sequence", sequence)
        .validate();
    return String.format("%s-%s-%04d", kind, devicePrefix, sequence);
  }
}
