package dev.bobbin.desktop.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes floor-terminal PINs with PBKDF2-HMAC-SHA256 from the JDK, a random salt per user and
 * OWASP's iteration count, so that a copied data folder does not give PINs away cheaply. (A 4–8
 * digit PIN has little entropy whatever the hash: the throttle in {@link Session} is what stops
 * guessing at the terminal.)
 */
public final class PinHasher {
  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  public static final int ITERATIONS = 600_000;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final SecureRandom random = new SecureRandom();

  /** A stored PIN hash: algorithm parameters, salt and hash, all needed to check a PIN later. */
  public record PinHash(String algorithm, int iterations, String salt, String hash) {}

  /** Whether {@code pin} is 4 to 8 digits. */
  public static boolean isWellFormed(String pin) {
    return pin != null && pin.matches("[0-9]{4,8}");
  }

  public PinHash hash(String pin) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return new PinHash(
        ALGORITHM,
        ITERATIONS,
        b64.encodeToString(salt),
        b64.encodeToString(derive(pin, salt, ITERATIONS)));
  }

  /** Whether {@code pin} matches {@code stored}, compared in constant time. */
  public boolean matches(String pin, PinHash stored) {
    if (!ALGORITHM.equals(stored.algorithm())) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(stored.hash());
    byte[] actual = derive(pin, b64.decode(stored.salt()), stored.iterations());
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(String pin, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK always has " + ALGORITHM, e);
    } finally {
      spec.clearPassword();
    }
  }
}
