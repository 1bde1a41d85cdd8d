package dev.bobbin.desktop.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts Bobbin ships ({@code /dev/bobbin/fonts}), embedded as subsets in one document. Text is
 * drawn character by character in the first font that has the glyph: Noto Sans (Latin), Noto Sans
 * Bengali, then Droid Sans Fallback (Chinese, Japanese, Korean). Fonts load when first needed, so a
 * sheet of Latin names never reads the 4 MB CJK font.
 */
final class LabelFonts {
  private static final String DIR = "/dev/bobbin/fonts/";

  /** A run of text in one font. */
  record Run(PDType0Font font, String text) {}

  private final PDDocument document;
  private final List<Face> regular;
  private final List<Face> bold;

  LabelFonts(PDDocument document) {
    this.document = document;
    Face cjk = new Face("DroidSansFallbackFull.ttf");
    this.regular =
        List.of(new Face("NotoSans-Regular.ttf"), new Face("NotoSansBengali-Regular.ttf"), cjk);
    this.bold = List.of(new Face("NotoSans-Bold.ttf"), new Face("NotoSansBengali-Bold.ttf"), cjk);
  }

  /** {@code text} split into runs that each one font can draw; unknown characters become "?". */
  List<Run> runs(String text, boolean strong) {
    List<Face> faces = strong ? bold : regular;
    List<Run> runs = new ArrayList<>();
    Face current = null;
    StringBuilder pending = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isISOControl(cp)) {
        continue;
      }
      Face face = faceFor(faces, cp);
      if (face == null) {
        cp = '?';
        face = faces.get(0);
      }
      if (face != current && pending.length() > 0) {
        runs.add(new Run(current.font(), pending.toString()));
        pending.setLength(0);
      }
      current = face;
      pending.appendCodePoint(cp);
    }
    if (current != null && pending.length() > 0) {
      runs.add(new Run(current.font(), pending.toString()));
    }
    return runs;
  }

  /** The width of {@code text} at {@code size} points. */
  double width(String text, boolean strong, double size) {
    double width = 0;
    for (Run run : runs(text, strong)) {
      try {
        width += run.font().getStringWidth(run.text()) / 1000 * size;
      } catch (IOException | IllegalArgumentException e) {
        // A glyph the font maps but cannot measure: estimate rather than fail the whole sheet.
        width += run.text().length() * size * 0.6;
      }
    }
    return width;
  }

  /** {@code text}, cut with an ellipsis so that it fits {@code maxWidth}. */
  String fit(String text, boolean strong, double size, double maxWidth) {
    if (width(text, strong, size) <= maxWidth) {
      return text;
    }
    int[] cps = text.codePoints().toArray();
    for (int n = cps.length - 1; n > 0; n--) {
      String cut = new String(cps, 0, n).stripTrailing() + "\u2026";
      if (width(cut, strong, size) <= maxWidth) {
        return cut;
      }
    }
    return "\u2026";
  }

  /** Draws {@code text} with its baseline starting at {@code (x, y)}. */
  void show(
      PDPageContentStream content, String text, boolean strong, double size, double x, double y)
      throws IOException {
    content.beginText();
    content.newLineAtOffset((float) x, (float) y);
    for (Run run : runs(text, strong)) {
      content.setFont(run.font(), (float) size);
      content.showText(run.text());
    }
    content.endText();
  }

  private static Face faceFor(List<Face> faces, int cp) {
    for (Face face : faces) {
      if (face.has(cp)) {
        return face;
      }
    }
    return null;
  }

  /** One font file, parsed and embedded on first use. */
  private final class Face {
    private final String file;
    private PDType0Font font;
    private CmapLookup cmap;

    Face(String file) {
      this.file = file;
    }

    boolean has(int cp) {
      load();
      return cmap.getGlyphId(cp) > 0;
    }

    PDType0Font font() {
      load();
      return font;
    }

    private void load() {
      if (font != null) {
        return;
      }
      try (InputStream in = LabelFonts.class.getResourceAsStream(DIR + file)) {
        if (in == null) {
          throw new IllegalStateException("Font missing from the classpath: " + DIR + file);
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
        document.registerTrueTypeFontForClosing(ttf);
        cmap = ttf.getUnicodeCmapLookup();
        font = PDType0Font.load(document, ttf, true);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read the font " + file, e);
      }
    }
  }
}
