package dev.bobbin.server.auth;

import dev.bobbin.server.security.Secrets;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts small secrets kept in the database (TOTP secrets) with AES-256-GCM under a server key,
 * so that a leaked dump or backup does not hand out second factors. Each value is bound to its row
 * (associated data), so it cannot be copied to another user.
 */
final class SecretBox {
  private static final String PREFIX = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;

  SecretBox(byte[] keyMaterial) {
    // Any key of 32 bytes or more; hashing normalises it to AES-256's length.
    this.key =
        new SecretKeySpec(Secrets.sha256(Base64.getEncoder().encodeToString(keyMaterial)), "AES");
  }

  String seal(String plain, String boundTo) {
    byte[] iv = Secrets.randomBytes(IV_BYTES);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return PREFIX
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /**
   * Decrypts a value sealed for {@code boundTo}.
   *
   * @throws IllegalStateException if it was sealed under another key or for another row
   */
  String open(String sealed, String boundTo) {
    if (!sealed.startsWith(PREFIX)) {
      throw new IllegalStateException("Not a sealed value");
    }
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
      return new String(
          cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Cannot decrypt a stored secret: wrong BOBBIN_DATA_KEY or tampered value", e);
    }
  }
}
