package dev.bobbin.desktop.designs;

import dev.bobbin.desktop.store.BlobFiles;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.designs.ColourAnalyser;
import dev.bobbin.model.designs.ColourShare;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Design images, stored once by content: {@code blobs/<sha256>} in the data folder, the original
 * bytes untouched (screens scale them for display); images other devices made are downloaded when
 * first shown. Only PNG and JPEG up to {@link #MAX_BYTES} are taken, recognised by their first
 * bytes rather than their file name.
 */
public final class DesignImageService {
  private static final Logger LOG = LoggerFactory.getLogger(DesignImageService.class);

  /** Largest image accepted: a phone photo fits, a scanned poster does not. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  /** Colours a design's palette holds at most. */
  public static final int PALETTE_SIZE = 6;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  /** Pixels decoded for a colour analysis; more only cost time. */
  public static final int ANALYSIS_PIXELS = 400_000;

  /** Pixels looked at for the palette; more only cost time. */
  private static final int PALETTE_PIXELS = 160_000;

  private final BlobFiles blobs;
  private final long maxBytes;
  private final ImageSource remote;

  public DesignImageService(BlobFiles blobs) {
    this(blobs, MAX_BYTES, ImageSource.NONE);
  }

  DesignImageService(BlobFiles blobs, long maxBytes, ImageSource remote) {
    this.blobs = blobs;
    this.maxBytes = maxBytes;
    this.remote = remote;
  }

  /** Where pictures missing on this computer are downloaded from (the sync server). */
  @FunctionalInterface
  public interface ImageSource {
    ImageSource NONE = sha256 -> Optional.empty();

    /**
     * The bytes stored under {@code sha256}, or empty when there are none (or no connection).
     *
     * @throws RuntimeException when the download fails; the picture is simply missing for now
     */
    Optional<byte[]> download(String sha256);
  }

  /** The same images, downloading missing ones from {@code source}. */
  public DesignImageService downloadingFrom(ImageSource source) {
    return new DesignImageService(blobs, maxBytes, source);
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
    blobs.write(bytes);
    return new ImportedImage(BlobFiles.sha256(bytes), palette(picture));
  }

  /** Where the image with this hash lies on this computer, if it is here. */
  public Optional<Path> find(String sha256) {
    return blobs.find(sha256);
  }

  /**
   * Like {@link #find}, downloading the image first when it is not here yet (call it off the UI
   * thread). A download that fails, does not match its hash or is no PNG or JPEG leaves the image
   * missing.
   */
  public Optional<Path> fetch(String sha256) {
    Optional<Path> here = blobs.find(sha256);
    if (here.isPresent() || !BlobFiles.isHash(sha256)) {
      return here;
    }
    try {
      return remote
          .download(sha256)
          .filter(bytes -> BlobFiles.sha256(bytes).equals(sha256))
          .filter(bytes -> kind(bytes).isPresent())
          .map(blobs::write);
    } catch (RuntimeException e) {
      LOG.debug("Design image {} not downloaded: {}", sha256, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The pixels of the stored image with this hash for colour analysis (call it off the UI thread),
   * decoded subsampled to about {@link #ANALYSIS_PIXELS}: a 12-megapixel photo is read in a
   * fraction of the time a full decode takes, and shares stay exact to a tenth of a percent. Empty
   * when the picture is not on this computer and cannot be downloaded.
   *
   * @throws ValidationException on field {@code image} when the stored file cannot be decoded
   */
  public Optional<int[]> pixels(String sha256) {
    Optional<Path> file = fetch(sha256);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.get().toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw reject("This picture could not be opened for colour analysis.");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / ANALYSIS_PIXELS)));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param);
        int w = image.getWidth();
        int h = image.getHeight();
        return Optional.of(image.getRGB(0, 0, w, h, null, 0, w));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ValidationException v) {
        throw v;
      }
      throw reject("This picture could not be opened for colour analysis.");
    }
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
    return kind(bytes)
        .orElseThrow(() -> reject("Only PNG and JPEG pictures can be used. This file is neither."));
  }

  private static Optional<String> kind(byte[] bytes) {
    if (startsWith(bytes, PNG)) {
      return Optional.of("PNG");
    }
    if (startsWith(bytes, JPEG)) {
      return Optional.of("JPEG");
    }
    return Optional.empty();
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
    // The same clustering as "Analyse colours", so a design's palette and its analysis agree.
    return new ColourAnalyser()
        .palette(argb).stream().limit(PALETTE_SIZE).map(ColourShare::hex).toList();
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
