package dev.bobbin.desktop.labels;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws barcodes as filled vector rectangles, one per run of dark modules, so they stay crisp at
 * any printer resolution. ZXing makes the module patterns.
 */
final class BarcodeShapes {
  /** Code 128 wants a light margin of ten modules on each side. */
  static final int CODE128_QUIET_MODULES = 10;

  private BarcodeShapes() {}

  /** The bars of {@code text}, {@code true} for a dark module. */
  static boolean[] code128(String text) {
    return new Code128Writer().encode(text);
  }

  /** The QR modules of {@code text} (UTF-8, error correction M, a two-module quiet zone). */
  static BitMatrix qr(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  // A quiet zone of two modules inside the drawn square: with none, text or the
                  // label's edge next to the code made some codes unreadable (content-dependent).
                  EncodeHintType.MARGIN,
                  2,
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.CHARACTER_SET,
                  StandardCharsets.UTF_8.name()));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Too much text for a QR code: " + text.length(), e);
    }
  }

  /** Fills the bars of {@code modules}, {@code moduleWidth} points each, from {@code x}. */
  static void drawBars(
      PDPageContentStream content,
      boolean[] modules,
      double x,
      double y,
      double moduleWidth,
      double height)
      throws IOException {
    int i = 0;
    while (i < modules.length) {
      if (!modules[i]) {
        i++;
        continue;
      }
      int start = i;
      while (i < modules.length && modules[i]) {
        i++;
      }
      content.addRect(
          (float) (x + start * moduleWidth),
          (float) y,
          (float) ((i - start) * moduleWidth),
          (float) height);
    }
    content.fill();
  }

  /** Fills the dark modules of {@code matrix} in a square of {@code side} points, top left at y. */
  static void drawMatrix(
      PDPageContentStream content, BitMatrix matrix, double x, double top, double side)
      throws IOException {
    double module = side / matrix.getWidth();
    for (int row = 0; row < matrix.getHeight(); row++) {
      int col = 0;
      while (col < matrix.getWidth()) {
        if (!matrix.get(col, row)) {
          col++;
          continue;
        }
        int start = col;
        while (col < matrix.getWidth() && matrix.get(col, row)) {
          col++;
        }
        content.addRect(
            (float) (x + start * module),
            (float) (top - (row + 1) * module),
            (float) ((col - start) * module),
            (float) module);
      }
    }
    content.fill();
  }
}
