package dev.bobbin.desktop.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Files kept by the SHA-256 of their content ({@code blobs/<sha256>} in the data folder): design
 * pictures imported here or downloaded from the server. A file is written whole or not at all.
 */
public final class BlobFiles {
  private final Path dir;

  public BlobFiles(Path dir) {
    this.dir = dir;
  }

  /** The blobs folder of a data folder. */
  public static BlobFiles in(Path dataDir) {
    return new BlobFiles(dataDir.resolve("blobs"));
  }

  /** Whether {@code sha256} is 64 lowercase hex digits. */
  public static boolean isHash(String sha256) {
    return sha256 != null && sha256.matches("[0-9a-f]{64}");
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Where the blob with this hash lies, if it is on this computer. */
  public Optional<Path> find(String sha256) {
    if (!isHash(sha256)) {
      return Optional.empty();
    }
    Path path = dir.resolve(sha256);
    return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

  /** The blob's bytes, if it is on this computer. */
  public Optional<byte[]> read(String sha256) {
    Optional<Path> path = find(sha256);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(path.get()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Keeps {@code bytes} under their hash (storing the same bytes again changes nothing).
   *
   * @return the file
   */
  public Path write(byte[] bytes) {
    String sha = sha256(bytes);
    Path target = dir.resolve(sha);
    if (Files.isRegularFile(target)) {
      return target;
    }
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, sha, ".part");
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
