package dev.bobbin.server.designs;

import dev.bobbin.server.http.ProblemException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded image read for colour analysis, defensively: the type is told by its magic bytes, the
 * dimensions are read from the header before any pixel is decoded (a few hundred bytes of PNG may
 * declare 100 000 × 100 000 pixels, 40 GB once decoded), and the pixels are decoded subsampled to
 * about {@link #DECODED_PIXELS}, which is plenty for shares to a tenth of a percent.
 */
final class AnalysedImage {
  /** Images larger than this are refused before decoding: 50 megapixels, above an 8K photo. */
  static final long MAX_PIXELS = 50_000_000L;

  /** Pixels decoded at most; larger images are subsampled while decoding. */
  static final int DECODED_PIXELS = 400_000;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private final int width;
  private final int height;
  private final int[] argb;

  private AnalysedImage(int width, int height, int[] argb) {
    this.width = width;
    this.height = height;
    this.argb = argb;
  }

  /** The image's width as stored. */
  int width() {
    return width;
  }

  /** Its height as stored. */
  int height() {
    return height;
  }

  /** The decoded, subsampled pixels. */
  int[] argb() {
    return argb;
  }

  static AnalysedImage read(byte[] data) {
    if (!startsWith(data, PNG) && !isJpeg(data)) {
      throw new ProblemException(
          415,
          "unsupported-image",
          "Not a supported image",
          "Send the design's picture as a PNG or JPEG image in the request body.");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw unreadable();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
          throw unreadable();
        }
        if ((long) width * height > MAX_PIXELS) {
          throw new ProblemException(
              422,
              "image-too-many-pixels",
              "Image too large to analyse",
              "The image declares "
                  + width
                  + " × "
                  + height
                  + " pixels; at most "
                  + MAX_PIXELS / 1_000_000
                  + " megapixels are analysed. Send a smaller copy.");
        }
        int step =
            (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS)));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param);
        int w = image.getWidth();
        int h = image.getHeight();
        return new AnalysedImage(width, height, image.getRGB(0, 0, w, h, null, 0, w));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ProblemException problem) {
        throw problem;
      }
      throw unreadable();
    }
  }

  private static ProblemException unreadable() {
    return new ProblemException(
        422,
        "image-unreadable",
        "Image cannot be read",
        "The image could not be decoded: it is damaged or truncated, or an unusual kind (such as a"
            + " CMYK JPEG). Save it again as an RGB PNG or JPEG.");
  }

  private static boolean isJpeg(byte[] data) {
    return data.length >= 3
        && data[0] == (byte) 0xFF
        && data[1] == (byte) 0xD8
        && data[2] == (byte) 0xFF;
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
