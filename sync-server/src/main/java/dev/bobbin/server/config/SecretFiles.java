package dev.bobbin.server.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets the server makes for itself on first start (signing key, database password), kept in
 * files only the server's user can read.
 */
public final class SecretFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretFiles() {}

  /**
   * Reads {@code file}, or creates it holding {@code bytes} random bytes in base64.
   *
   * @return the file's content, trimmed
   */
  public static String readOrCreate(Path file, int bytes) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    }
    Files.createDirectories(file.getParent());
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    try {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      // Another process made it first; use theirs.
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    }
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    Files.writeString(file, value, StandardCharsets.UTF_8);
    return value;
  }
}
