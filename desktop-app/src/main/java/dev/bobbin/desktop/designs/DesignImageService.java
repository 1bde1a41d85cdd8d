package dev.bobbin.desktop.designs;

import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.designs.PaletteExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Design images, stored once by content: {@code blobs/<sha256>} in the data folder, the original
 * bytes untouched (screens scale them for display). Only PNG and JPEG up to {@link #MAX_BYTES} are
 * taken, recognised by their first bytes rather than their file name.
 */
public final class DesignImageService {
  /** Largest image accepted: a phone photo fits, a scanned poster does not. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  /** Colours a design's palette holds at most. */
  public static final int PALETTE_SIZE = 6;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  /** Pixels looked at for the palette; more only cost time. */
  private static final int PALETTE_PIXELS = 160_000;

  private final Path blobs;
  private final long maxBytes;

  public DesignImageService(Path blobs) {
    this(blobs, MAX_BYTES);
  }

  DesignImageService(Path blobs, long maxBytes) {
    this.blobs = blobs;
    this.maxBytes = maxBytes;
  }

  /** A stored image and the palette found in it. */
  public record ImportedImage(String sha256, List<String> palette) {}

  /**
   * Stores the image at {@code file} (again importing the same picture changes nothing) and
   * computes its palette.
   *
   * @throws ValidationException on field {@code image} with a sentence for the user when the file
   *     is not a PNG or JPEG, is too large, or cannot be read as a picture
   */
  public ImportedImage importFile(Path file) {
    byte[] bytes = read(file);
    String kind = sniff(bytes);
    BufferedImage picture = decode(bytes, kind);
    String sha = sha256(bytes);
    store(sha, bytes);
    return new ImportedImage(sha, palette(picture));
  }

  /** Where the image with this hash lies on this computer, if it is here. */
  public Optional<Path> find(String sha256) {
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      return Optional.empty();
    }
    Path path = blobs.resolve(sha256);
    return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

  private byte[] read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw reject("This file could not be found. Choose the picture again.");
      }
      if (Files.size(file) > maxBytes) {
        throw reject(
            "This picture is larger than "
                + maxBytes / (1024 * 1024)
                + " MB. Save a smaller copy and import that.");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw reject("This file could not be read. Check it is not open elsewhere and try again.");
    }
  }

  private static String sniff(byte[] bytes) {
    if (startsWith(bytes, PNG)) {
      return "PNG";
    }
    if (startsWith(bytes, JPEG)) {
      return "JPEG";
    }
    throw reject("Only PNG and JPEG pictures can be used. This file is neither.");
  }

  private static BufferedImage decode(byte[] bytes, String kind) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null || image.getWidth() == 0 || image.getHeight() == 0) {
        throw reject("This " + kind + " picture is damaged and could not be opened.");
      }
      return image;
    } catch (IOException | RuntimeException e) {
      if (e instanceof ValidationException v) {
        throw v;
      }
      throw reject("This " + kind + " picture is damaged and could not be opened.");
    }
  }

  private static List<String> palette(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) w * h / PALETTE_PIXELS)));
    int sw = (w + step - 1) / step;
    int sh = (h + step - 1) / step;
    int[] argb = new int[sw * sh];
    int i = 0;
    for (int y = 0; y < h; y += step) {
      for (int x = 0; x < w; x += step) {
        argb[i++] = image.getRGB(x, y);
      }
    }
    return new PaletteExtractor(PALETTE_SIZE).extract(argb);
  }

  private void store(String sha, byte[] bytes) {
    Path target = blobs.resolve(sha);
    if (Files.isRegularFile(target)) {
      return;
    }
    try {
      Files.createDirectories(blobs);
      Path temp = Files.createTempFile(blobs, sha, ".part");
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static ValidationException reject(String sentence) {
    return new ValidationException("Design", "image", sentence);
  }
}
