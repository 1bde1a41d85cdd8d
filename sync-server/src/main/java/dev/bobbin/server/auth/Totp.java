package dev.bobbin.server.auth;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as authenticator apps make them: HMAC-SHA1, 6 digits,
 * 30-second steps. A code of the previous or next step is accepted too, for clock drift.
 */
final class Totp {
  static final Duration STEP = Duration.ofSeconds(30);
  static final int DIGITS = 6;
  private static final String ALGORITHM =
      TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;

  private final TimeBasedOneTimePasswordGenerator generator;

  Totp() {
    this(DIGITS, ALGORITHM);
  }

  Totp(int digits, String algorithm) {
    this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
  }

  static long stepAt(Instant time) {
    return Math.floorDiv(time.getEpochSecond(), STEP.toSeconds());
  }

  /** The code of {@code secret} at {@code time}, zero-padded. */
  String codeAt(byte[] secret, Instant time) {
    try {
      int code =
          generator.generateOneTimePassword(
              new SecretKeySpec(secret, generator.getAlgorithm()), time);
      return String.format("%0" + generator.getPasswordLength() + "d", code);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("Unusable TOTP secret", e);
    }
  }

  /** The step whose code {@code code} is, within one step of {@code now}; empty if none. */
  OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    String digits = code.replace(" ", "");
    if (!digits.matches("\\d{" + generator.getPasswordLength() + "}")) {
      return OptionalLong.empty();
    }
    long current = stepAt(now);
    for (long step = current - 1; step <= current + 1; step++) {
      String expected = codeAt(secret, Instant.ofEpochSecond(step * STEP.toSeconds()));
      if (java.security.MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII),
          digits.getBytes(StandardCharsets.US_ASCII))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }
}
